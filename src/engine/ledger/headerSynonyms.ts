import type { LedgerField } from './fields';
import { normaliseHeader } from './normaliseHeader';

/**
 * Column titles for each field, as French and English ERP exports write them
 * (SAP, Sage, Cegid, Dynamics, QuickBooks...). A title prefixed with `=`
 * counts only when the whole header is that title ("Date", "Name"); the others
 * also count when they appear inside a longer header ("Montant TTC en EUR").
 */
// Limitation: a ledger that gives amounts as separate Débit and Crédit columns (as some Sage
// exports do) is not combined into one amount; map the Solde column, or add one to the sheet.
// prettier-ignore
const TITLES: Record<LedgerField, readonly string[]> = {
  customerCode: [
    'Code client', 'Compte', 'Compte client', 'N° client', 'N° compte', 'Numéro de compte',
    'Compte tiers', 'Code tiers', 'Tiers', 'Auxiliaire', 'Compte auxiliaire', 'Code auxiliaire',
    'Réf client', 'Identifiant client', 'Account', 'Account no', 'Customer account', 'Customer ID',
    'Customer code', 'Customer no', 'Cust. no', 'Cust. ID', 'Cust no', 'Client ID', 'Client code',
    'Debtor', 'Debtor no', 'Debtor code', 'Sold-to', 'Sold-to party', 'Payer', 'Kunnr',
    'Customer number',
  ],
  customerName: [
    'Nom client', 'Nom du client', 'Raison sociale', 'Client', '=Nom', '=Intitulé',
    'Intitulé compte', 'Nom commercial', 'Intitulé tiers', 'Libellé tiers', 'Libellé compte',
    'Nom tiers', 'Dénomination', 'Customer', 'Customer name', 'Cust. name', 'Client name',
    'Account name', 'Debtor name', '=Name', 'Company name', 'Name 1', 'Sold-to name',
    'Libellé auxiliaire', 'Nom auxiliaire', '=Contact', 'Contact name', 'Partner', 'Partenaire',
  ],
  invoice: [
    'N° facture', 'Facture', 'Numéro facture', 'Pièce', 'N° pièce', 'Numéro de pièce', 'Réf pièce',
    'Référence', 'Référence pièce', 'Référence facture', 'Document', 'Document no', 'Doc no',
    'Invoice', 'Invoice no', 'Invoice ID', 'Invoice ref', 'Invoice reference', 'Reference', 'Ref',
    'Transaction no', 'Voucher', 'Voucher no', 'Belnr', '=No', '=N°', '=Num',
  ],
  invoiceDate: [
    'Date facture', 'Date de facture', 'Date pièce', 'Date de pièce', 'Date facturation',
    'Date émission', "Date d'émission", 'Date document', 'Date comptable', 'Date écriture',
    'Invoice date', 'Document date', 'Doc date', 'Doc. date', 'Posting date', 'Transaction date',
    'Billing date', 'Issue date', 'Bill date', '=Date', '=Date opération', 'Baseline date',
  ],
  dueDate: [
    'Échéance', "Date d'échéance", 'Date échéance', 'Échéance nette', 'Date limite de paiement',
    'Date limite', 'Date de règlement prévue', 'Due date', 'Net due date', 'Due', 'Due on',
    'Payment due date', 'Date due', 'Due by', 'Maturity date', 'Net due', 'Expiry date',
  ],
  amount: [
    'Montant', 'Montant TTC', 'Montant initial', 'Montant facture', 'Montant origine',
    'Montant pièce', 'Montant brut', 'Total TTC', 'Amount', 'Invoice amount', 'Original amount',
    'Gross amount', 'Document amount', 'Amount in local currency', 'Amount in doc. curr.',
    'Amount in document currency', 'Amount in transaction currency', 'Total amount',
    'Orig. amount', 'Invoice total', '=Total',
  ],
  openAmount: [
    'Solde', 'Solde TTC', 'Solde dû', 'Solde restant', 'Reste à payer', 'Reste dû',
    'Montant restant', 'Montant restant dû', 'Restant dû', 'Restant', 'Montant ouvert',
    'Montant non lettré', 'Reste à recouvrer', 'Encours', 'Open amount', 'Outstanding',
    'Outstanding amount', 'Outstanding balance', 'Balance', 'Balance due', 'Amount due',
    'Amount outstanding', 'Amount remaining', 'Remaining amount', 'Open balance',
    'Remaining balance', 'Open item amount', 'Unpaid amount', 'Residual amount',
  ],
  currency: [
    'Devise', 'Code devise', 'Monnaie', 'Currency', 'Currency code', 'Cur', 'Curr', 'Ccy',
    'Document currency', 'Local currency', 'Transaction currency', 'Doc. curr.', 'Waers',
  ],
  entity: [
    'Société', 'Entité', 'Code société', 'Établissement', 'Filiale', 'Company', 'Company code',
    'Entity', 'Legal entity', 'Business unit', 'Subsidiary', 'Bukrs', 'CoCd',
  ],
  dispute: [
    'Litige', 'En litige', 'Contesté', 'Contestation', 'Réclamation', 'Disputed', 'Dispute',
    'In dispute', 'Dispute flag', 'Dispute status', 'Contested',
  ],
  collector: [
    'Commercial', 'Recouvreur', 'Gestionnaire', 'Chargé de recouvrement', 'Responsable', 'Vendeur',
    'Représentant', 'Collector', 'Credit controller', 'Sales rep', 'Salesperson',
    'Sales representative', 'Account manager', 'Account owner', 'Rep', 'Agent',
  ],
  paymentTerms: [
    'Conditions de paiement', 'Condition de paiement', 'Conditions de règlement',
    'Mode de règlement', 'Délai de paiement', 'Délai de règlement', 'Payment terms', 'Terms',
    'Payment term', 'Terms of payment', 'Zterm', 'Payt terms', 'Payment conditions',
  ],
};

/**
 * Header words that mean the column counts or relates to a date rather than
 * holding one: "Days past due", "Arrears after net due date", "Clearing date".
 */
// prettier-ignore
export const NOT_A_FIELD_WORDS: ReadonlySet<string> = new Set([
  'days', 'jours', 'nb', 'nombre', 'count', 'arrears', 'retard', 'clearing', 'lettrage', 'settled',
  'paid', 'paye', 'payee', 'regle', 'reglee', 'age', 'aging', 'ageing', 'anciennete', 'pct',
  'percent', 'pourcentage', 'tranche', 'bucket', 'country', 'pays', 'type', 'progressif', 'cumul',
  'cumule', 'running',
]);

export interface HeaderTitle {
  field: LedgerField;
  /** The normalised title. */
  words: string;
  /** Number of words, so a longer title contained in a header beats a shorter one. */
  wordCount: number;
  exactOnly: boolean;
}

function buildTitles(): HeaderTitle[] {
  const titles: HeaderTitle[] = [];
  for (const [field, list] of Object.entries(TITLES) as [LedgerField, readonly string[]][]) {
    for (const title of list) {
      const exactOnly = title.startsWith('=');
      const words = normaliseHeader(exactOnly ? title.slice(1) : title);
      titles.push({ field, words, wordCount: words.split(' ').length, exactOnly });
    }
  }
  return titles;
}

/** Every known title, normalised. */
export const HEADER_TITLES: readonly HeaderTitle[] = buildTitles();
