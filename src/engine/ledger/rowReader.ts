import { addCivilDays, type CivilDay } from '../dates/civilDay';
import { columnLetters, type CellValue } from '../grid/cellGrid';
import type { Cents } from '../money/cents';
import { cellText, rawCellText } from '../parse/cellText';
import { parseAmount } from '../parse/parseAmount';
import { parseCurrency } from '../parse/parseCurrency';
import { parseDate, type ParseDateOptions } from '../parse/parseDate';
import { parseDispute } from '../parse/parseDispute';
import type { AgeingBasis, DateOrder, LedgerField } from './fields';
import {
  amountReason,
  columnLabel,
  currencyReason,
  customerReason,
  dateReason,
  type DateRole,
} from './rowReasons';
import { hasTotalLabel } from './subtotalRow';
import type { Language, OpenItem, RejectedRow } from './types';

/** How many distinct currency or dispute texts are remembered. */
const MEMO_LIMIT = 256;

/** Where each field is in a row (-1 when absent) and how rows are read. */
export interface RowReaderSetup {
  columnIndexes: Partial<Record<LedgerField, number>>;
  columns: Partial<Record<LedgerField, string>>;
  /** 1-based sheet column of the grid's first column, for column letters in reasons. */
  firstColumn: number;
  date1904: boolean;
  dateOrder: DateOrder;
  basis: AgeingBasis;
  defaultTermsDays: number | undefined;
  defaultCurrency: string;
  language: Language;
}

/** What one non-blank row becomes. */
export type RowOutcome = OpenItem | RejectedRow | 'subtotal';

/**
 * Reads the rows below a header, one at a time. Column positions, parse
 * options and the last currency seen are worked out once, not per row.
 *
 * @example
 * const reader = new RowReader({ columnIndexes: { customerName: 0, dueDate: 1, amount: 2 },
 *   columns: { customerName: 'Client', dueDate: 'Échéance', amount: 'Montant' }, firstColumn: 1,
 *   date1904: false, dateOrder: 'dmy', basis: 'due', defaultTermsDays: undefined,
 *   defaultCurrency: 'EUR', language: 'en' });
 * reader.read(['Dupont SA', '30/11/2026', '12,50'], 5) // an OpenItem for row 5, amount 1250
 */
export class RowReader {
  private readonly code: number;
  private readonly name: number;
  private readonly invoice: number;
  private readonly invoiceDate: number;
  private readonly dueDate: number;
  private readonly amount: number;
  private readonly currency: number;
  private readonly entity: number;
  private readonly dispute: number;
  private readonly collector: number;
  private readonly terms: number;
  private readonly dates: ParseDateOptions;
  /** Each column's header and letter, for reasons. */
  private readonly labels: Partial<Record<LedgerField, string>> = {};
  /** Ledgers repeat a few currency and dispute texts on every row: read each once. */
  private readonly currencies = new Map<string, string | undefined>();
  private readonly disputes = new Map<string, boolean>();

  constructor(private readonly setup: RowReaderSetup) {
    const at = (field: LedgerField) => setup.columnIndexes[field] ?? -1;
    this.code = at('customerCode');
    this.name = at('customerName');
    this.invoice = at('invoice');
    this.invoiceDate = at('invoiceDate');
    this.dueDate = at('dueDate');
    this.amount = at('openAmount') >= 0 ? at('openAmount') : at('amount');
    this.currency = at('currency');
    this.entity = at('entity');
    this.dispute = at('dispute');
    this.collector = at('collector');
    this.terms = at('paymentTerms');
    this.dates = { date1904: setup.date1904, dateOrder: setup.dateOrder };
    for (const [field, index] of Object.entries(setup.columnIndexes) as [LedgerField, number][]) {
      const letters = columnLetters(setup.firstColumn + index);
      this.labels[field] = columnLabel(setup.columns[field] ?? '', letters, setup.language);
    }
  }

  /** Turns a row that is not blank into an item, a rejection, or a subtotal line to skip. */
  read(row: readonly CellValue[], sheetRow: number): RowOutcome {
    const invoiceDate =
      this.invoiceDate >= 0 ? parseDate(row[this.invoiceDate], this.dates) : undefined;
    let dueDate = this.dueDate >= 0 ? parseDate(row[this.dueDate], this.dates) : undefined;
    const invoice = this.invoice >= 0 ? cellText(row[this.invoice]) : undefined;
    if (invoice === undefined && dueDate === undefined && hasTotalLabel(row)) return 'subtotal';

    const customerCode = this.code >= 0 ? cellText(row[this.code]) : undefined;
    const customerName = this.name >= 0 ? cellText(row[this.name]) : undefined;
    if (customerCode === undefined && customerName === undefined)
      return this.noCustomer(row, sheetRow);

    const amount = this.amount >= 0 ? parseAmount(row[this.amount]) : undefined;
    if (amount === undefined) return this.noAmount(row, sheetRow);

    const basis = this.setup.basis;
    if (basis === 'invoice' && invoiceDate === undefined) {
      return this.noDate(row, sheetRow, 'invoiceDate', this.invoiceDate);
    }
    let dueDateDerived = false;
    if (dueDate === undefined) {
      const terms = this.setup.defaultTermsDays ?? (basis === 'invoice' ? 0 : undefined);
      if (terms === undefined || invoiceDate === undefined) {
        return this.noDate(row, sheetRow, 'dueDate', this.dueDate);
      }
      dueDate = addCivilDays(invoiceDate, terms);
      dueDateDerived = true;
    }

    const currency = this.currencyOf(row[this.currency]);
    if (currency === undefined) return this.badCurrency(row, sheetRow);

    return this.item(row, sheetRow, {
      customerCode,
      customerName,
      invoice,
      invoiceDate,
      dueDate,
      dueDateDerived,
      amount,
      currency,
    });
  }

