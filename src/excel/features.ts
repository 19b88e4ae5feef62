/**
 * What this Excel can do. Zielwerk targets Excel 2019 (ExcelApi 1.7) and uses newer APIs only
 * after asking; what it leaves out is reported in the user's language.
 */

/** Requirement-set versions Zielwerk checks, and what each one enables. */
export const FEATURES = {
  dataValidation: '1.8',
  pageLayout: '1.9',
  screenUpdating: '1.9',
  specialCells: '1.9',
  mergedAreas: '1.13',
} as const;

export type Feature = keyof typeof FEATURES;

/** True when the host supports ExcelApi `version` (a string such as "1.8"). */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function supports(feature: Feature): boolean {
  return supportsExcelApi(FEATURES[feature]);
}

/** Custom functions run only on Microsoft 365 / Excel 2021 and later. */
export function supportsCustomFunctions(): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('CustomFunctionsRuntime', '1.1');
  } catch {
    return false;
  }
}
