import { FakePort } from '../testing/fakePort';
import { fakeServices } from '../testing/fakeServices';
import { button, click, renderPane, type Rendered } from '../testing/renderPane';
import { resultFixture } from '../testing/resultFixture';

const HEADERS = ['Compte', 'Nom', 'Pièce', 'Échéance', 'Montant', 'Solde'];

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

/** The pane after one analysis of the fixture ledger, on a sheet starting in `firstColumn`. */
async function analysed(
  options: { language?: 'en' | 'fr'; firstColumn?: number; canSelect?: boolean } = {},
) {
  const workbook = new FakePort(
    { Balance: [['Titre'], [], [], HEADERS] },
    { firstColumn: options.firstColumn ?? 1 },
  );
  // A port with no user interface (the file adapter) has no selectCell at all.
  if (options.canSelect === false) Object.assign(workbook, { selectCell: undefined });
  const { services } = fakeServices({
    candidates: [{ sheet: 'Balance', headerRow: 4 }],
    inspections: { Balance: { headerRow: 4, headers: HEADERS, columns: {} } },
    outcome: resultFixture(),
  });
  rendered = await renderPane({ port: workbook, services, language: options.language ?? 'en' });
  const container = rendered.container;
  await click(button(container, options.language === 'fr' ? 'Analyser' : 'Analyse ageing'));
  const result = container.querySelector<HTMLElement>('[data-testid="result"]');
  if (!result) throw new Error('no result shown');
  return { workbook, container, result };
}

function cellTexts(row: Element | null | undefined): string[] {
  return [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent ?? '');
}

describe('the result', () => {
  it('counts the rows read', async () => {
    const { result } = await analysed();
    expect(result.textContent).toContain('6 rows accepted, 2 rejected, 3 skipped.');
  });

  it('takes the focus to the result heading, out of sight below the form in a narrow pane', async () => {
    const { result } = await analysed();
    expect(document.activeElement).toBe(result.querySelector('h2'));
  });

  it('names the sheets written', async () => {
    const { result } = await analysed();
    expect(result.textContent).toContain('Sheets written: Balance âgée, Détail, Rejets.');
  });

  it.each([
    ['EUR', ['5', '€12,345.67', '€1,000.00', '€11,345.67', '€4,000.00', '€500.00']],
    ['USD', ['1', 'US$250.00', 'US$0.00', 'US$250.00', 'US$0.00', 'US$0.00']],
  ])('shows the %s totals apart from the other currency', async (currency, cells) => {
    const { result } = await analysed();
    const column = result.querySelectorAll(`td[data-currency="${currency}"]`);
    expect([...column].map((cell) => cell.textContent)).toEqual(cells);
  });

  it('names each line of the totals', async () => {
    const { result } = await analysed();
    const table = result.querySelector('table[aria-label="Totals per currency"]');
    expect(
      [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => cellTexts(row)[0]),
    ).toEqual(['Items', 'Open', 'Not due', 'Overdue', 'Over 90 days', 'Over one year']);
  });

  it('writes amounts the French way in a French pane', async () => {
    const { result } = await analysed({ language: 'fr' });
    const open = result.querySelector('td[data-currency="EUR"][data-total="open"]');
    expect(open?.textContent?.replace(/\s/g, ' ')).toBe('12 345,67 €');
  });

  it('draws one bar per bucket, a credit balance included', async () => {
    const { result } = await analysed();
    const bars = result.querySelectorAll('[data-chart-currency="EUR"] svg rect');
    expect([...bars].map((bar) => Number(bar.getAttribute('width')) > 0)).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
      true,
    ]);
  });

  it('gives the largest bucket the longest bar', async () => {
    const { result } = await analysed();
    const widths = [...result.querySelectorAll('[data-chart-currency="EUR"] svg rect')].map((bar) =>
      Number(bar.getAttribute('width')),
    );
    expect(widths.indexOf(Math.max(...widths))).toBe(1);
  });

  it('repeats the chart as a table', async () => {
    const { result } = await analysed();
    const table = result.querySelector('table[aria-label="Open amount per bucket, EUR (table)"]');
    expect([...(table?.querySelectorAll('tbody tr') ?? [])].map(cellTexts)).toEqual([
      ['Not due', '€1,000.00'],
      ['1-30', '€5,000.00'],
      ['31-60', '€2,345.67'],
      ['61-90', '€0.00'],
      ['91-180', '€3,500.00'],
      ['181-365', '-€100.00'],
      ['>365', '€600.00'],
    ]);
  });

  it.each([
    ['the chart', '[data-chart-currency="EUR"] svg text'],
    ['its table', 'table[aria-label="Solde par tranche de retard, EUR (tableau)"] td'],
  ])('names the first bucket "Non échu" in %s of a French pane', async (_where, selector) => {
    const { result } = await analysed({ language: 'fr' });
    expect(result.querySelector(selector)?.textContent).toBe('Non échu');
  });

  it.each([
    ['EUR', [['Boulangerie Roux411002'], ['Garage Martin411001']]],
    ['USD', [['Acme IncC-9']]],
  ])(
    'lists the overdue %s customers, largest first, without those not overdue',
    async (currency, names) => {
      const { result } = await analysed();
      const table = result.querySelector(`table[aria-label="Top overdue customers, ${currency}"]`);
      expect(
        [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => cellTexts(row).slice(0, 1)),
      ).toEqual(names);
    },
  );

  it('leaves the currency sign to the caption of the top customers table', async () => {
    const { result } = await analysed();
    const table = result.querySelector('table[aria-label="Top overdue customers, EUR"]');
    expect([
      table?.querySelector('caption')?.textContent,
      cellTexts(table?.querySelector('tbody tr')),
    ]).toEqual(['EUR', ['Boulangerie Roux411002', '8,000.00', '9,000.00']]);
  });

  it('lists each rejected row with its field, value and reason', async () => {
    const { result } = await analysed();
    const items = result.querySelectorAll('ul[aria-label="Rejected rows"] li');
    expect([...items].map((item) => item.textContent)).toEqual([
      'Go to row 17Due date31/02/2026No such day: 31 February 2026.',
      'Go to row 21AmountabcNot an amount.',
    ]);
  });

  it.each([
    [1, { sheet: 'Balance', row: 17, column: 4 }],
    [3, { sheet: 'Balance', row: 17, column: 6 }],
  ])(
    'selects the rejected cell on the ledger when its sheet starts in column %i',
    async (firstColumn, cell) => {
      const { container, workbook } = await analysed({ firstColumn });
      await click(button(container, 'Go to row 17'));
      expect(workbook.selections).toEqual([cell]);
    },
  );

  it('shows the row number as plain text where the workbook cannot select cells', async () => {
    const { result } = await analysed({ canSelect: false });
    const first = result.querySelector('ul[aria-label="Rejected rows"] li');
    expect([first?.querySelector('button'), first?.textContent?.startsWith('Row 17')]).toEqual([
      null,
      true,
    ]);
  });

  it('shows the reading warnings', async () => {
    const { result } = await analysed();
    expect(result.textContent).toContain('Rows 8 and 9 are identical.');
  });
});