  private item(
    row: readonly CellValue[],
    sheetRow: number,
    parts: {
      customerCode: string | undefined;
      customerName: string | undefined;
      invoice: string | undefined;
      invoiceDate: CivilDay | undefined;
      dueDate: CivilDay;
      dueDateDerived: boolean;
      amount: Cents;
      currency: string;
    },
  ): OpenItem {
    const item: OpenItem = {
      row: sheetRow,
      customerKey: (parts.customerCode ?? parts.customerName) as string,
      dueDate: parts.dueDate,
      dueDateDerived: parts.dueDateDerived,
      amount: parts.amount,
      currency: parts.currency,
      disputed: this.dispute >= 0 ? this.disputedOf(row[this.dispute]) : false,
    };
    if (parts.customerCode !== undefined) item.customerCode = parts.customerCode;
    if (parts.customerName !== undefined) item.customerName = parts.customerName;
    if (parts.invoice !== undefined) item.invoice = parts.invoice;
    if (parts.invoiceDate !== undefined) item.invoiceDate = parts.invoiceDate;
    const entity = this.entity >= 0 ? cellText(row[this.entity]) : undefined;
    if (entity !== undefined) item.entity = entity;
    const collector = this.collector >= 0 ? cellText(row[this.collector]) : undefined;
    if (collector !== undefined) item.collector = collector;
    const terms = this.terms >= 0 ? cellText(row[this.terms]) : undefined;
    if (terms !== undefined) item.paymentTerms = terms;
    return item;
  }

  private currencyOf(value: CellValue | undefined): string | undefined {
    if (this.currency < 0 || value === null || value === undefined)
      return this.setup.defaultCurrency;
    if (typeof value === 'string') {
      const known = this.currencies.get(value);
      if (known !== undefined || this.currencies.has(value)) return known;
      const currency = value.trim() === '' ? this.setup.defaultCurrency : parseCurrency(value);
      if (this.currencies.size < MEMO_LIMIT) this.currencies.set(value, currency);
      return currency;
    }
    return undefined;
  }

  private disputedOf(value: CellValue | undefined): boolean {
    if (typeof value !== 'string') return parseDispute(value).disputed;
    const known = this.disputes.get(value);
    if (known !== undefined) return known;
    const disputed = parseDispute(value).disputed;
    if (this.disputes.size < MEMO_LIMIT) this.disputes.set(value, disputed);
    return disputed;
  }

  private noCustomer(row: readonly CellValue[], sheetRow: number): RejectedRow {
    const index = this.code >= 0 ? this.code : this.name;
    const columns = { code: this.labels.customerCode, name: this.labels.customerName };
    return {
      row: sheetRow,
      field: 'customer',
      value: rawCellText(row[index]),
      reason: customerReason(this.setup.language, columns),
    };
  }

  private noAmount(row: readonly CellValue[], sheetRow: number): RejectedRow {
    const raw = this.amount >= 0 ? rawCellText(row[this.amount]) : '';
    const column = this.labels.openAmount ?? this.labels.amount ?? '';
    const reason = amountReason(this.setup.language, column, raw);
    return { row: sheetRow, field: 'amount', value: raw, reason };
  }

  private noDate(
    row: readonly CellValue[],
    sheetRow: number,
    role: DateRole,
    index: number,
  ): RejectedRow {
    const { language, dateOrder, defaultTermsDays } = this.setup;
    const value = index >= 0 ? row[index] : undefined;
    const raw = rawCellText(value);
    const reason = dateReason(language, role, this.labels[role], value, {
      dateOrder,
      canDerive: defaultTermsDays !== undefined,
      raw,
    });
    return { row: sheetRow, field: role, value: raw, reason };
  }

  private badCurrency(row: readonly CellValue[], sheetRow: number): RejectedRow {
    const raw = rawCellText(row[this.currency]);
    const reason = currencyReason(this.setup.language, this.labels.currency ?? '', raw);
    return { row: sheetRow, field: 'currency', value: raw, reason };
  }
}
