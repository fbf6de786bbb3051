import type { OutputCell, SheetSpec, TableColumn } from '../../../engine/sheets/sheetSpec';

/** Test fixtures: sheet specs and ledgers shaped like the engine's, built in code. */

const DETAIL_COLUMNS: TableColumn[] = [
  { header: 'Customer', format: 'text', width: 12 },
  { header: 'Name', format: 'text', width: 28 },
  { header: 'Invoice', format: 'text', width: 12 },
  { header: 'Due date', format: 'date', width: 11 },
  { header: 'Days past due', format: 'integer' },
  { header: 'Bucket', format: 'text' },
  { header: 'Amount', format: 'amount', width: 14 },
  { header: 'Currency', format: 'text' },
  { header: 'Entity', format: 'text' },
];

/** One detail row, varied but reproducible from its index. */
export function detailRow(index: number): OutputCell[] {
  const customer = 411000 + (index % 900);
  return [
    String(customer),
    `Client ${customer} SARL`,
    `FA-2026-${String(index).padStart(6, '0')}`,
    46000 + (index % 400),
    (index % 400) - 30,
    ['Not due', '1-30', '31-60', '61-90', '91-180', '181-365', '>365'][index % 7] ?? '',
    Math.round(((index * 7919) % 1_000_000) / 1) / 100,
    'EUR',
    index % 2 === 0 ? 'FR01' : 'FR02',
  ];
}

/** An invoice-level detail sheet of `rowCount` rows, with a title and a totals row. */
export function detailSpec(rowCount: number, name = 'Detail', tableName = 'RD_Detail'): SheetSpec {
  return {
    role: 'detail',
    name,
    freezeRows: 3,
    blocks: [
      { kind: 'title', text: 'Invoice detail' },
      { kind: 'blank' },
      {
        kind: 'table',
        table: {
          name: tableName,
          columns: DETAIL_COLUMNS,
          rows: Array.from({ length: rowCount }, (_, i) => detailRow(i)),
          totals: [
            { kind: 'label', text: 'Total' },
            ...Array.from({ length: 5 }, () => ({ kind: 'none' as const })),
            { kind: 'sum', value: 0 },
            { kind: 'none' },
            { kind: 'none' },
          ],
        },
      },
    ],
  };
}

/** A ledger sheet's rows: two title lines, a header, then `rowCount` invoices. */
export function ledgerRows(rowCount: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['Balance âgée clients', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Code client', 'Nom', 'N° facture', 'Date facture', 'Échéance', 'Solde'],
  ];
  for (let i = 0; i < rowCount; i += 1) {
    rows.push([
      String(411000 + (i % 900)),
      `Client ${i % 900}`,
      `FA${100000 + i}`,
      45900 + (i % 300),
      45960 + (i % 300),
      ((i * 7919) % 100_000) / 100,
    ]);
  }
  return rows;
}
