/**
 * Documents in and out (pure): a document's blocks (from .docx through src/docx, or from
 * text) read into goal sections and projects (read.ts, goals.ts, projects.ts), planned as
 * sheets in the workbook's template layout (template.ts), compared with the goals the
 * workbook has (validate/rules/import-differs.ts); and reports built from the model
 * (report.ts) for the .docx writer.
 */
export { blocksFromText, type DocBlock } from './blocks';
export { readDocument, type ImportedDocument, type DocumentKind } from './read';
export { documentModel, importPlan, planGrids, type ImportPlan, type ImportOptions } from './template';
export type { DocGoalSection, DocMilestone } from './goals';
export type { DocProject } from './projects';
