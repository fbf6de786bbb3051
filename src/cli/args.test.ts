import { ReceivablesError } from '../engine/errors/receivablesError';
import { parseCliArgs } from './args';

function errorOf(argv: string[]): ReceivablesError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error(`parseCliArgs accepted ${argv.join(' ')}`);
}

describe('parseCliArgs', () => {
  it('reads a file with no options', () => {
    expect(parseCliArgs(['ledger.xlsx'])).toEqual({
      kind: 'analyse',
      input: 'ledger.xlsx',
      fileKind: 'xlsx',
      request: {},
    });
  });

  it('reads every option into the request', () => {
    const command = parseCliArgs([
      'Balance.CSV',
      '--sheet',
      'Export',
      '--as-of',
      '2026-11-30',
      '--basis',
      'invoice',
      '--buckets',
      '30,60,90',
      '--currency',
      'chf',
      '--map',
      'dueDate=Échéance nette',
      '--map',
      'customerName = Raison sociale',
      '--date-order',
      'mdy',
      '--default-terms',
      '45',
      '--lang',
      'fr',
      '--out',
      'out.xlsx',
      '--json',
      'summary.json',
    ]);
    expect(command).toEqual({
      kind: 'analyse',
      input: 'Balance.CSV',
      fileKind: 'csv',
      out: 'out.xlsx',
      json: 'summary.json',
      request: {
        sheet: 'Export',
        asOf: '2026-11-30',
        basis: 'invoice',
        bounds: [30, 60, 90],
        currency: 'CHF',
        map: { dueDate: 'Échéance nette', customerName: 'Raison sociale' },
        dateOrder: 'mdy',
        defaultTermsDays: 45,
        language: 'fr',
      },
    });
  });

  it('keeps an = inside a mapped header', () => {
    const command = parseCliArgs(['a.xlsm', '--map', 'amount=Montant = TTC']);
    expect(command.kind === 'analyse' && command.request.map).toEqual({ amount: 'Montant = TTC' });
  });

  it('reads field= as leaving that field out', () => {
    const command = parseCliArgs(['a.xlsx', '--map', 'entity=']);
    expect(command.kind === 'analyse' && command.request.map).toEqual({ entity: '' });
  });

  it('answers --help even with other arguments', () => {
    expect(parseCliArgs(['ledger.xlsx', '--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--as-of', '2026-02-31'], "--as-of must be a real date written YYYY-MM-DD, got '2026-02-31'"],
    [['--as-of', '30/11/2026'], "--as-of must be a real date written YYYY-MM-DD, got '30/11/2026'"],
    [['--basis', 'payment'], "--basis must be due or invoice, got 'payment'"],
    [['--lang', 'de'], "--lang must be fr or en, got 'de'"],
    [['--date-order', 'ymd'], "--date-order must be dmy or mdy, got 'ymd'"],
    [['--currency', 'euro'], "--currency must be a three-letter ISO code such as EUR, got 'euro'"],
    [['--default-terms=-5'], "--default-terms must be a whole number of days such as 30, got '-5'"],
    [['--map', 'dueDate'], "--map must be written field=Header, got 'dueDate'"],
    [['--map', 'amount=A', '--map', 'amount=B'], "--map gives the field 'amount' twice"],
  ])('refuses %j with a clear message', (options, message) => {
    const error = errorOf(['ledger.xlsx', ...options]);
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toBe(message);
  });

  it('lists the valid fields for an unknown --map field', () => {
    const error = errorOf(['ledger.xlsx', '--map', 'due=Échéance']);
    expect(error.message).toBe(
      "--map: unknown field 'due'; valid fields are customerCode, customerName, invoice, " +
        'invoiceDate, dueDate, amount, openAmount, currency, entity, dispute, collector, paymentTerms',
    );
  });

  it('names --buckets in a bucket error', () => {
    const error = errorOf(['ledger.xlsx', '--buckets', '30,abc']);
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toMatch(/^--buckets: .*"abc"/);
  });

  it('explains a bucket error in French under --lang fr, wherever --lang stands', () => {
    const error = errorOf(['ledger.xlsx', '--buckets', '60,30', '--lang', 'fr']);
    expect(error.message).toContain('la borne 2 (30) n’est pas supérieure à la précédente (60)');
  });

  it.each([['notes.txt'], ['ledger.xls'], ['ledger']])('refuses the file type of %s', (input) => {
    const error = errorOf([input]);
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toBe(`Cannot read '${input}': expected an .xlsx, .xlsm or .csv file`);
  });

  it('refuses an unknown option in one sentence', () => {
    expect(errorOf(['ledger.xlsx', '--asof', '2026-11-30']).message).toBe(
      "Unknown option '--asof' (see --help)",
    );
  });

  it('refuses an option with no value', () => {
    expect(errorOf(['ledger.xlsx', '--as-of']).message).toMatch(/--as-of.*(see --help)/);
  });

  it.each([
    [[], 'Give the ledger file to analyse (see --help)'],
    [['a.xlsx', 'b.xlsx'], 'Give one ledger file, got 2: a.xlsx, b.xlsx'],
  ])('asks for exactly one file when given %j', (argv, message) => {
    expect(errorOf(argv).message).toBe(message);
  });
});
