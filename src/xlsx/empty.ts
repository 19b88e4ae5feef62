/**
 * A new workbook: the smallest package Excel opens (content types, the package and workbook
 * relationships, a workbook part without sheets), which the package writer then fills with
 * a plan's sheets and its own styles. For outputs that are new files, not copies of an input
 * (`zielwerk consolidate`). No Node API.
 */
import { applyPlanToPackage, type PackageResult } from './package';
import type { SheetPlan } from '../core/summarize/plan';
import { MAIN_NS, REL_NS } from './xmlStream';
import { deflateEntry, writeZip } from './zip';

const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The parts of an empty workbook. */
export function emptyWorkbook(): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '</Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${PKG_RELS}"></Relationships>`,
  };
  return writeZip(Object.entries(parts).map(([name, xml]) => deflateEntry(name, xml)));
}

/** A new workbook holding the plan's sheets. */
export function newWorkbookWith(plan: SheetPlan, file = 'Arbeitsmappe'): PackageResult {
  return applyPlanToPackage(emptyWorkbook(), plan, file);
}
