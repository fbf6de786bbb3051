import type { SheetSpec } from '../../../engine/sheets/sheetSpec';
import { OfficeWorkbook } from '../officeWorkbook';
import { FakeExcel } from './fakeExcel';

/** A fake Excel and the adapter over it. */
export function setUp(): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  return { excel, workbook: new OfficeWorkbook(excel.run) };
}

/** A sheet with one table of customer names and amounts, on sheet rows 1 (header) and down. */
export function customersSpec(names: string[]): SheetSpec {
  return {
    role: 'detail',
    name: 'Detail',
    blocks: [
      {
        kind: 'table',
        table: {
          name: 'RD_Detail',
          columns: [
            { header: 'Customer', format: 'text' },
            { header: 'Amount', format: 'amount' },
          ],
          rows: names.map((name) => [name, 10]),
        },
      },
    ],
  };
}

export { errorOf } from '../../../../test/support/errorOf';
