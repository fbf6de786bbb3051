import type { Language } from '../engine/ledger/types';

/** The texts of the demo page around the pane. */
export interface DemoStrings {
  title: string;
  intro: string;
  workbookHeading: string;
  chooseFile: string;
  chooseFileHint: string;
  useSample: string;
  loading: string;
  loaded: (name: string) => string;
  loadFailed: string;
  previewHeading: string;
  previewHint: string;
  previewEmpty: string;
  previewSheets: string;
  previewRows: (shown: number) => string;
  download: string;
}

const en: DemoStrings = {
  title: 'Receivables Desk demo',
  intro:
    'The task pane as it runs in Excel, here on a workbook file in your browser. Nothing leaves this page.',
  workbookHeading: 'Workbook',
  chooseFile: 'Open a ledger (.xlsx, .xlsm or .csv)',
  chooseFileHint: 'Or analyse the sample French ERP export.',
  useSample: 'Use the sample',
  loading: 'Opening the workbook…',
  loaded: (name) => `Workbook: ${name}`,
  loadFailed: 'The workbook could not be opened',
  previewHeading: 'Sheets written',
  previewHint: 'Run the analysis to see the sheets it adds to the workbook.',
  previewEmpty: 'This sheet is empty.',
  previewSheets: 'Sheets written',
  previewRows: (shown) => `The first ${shown} rows.`,
  download: 'Download the analysed workbook',
};

const fr: DemoStrings = {
  title: 'Démo de Receivables Desk',
  intro:
    'Le volet Office tel qu’il fonctionne dans Excel, ici sur un classeur ouvert dans votre navigateur. Rien ne quitte cette page.',
  workbookHeading: 'Classeur',
  chooseFile: 'Ouvrir une balance clients (.xlsx, .xlsm ou .csv)',
  chooseFileHint: 'Ou analysez l’exemple fourni, un export d’ERP français.',
  useSample: 'Utiliser l’exemple',
  loading: 'Ouverture du classeur…',
  loaded: (name) => `Classeur\u00a0: ${name}`,
  loadFailed: 'Le classeur n’a pas pu être ouvert',
  previewHeading: 'Feuilles écrites',
  previewHint: 'Lancez l’analyse pour voir les feuilles qu’elle ajoute au classeur.',
  previewEmpty: 'Cette feuille est vide.',
  previewSheets: 'Feuilles écrites',
  previewRows: (shown) => `Les ${shown} premières lignes.`,
  download: 'Télécharger le classeur analysé',
};

export function demoStrings(language: Language): DemoStrings {
  return language === 'fr' ? fr : en;
}
