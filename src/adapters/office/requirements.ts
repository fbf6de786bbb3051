/**
 * The newest Excel JavaScript API set the adapter calls: getRangeByIndexes,
 * Range.hyperlink and freezePanes arrived in ExcelApi 1.7; the rest
 * (getItemOrNullObject and getUsedRangeOrNullObject 1.4,
 * suspendApiCalculationUntilNextSync 1.6, very hidden sheets 1.2,
 * workbook functions 1.2) is older.
 */
export const REQUIRED_EXCEL_API = '1.7';

export interface RequirementCheck {
  ok: boolean;
  /** Requirement sets missing, e.g. ['ExcelApi 1.7']. */
  missing: string[];
  /** For the user: what is missing and which Excel has it; '' when ok. */
  message: string;
}

type IsSetSupported = (name: string, minVersion?: string) => boolean;

function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === 'undefined') return undefined;
  const requirements = Office.context?.requirements;
  if (!requirements) return undefined;
  return (name, minVersion) => requirements.isSetSupported(name, minVersion);
}

const WHERE =
  'Receivables Desk works in Excel 2019 or later and Microsoft 365 on Windows and Mac, Excel on the web and Excel on iPad.';

/**
 * Checks, at start, that this Excel has the API the add-in needs.
 * `isSetSupported` defaults to Office.js's own check.
 *
 * @example
 * checkExcelRequirements()
 * // { ok: false, missing: ['ExcelApi 1.7'], message: 'This version of Excel lacks ...' }
 */
export function checkExcelRequirements(
  isSetSupported: IsSetSupported | undefined = officeIsSetSupported(),
): RequirementCheck {
  if (!isSetSupported) {
    return {
      ok: false,
      missing: ['Office.js'],
      message: `Office.js is not loaded, so Excel is out of reach. Open Receivables Desk from Excel\u2019s ribbon. ${WHERE}`,
    };
  }
  if (isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) return { ok: true, missing: [], message: '' };
  return {
    ok: false,
    missing: [`ExcelApi ${REQUIRED_EXCEL_API}`],
    message: `This version of Excel lacks the Excel JavaScript API ${REQUIRED_EXCEL_API} the add-in needs to read and write sheets (Excel 2016 bought once has only the first sets). ${WHERE}`,
  };
}
