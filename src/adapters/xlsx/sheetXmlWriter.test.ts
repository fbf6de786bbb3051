import type { SheetSpec, TableSpec } from '../../engine/sheets/sheetSpec';
import { buildWorksheetXml, linkLocation, structuredReference } from './sheetXmlWriter';
import { scanSheet } from './sheetScanner';
import { readCellFormats, StyleBook } from './styles';
import { buildTableXml } from './tableXml';

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/></font></fonts>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

const FORMULA_LOOKING = [
  '=HYPERLINK("http://x","y")',
  '+33 6 12 34 56 78',
  '-2+3 Carrosserie',
  '@SUM(A1)',
];

const table: TableSpec = {
  name: 'RD_Detail',
  columns: [
    { header: 'Customer', format: 'text', width: 30 },
    { header: 'Due date', format: 'date' },
    { header: 'Amount', format: 'amount' },
  ],
  rows: FORMULA_LOOKING.map((name, index) => [name, 46356 - index, 100 + index]),
  totals: [{ kind: 'label', text: 'Total' }, { kind: 'none' }, { kind: 'sum', value: 406 }],
};

const spec: SheetSpec = {
  role: 'detail',
  name: 'Detail',
  freezeRows: 3,
  blocks: [
    { kind: 'title', text: 'Invoice detail' },
    { kind: 'line', cells: ['As of', 46356], formats: [undefined, 'date'] },
    { kind: 'table', table, links: [{ sheet: "Client's ledger", row: 17, column: 2 }] },
  ],
};

function build(date1904 = false): {
  xml: string;
  styles: StyleBook;
  tables: ReturnType<typeof buildWorksheetXml>['tables'];
} {
  const styles = new StyleBook(STYLES);
  const result = buildWorksheetXml(spec, styles, (wanted) => wanted, { date1904 });
  return { xml: new TextDecoder().decode(result.bytes), styles, tables: result.tables };
}

function readBack(xml: string, styles: StyleBook) {
  return scanSheet(xml, {
    sheetName: 'Detail',
    sharedStrings: () => [],
    cellFormats: readCellFormats(styles.xml),
    date1904: false,
  });
}

describe('buildWorksheetXml', () => {
  it('lays out a title, a line, a header, data rows and a totals row', () => {
    const { xml, styles } = build();
    expect(readBack(xml, styles).values).toEqual([
      ['Invoice detail'],
      ['As of', 46356],
      ['Customer', 'Due date', 'Amount'],
      ...FORMULA_LOOKING.map((name, index) => [name, 46356 - index, 100 + index]),
      ['Total', null, 406],
    ]);
  });

  it.each(FORMULA_LOOKING)('writes %j as an inline string, not a formula', (text) => {
    const { xml } = build();
    const escaped = text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(xml).toContain(`t="inlineStr"><is><t>${escaped}</t></is>`);
  });

  it('writes one formula only: the totals row sum, with its cached value', () => {
    const { xml } = build();
    expect(xml.match(/<f>/g)).toHaveLength(1);
    expect(xml).toContain('<f>SUBTOTAL(109,RD_Detail[Amount])</f><v>406</v>');
  });

  it('gives each column its number format', () => {
    const { xml, styles } = build();
    expect(readBack(xml, styles).numberFormats?.[3]).toEqual(['General', 'dd/mm/yyyy', '#,##0.00']);
  });

  it('links the first cell of a data row to a cell on another sheet', () => {
    const { xml } = build();
    expect(xml).toContain('<hyperlink ref="A4" location="\'Client\'\'s ledger\'!B17"/>');
  });

  it('freezes the rows above the data', () => {
    const { xml } = build();
    expect(xml).toContain(
      '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>',
    );
  });

  it('uses a given column width', () => {
    const { xml } = build();
    expect(xml).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
  });

  it('plans a table whose ref covers the totals row and whose filter does not', () => {
    const { tables } = build();
    expect(tables[0]).toMatchObject({ ref: 'A3:C8', autoFilterRef: 'A3:C7', hasTotals: true });
  });

  it('moves dates back 1462 days in a workbook counting from 1904', () => {
    const { xml, styles } = build(true);
    expect(readBack(xml, styles).values[3]?.[1]).toBe(46356 - 1462);
  });

  it('writes one empty data row for an empty table, as Excel requires', () => {
    const styles = new StyleBook(STYLES);
    const empty: SheetSpec = {
      role: 'rejected',
      name: 'R',
      blocks: [{ kind: 'table', table: { ...table, rows: [], totals: undefined as never } }],
    };
    const result = buildWorksheetXml(
      {
        ...empty,
        blocks: [{ kind: 'table', table: { name: 'T', columns: table.columns, rows: [] } }],
      },
      styles,
      (name) => name,
      { date1904: false },
    );
    expect(result.tables[0]?.ref).toBe('A1:C2');
  });

  it('makes duplicate and blank headers unique, as table columns must be', () => {
    const styles = new StyleBook(STYLES);
    const columns = [
      { header: 'Amount', format: 'amount' as const },
      { header: 'amount', format: 'amount' as const },
      { header: ' ', format: 'text' as const },
    ];
    const result = buildWorksheetXml(
      {
        role: 'detail',
        name: 'D',
        blocks: [{ kind: 'table', table: { name: 'T', columns, rows: [[1, 2, 'x']] } }],
      },
      styles,
      (name) => name,
      { date1904: false },
    );
    expect(result.tables[0]?.columns.map((column) => column.name)).toEqual([
      'Amount',
      'amount 2',
      'Column3',
    ]);
  });
});

