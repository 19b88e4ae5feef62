/**
 * readDocument(blocks): what a document holds for the workbook — goal sections (conference
 * documentation, status-check records) or a project (fact sheet, yearly report).
 */
import type { DocBlock } from './blocks';
import { type DocGoalSection, readGoalSections } from './goals';
import { toItems } from './lines';
import { type DocProject, readProjectDocument } from './projects';

export type DocumentKind = 'konferenz' | 'nachfrage' | 'projekt' | 'unknown';

export interface ImportedDocument {
  kind: DocumentKind;
  goals: DocGoalSection[];
  project: DocProject | null;
}

export function readDocument(blocks: DocBlock[]): ImportedDocument {
  const items = toItems(blocks);
  const goals = readGoalSections(items).filter((s) => s.filled > 0 || Object.keys(s.titles).length > 0);
  if (goals.some((s) => s.filled > 0)) {
    return { kind: goals.some((s) => s.checks.length > 0) ? 'nachfrage' : 'konferenz', goals, project: null };
  }
  const project = readProjectDocument(items);
  if (project) return { kind: 'projekt', goals: [], project };
  return { kind: 'unknown', goals: [], project: null };
}
