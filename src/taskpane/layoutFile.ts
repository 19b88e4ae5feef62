/**
 * A layout map from a file the user picks ("Lesart aus Datei übernehmen"), loaded on demand
 * (zod and the package reader stay out of the pane's first view): a map as JSON, checked with
 * the map's schema, or an .xlsx/.xlsm workbook whose Zielwerk_Lesart sheet keeps one (read
 * with the same package reader the command line uses). Problems come back as message keys
 * (and the schema's own lines); the caller words them. What the first view already has
 * (reading a kept map) is passed in, so this chunk shares as few modules with it as it can.
 */
import { isUserError } from '../core/errors';
import type { Grid } from '../core/grid';
import { type LayoutMap, parseLayoutMap } from '../core/layout/schema';
import { readWorkbookBytes } from '../xlsx/reader';

export interface FileProblem {
  key: string;
  params: Record<string, string>;
  /** The schema's lines, for a map that does not fit it. */
  details?: string[];
}

export function layoutFromFile(
  name: string,
  bytes: Uint8Array,
  storedLayout: (grids: Grid[]) => { map: LayoutMap } | { unreadable: true } | null,
): { map: LayoutMap } | { problem: FileProblem } {
  const file = name;
  if (/\.json$/i.test(name)) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      return { problem: { key: 'ui.layout.file.json', params: { file } } };
    }
    const parsed = parseLayoutMap(json);
    if ('map' in parsed) return parsed;
    return { problem: { key: 'ui.layout.file.invalid', params: { file }, details: parsed.problems.slice(0, 10) } };
  }
  if (/\.xls[xm]$/i.test(name)) {
    try {
      const stored = storedLayout(readWorkbookBytes(bytes, name).grids);
      if (!stored) return { problem: { key: 'ui.layout.file.noMap', params: { file } } };
      if (!('map' in stored)) return { problem: { key: 'ui.layout.file.unreadableMap', params: { file } } };
      return stored;
    } catch (e) {
      if (isUserError(e)) return { problem: { key: `error.${e.code}`, params: { file, ...e.params } } };
      throw e;
    }
  }
  return { problem: { key: 'ui.layout.file.kind', params: {} } };
}