describe('buildWorksheetXml: long tables', () => {
  it('writes rows across its encoding blocks without losing or repeating one', () => {
    const styles = new StyleBook(STYLES);
    const rows = Array.from({ length: 45_000 }, (_, index) => [`Client ${index}`, index]);
    const long: SheetSpec = {
      role: 'detail',
      name: 'D',
      blocks: [
        {
          kind: 'table',
          table: {
            name: 'T',
            columns: [
              { header: 'Client', format: 'text' },
              { header: 'N', format: 'integer' },
            ],
            rows,
          },
        },
      ],
    };
    const bytes = buildWorksheetXml(long, styles, (name) => name, { date1904: false }).bytes;
    const values = readBack(new TextDecoder().decode(bytes), styles).values;
    expect(values.length).toBe(45_001);
    expect(
      values.slice(1).every((row, index) => row[1] === index && row[0] === `Client ${index}`),
    ).toBe(true);
  });
});

describe('buildWorksheetXml: Excel limits', () => {
  it('cuts text longer than a cell holds to 32,767 characters', () => {
    const styles = new StyleBook(STYLES);
    const long: SheetSpec = {
      role: 'detail',
      name: 'D',
      blocks: [{ kind: 'line', cells: ['x'.repeat(40_000)] }],
    };
    const xml = new TextDecoder().decode(
      buildWorksheetXml(long, styles, (name) => name, { date1904: false }).bytes,
    );
    expect(readBack(xml, styles).values[0]?.[0]).toBe('x'.repeat(32_767));
  });

  it('refuses a sheet longer than the 1,048,576 rows Excel holds, naming the sheet', () => {
    const styles = new StyleBook(STYLES);
    const rows = Array.from({ length: 1_048_576 }, () => [null]);
    const tooLong: SheetSpec = {
      role: 'detail',
      name: 'Détail balance âgée',
      blocks: [
        { kind: 'table', table: { name: 'T', columns: [{ header: 'A', format: 'text' }], rows } },
      ],
    };
    expect(() => buildWorksheetXml(tooLong, styles, (name) => name, { date1904: false })).toThrow(
      'The sheet "Détail balance âgée" would need more than 1,048,576 rows',
    );
  });
});

describe('buildTableXml', () => {
  it('names each column as its header cell and declares the totals', () => {
    const { tables } = build();
    const xml = buildTableXml(tables[0]!, 7);
    expect(xml).toContain(
      'id="7" name="RD_Detail" displayName="RD_Detail" ref="A3:C8" totalsRowCount="1"',
    );
    expect(xml).toContain('<autoFilter ref="A3:C7"/>');
    expect(xml).toContain('<tableColumn id="1" name="Customer" totalsRowLabel="Total"/>');
    expect(xml).toContain('<tableColumn id="3" name="Amount" totalsRowFunction="sum"/>');
  });
});

describe('structuredReference', () => {
  it.each([
    ['Amount', 'T[Amount]'],
    ['Days past due', 'T[Days past due]'],
    ["Client's #", "T[Client''s '#]"],
    ['Amount [EUR]', "T[Amount '[EUR']]"],
  ])('refers to column %j as %s', (header, expected) => {
    expect(structuredReference('T', header)).toBe(expected);
  });
});

describe('linkLocation', () => {
  it('quotes the sheet name and doubles its apostrophes', () => {
    expect(linkLocation({ sheet: "O'Neil", row: 5, column: 28 })).toBe("'O''Neil'!AB5");
  });
});
