/**
 * What the Zusammenführen view loads when it opens (a chunk of its own, so the pane's first
 * view does not grow): the package reader, the consolidation and its sheets, and the write
 * into the open workbook. Its texts register with it.
 */
import '../core/i18n/consolidate';

export { consolidate } from '../core/consolidate';
export { writeConsolidated } from '../excel/consolidate';
export { readPicked } from './consolidateFiles';
