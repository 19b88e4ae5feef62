/**
 * What this Excel can do. Zielwerk's floor is ExcelApi 1.14 (manifest.xml: Office LTSC
 * 2021/2024, Microsoft 365 on Windows and Mac, Excel on the web): every API up to it is used
 * without asking. An API above it may be used only where `supportsExcelApi(version)` said yes;
 * the API audit (`npm run audit:api`, scripts/audit-api.ts) fails on any use that is not.
 */

/** The manifest's minimum ExcelApi version (test/manifest.test.ts keeps both the same). */
export const MIN_EXCEL_API = '1.14';

/** True when the host supports ExcelApi `version` (a string such as "1.16"). */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
