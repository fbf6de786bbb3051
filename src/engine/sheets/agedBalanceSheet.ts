import { bucketLabel } from '../ageing/buckets';
import type { AgeingAnalysis, CurrencyTotals, CustomerTotals } from '../ageing/types';
import { civilDayToExcelSerial } from '../dates/civilDay';
import type { OutputLabels } from '../i18n/outputLabels';
import type { LedgerReadResult } from '../ledger/types';
import { centsToUnits, type Cents } from '../money/cents';
import { tableNameFor } from './excelNames';
import type { OutputCell, SheetBlock, SheetSpec, TableColumn, TotalCell } from './sheetSpec';

/** A share as a fraction for a percent cell, blank when the whole is not positive. */
function share(part: Cents, whole: Cents): OutputCell {
  return whole > 0 ? part / whole : null;
}

/** The title lines of the aged balance: as-of date, basis, source. */
function headingBlocks(
  title: string,
  ledger: LedgerReadResult,
  analysis: AgeingAnalysis,
  labels: OutputLabels,
): SheetBlock[] {
  return [
    { kind: 'title', text: title },
    {
      kind: 'line',
      cells: [labels.asOf, civilDayToExcelSerial(analysis.asOf)],
      formats: ['text', 'date'],
    },
    { kind: 'line', cells: [labels.ageingBasis, labels.basis[analysis.basis]] },
    {
      kind: 'line',
      cells: [labels.sourceSheet, ledger.source.sheet, labels.headerRow, ledger.source.headerRow],
      formats: ['text', 'text', 'text', 'integer'],
    },
  ];
}

/** One amount column per bucket, headed by its label in the sheets' language. */
function bucketColumns(analysis: AgeingAnalysis, labels: OutputLabels): TableColumn[] {
  return analysis.buckets.map((bucket) => ({
    header: bucketLabel(bucket, labels.language),
    format: 'amount',
    width: 13,
  }));
}

function balanceColumns(analysis: AgeingAnalysis, labels: OutputLabels): TableColumn[] {
  return [
    { header: labels.customerCode, format: 'text', width: 14 },
    { header: labels.customerName, format: 'text', width: 32 },
    { header: labels.open, format: 'amount', width: 15 },
    ...bucketColumns(analysis, labels),
    { header: labels.overdue, format: 'amount', width: 15 },
    { header: labels.over90, format: 'amount', width: 15 },
    { header: labels.disputed, format: 'amount', width: 13 },
    { header: labels.shareOverdue, format: 'percent', width: 12 },
  ];
}

function customerRow(customer: CustomerTotals): OutputCell[] {
  return [
    customer.code ?? '',
    customer.name,
    centsToUnits(customer.open),
    ...customer.byBucket.map(centsToUnits),
    centsToUnits(customer.overdue),
    centsToUnits(customer.over90),
    centsToUnits(customer.disputed),
    share(customer.overdue, customer.open),
  ];
}

function currencyBlocks(
  totals: CurrencyTotals,
  customers: CustomerTotals[],
  analysis: AgeingAnalysis,
  labels: OutputLabels,
): SheetBlock[] {
  const disputed = customers.reduce((sum, customer) => sum + customer.disputed, 0) as Cents;
  const sum = (cents: Cents): TotalCell => ({ kind: 'sum', value: centsToUnits(cents) });
  const totalsRow: TotalCell[] = [
    { kind: 'label', text: labels.total },
    { kind: 'none' },
    sum(totals.open),
    ...totals.byBucket.map(sum),
    sum(totals.overdue),
    sum(totals.over90),
    sum(disputed),
    { kind: 'none' },
  ];
  const shares: OutputCell[] = [
    labels.shareOfOpen,
    null,
    null,
    ...totals.byBucket.map((bucket) => share(bucket, totals.open)),
    share(totals.overdue, totals.open),
    share(totals.over90, totals.open),
    share(disputed, totals.open),
    null,
  ];
  return [
    { kind: 'title', text: `${labels.currency} ${totals.currency}` },
    {
      kind: 'table',
      table: {
        name: tableNameFor('RD_AgedBalance', totals.currency),
        columns: balanceColumns(analysis, labels),
        rows: customers.map(customerRow),
        totals: totalsRow,
      },
    },
    { kind: 'line', cells: shares, formats: shares.map((_, i) => (i === 0 ? 'text' : 'percent')) },
    { kind: 'blank' },
  ];
}

function entityBlocks(analysis: AgeingAnalysis, labels: OutputLabels): SheetBlock[] {
  if (analysis.entities.length === 0) return [];
  const columns: TableColumn[] = [
    { header: labels.entity, format: 'text', width: 14 },
    { header: labels.currency, format: 'text', width: 10 },
    { header: labels.open, format: 'amount', width: 15 },
    ...bucketColumns(analysis, labels),
    { header: labels.overdue, format: 'amount', width: 15 },
    { header: labels.over90, format: 'amount', width: 15 },
    { header: labels.over365, format: 'amount', width: 13 },
  ];
  // No totals row: the entities' amounts are in several currencies.
  const rows = analysis.entities.map((entity): OutputCell[] => [
    entity.entity,
    entity.currency,
    centsToUnits(entity.open),
    ...entity.byBucket.map(centsToUnits),
    centsToUnits(entity.overdue),
    centsToUnits(entity.over90),
    centsToUnits(entity.over365),
  ]);
  return [
    { kind: 'title', text: labels.byEntity },
    { kind: 'table', table: { name: 'RD_AgedBalance_Entities', columns, rows } },
  ];
}

/**
 * The aged balance sheet: title lines, then per currency an Excel table with
 * one row per customer, a totals row and the share of each bucket in the
 * open total; then, when the ledger has entities, a table of totals per
 * entity and currency. Currencies are never added together.
 *
 * @example
 * buildAgedBalanceSheet(ledger, analysis, outputLabels('fr')).name // 'Balance âgée'
 */
export function buildAgedBalanceSheet(
  ledger: LedgerReadResult,
  analysis: AgeingAnalysis,
  labels: OutputLabels,
): SheetSpec {
  const title = labels.sheetNames.agedBalance;
  const blocks: SheetBlock[] = [
    ...headingBlocks(title, ledger, analysis, labels),
    { kind: 'blank' },
  ];
  const headingRows = blocks.length;
  if (analysis.currencies.length === 0) {
    blocks.push({ kind: 'line', cells: [labels.noOpenItems] });
  }
  const usedNames = new Set<string>();
  for (const totals of analysis.currencies) {
    const customers = analysis.customers.filter((c) => c.currency === totals.currency);
    const currencyPart = currencyBlocks(totals, customers, analysis, labels);
    for (const block of currencyPart) {
      if (block.kind !== 'table') continue;
      // Two currency codes could clean up to one name; Excel needs them unique.
      let name = block.table.name;
      for (let n = 2; usedNames.has(name.toLowerCase()); n += 1) name = `${block.table.name}_${n}`;
      usedNames.add(name.toLowerCase());
      block.table.name = name;
    }
    blocks.push(...currencyPart);
  }
  blocks.push(...entityBlocks(analysis, labels));
  // With one currency its table header stays in view; with several, the title lines do.
  const freezeRows = analysis.currencies.length === 1 ? headingRows + 2 : headingRows - 1;
  return { role: 'agedBalance', name: title, blocks, freezeRows };
}
