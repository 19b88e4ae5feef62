/**
 * A layout map from a file the user picks ("Lesart aus Datei übernehmen"), loaded on demand
 * (zod and the package reader stay out of the pane's first view): a map as JSON, checked with
 * the map's schema, or an .xlsx/.xlsm workbook whose Zielwerk_Lesart sheet keeps one (read
 * with the same package reader the command line uses). Problems come back as lines to show.
 */
import { isUserError } from '../core/errors';
import { type Lang, t } from '../core/i18n';
import '../core/i18n/layout';
import { type LayoutMap, parseLayoutMap } from '../core/layout/schema';
import { storedLayout } from '../core/layout/store';
import { readWorkbookBytes } from '../xlsx/reader';

export function layoutFromFile(name: string, bytes: Uint8Array, lang: Lang): { map: LayoutMap } | { problems: string[] } {
  const file = name;
  if (/\.json$/i.test(name)) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      return { problems: [t(lang, 'ui.layout.file.json', { file })] };
    }
    const parsed = parseLayoutMap(json);
    if ('map' in parsed) return parsed;
    return { problems: [t(lang, 'ui.layout.file.invalid', { file }), ...parsed.problems.slice(0, 10)] };
  }
  if (/\.xls[xm]$/i.test(name)) {
    try {
      const { grids } = readWorkbookBytes(bytes, name);
      const stored = storedLayout(grids);
      if (!stored) return { problems: [t(lang, 'ui.layout.file.noMap', { file })] };
      if (!('map' in stored)) return { problems: [t(lang, 'ui.layout.file.unreadableMap', { file })] };
      return stored;
    } catch (e) {
      if (isUserError(e)) return { problems: [t(lang, `error.${e.code}`, { file, ...e.params })] };
      throw e;
    }
  }
  return { problems: [t(lang, 'ui.layout.file.kind')] };
}
