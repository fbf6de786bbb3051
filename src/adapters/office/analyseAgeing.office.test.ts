import { analyseAgeing } from '../../actions/analyseAgeing';
import type { AnalyseAgeingRequest } from '../../actions/analyseAgeingTypes';
import { MemoryWorkbook } from '../../port/memoryWorkbook';
import { OfficeWorkbook } from './officeWorkbook';
import { FakeExcel } from './testing/fakeExcel';

const LEDGER: (string | number | null)[][] = [
  ['Balance âgée clients au 30/11/2026'],
  [],
  ['Compte', 'Raison sociale', 'N° pièce', 'Date pièce', 'Échéance', 'Solde', 'Devise'],
  ['411001', 'Garage Martin', 'F-1001', 46266, 46296, 1200.5, 'EUR'],
  ['411001', 'Garage Martin', 'AV-12', 46310, 46341, -200.25, 'EUR'],
  ['411002', '=HYPERLINK("http://x","y")', 'F-1002', 45778, 45838, 80, 'EUR'],
  ['411003', '-2+3 Carrosserie', 'F-1003', 46296, '31/02/2026', 100, 'EUR'],
  ['Total', null, null, null, null, 1180.25, null],
];

const REQUEST: AnalyseAgeingRequest = { asOf: '2026-11-30' };

function officeWorkbook(): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.addSheet('Notes', [['Read me first']]);
  excel.addSheet('Grand livre', LEDGER);
  return { excel, port: new OfficeWorkbook(excel.run) };
}

/** Every non-blank cell of a fake sheet as [row, column, value], for comparisons. */
function cellsOf(excel: FakeExcel, sheet: string): unknown[] {
  return excel
    .sheet(sheet)
    .values.flatMap((row, r) =>
      row.flatMap((value, c) => (value === undefined ? [] : [[r + 1, c + 1, value]])),
    );
}

describe('analyseAgeing inside Excel (on the double)', () => {
  it('gives the same summary as on an in-memory workbook', async () => {
    const { port } = officeWorkbook();
    const memory = MemoryWorkbook.withSheets({ Notes: [['Read me first']], 'Grand livre': LEDGER });
    const [inExcel, inMemory] = [
      await analyseAgeing(port, REQUEST),
      await analyseAgeing(memory, REQUEST),
    ];
    expect(inExcel.summary).toEqual(inMemory.summary);
  });

  it('writes its sheets after the user sheets, hides its state and shows the aged balance', async () => {
    const { excel, port } = officeWorkbook();
    const result = await analyseAgeing(port, REQUEST);
    const visible = excel.model.sheets.filter((sheet) => sheet.visibility === 'Visible');
    expect({
      visible: visible.map((sheet) => sheet.name),
      state: excel.sheet('RD_State').visibility,
      active: excel.model.activeSheet?.name,
    }).toEqual({
      visible: [
        'Notes',
        'Grand livre',
        result.sheets.agedBalance,
        result.sheets.detail,
        result.sheets.rejected,
      ],
      state: 'VeryHidden',
      active: result.sheets.agedBalance,
    });
  });

  it('writes formula-looking customer names as text, not formulas', async () => {
    const { excel, port } = officeWorkbook();
    const result = await analyseAgeing(port, REQUEST);
    const written = [result.sheets.detail, result.sheets.rejected].map((name) => excel.sheet(name));
    expect({
      texts: written
        .flatMap((sheet) => sheet.values.flat())
        .filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v)),
      formulas: written
        .flatMap((sheet) => [...sheet.formulas.values()])
        .filter((formula) => !formula.startsWith('=SUBTOTAL(')),
    }).toEqual({ texts: ['=HYPERLINK("http://x","y")'], formulas: [] });
  });

  it('leaves the user sheets cell for cell as they were', async () => {
    const { excel, port } = officeWorkbook();
    const before = cellsOf(excel, 'Grand livre');
    await analyseAgeing(port, REQUEST);
    expect(cellsOf(excel, 'Grand livre')).toEqual(before);
  });

  it('replaces its sheets on a second run instead of adding more', async () => {
    const { excel, port } = officeWorkbook();
    await analyseAgeing(port, REQUEST);
    const first = excel.model.sheets.map((sheet) => sheet.name);
    await analyseAgeing(port, { ...REQUEST, language: 'fr' });
    expect({
      count: excel.model.sheets.length,
      tables: excel.model.tables.length,
    }).toEqual({ count: first.length, tables: 3 });
  });

  it('leaves alone a user sheet given the name of an analysis sheet the user deleted', async () => {
    const { excel, port } = officeWorkbook();
    await analyseAgeing(port, REQUEST);
    excel.model.deleteSheet('Aged balance');
    excel.sheet('Notes').name = 'Aged balance';
    const result = await analyseAgeing(port, REQUEST);
    expect({
      agedBalance: result.sheets.agedBalance,
      user: cellsOf(excel, 'Aged balance'),
      written: cellsOf(excel, 'Aged balance (2)').length > 0,
    }).toEqual({
      agedBalance: 'Aged balance (2)',
      user: [[1, 1, 'Read me first']],
      written: true,
    });
  });

  it('replaces its sheets named in the older saved form (names only) in place', async () => {
    const { excel, port } = officeWorkbook();
    await analyseAgeing(port, REQUEST);
    await port.writeState(
      'ownedSheets',
      '{"agedBalance":"Aged balance","detail":"Ageing detail","rejected":"Rejected rows"}',
    );
    const count = excel.model.sheets.length;
    await analyseAgeing(port, REQUEST);
    expect([excel.model.sheets.length, excel.model.tables.length]).toEqual([count, 3]);
  });

  it('writes new sheets beside its old ones when their saved ids no longer match', async () => {
    const { excel, port } = officeWorkbook();
    await analyseAgeing(port, REQUEST);
    const before = cellsOf(excel, 'Ageing detail');
    const saved = JSON.parse((await port.readState('ownedSheets')) ?? '{}') as Record<
      string,
      { name: string; id: string }
    >;
    for (const sheet of Object.values(saved)) sheet.id = 'excel:{from-another-session}';
    await port.writeState('ownedSheets', JSON.stringify(saved));
    const result = await analyseAgeing(port, REQUEST);
    expect([result.sheets.detail, cellsOf(excel, 'Ageing detail')]).toEqual([
      'Ageing detail (2)',
      before,
    ]);
  });
});
