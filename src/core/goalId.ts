/**
 * Goal ids of the Zielsystem: "7.47" = Leitziel 7, Mittlerziel 47. People write them as
 * "Ziel 7.47", "Ziel Nr. 1.2", "07.47", "07:47", "7,47"; Excel sometimes stores them as
 * numbers (4.30 becomes 4.3) or, in a German Excel, as dates (1.2 becomes 1 February).
 */
import type { ID_REPAIRS } from './constants';
import type { GridCell } from './grid';
import { isDateFormat, isTimeFormat, serialToIso } from './dates/serial';

/** How a written id had to be repaired to read it; null when it was already normal. */
export type IdRepair = (typeof ID_REPAIRS)[number] | null;

export interface ParsedGoalId {
  /** Normalised id, "7.47". */
  id: string;
  leitziel: number;
  mittlerziel: number;
  /** The text it was read from. */
  raw: string;
  repair: IdRepair;
}

const PREFIX = String.raw`(?:(?:workshop zur umsetzung des\s+)?(?:mittler)?ziel(?:e|s)?|goal|nr\.?|no\.?)\s*(?:nr\.?|nummer|no\.?|-nr\.?)?\s*[:.]?\s*`;
const CORE = String.raw`(\d{1,2})(\s*[.:,]\s*|\s+)(\d{1,3})`;
const WHOLE_RE = new RegExp(String.raw`^(?:${PREFIX})?${CORE}\s*[:.]?$`, 'i');

/**
 * Reads a text that is one goal id, with or without a prefix.
 *
 * @example parseGoalId('Ziel 07:47') → { id: '7.47', repair: 'separator', … }
 * @example parseGoalId('Ziel Nr. 1.2') → { id: '1.2', repair: null, … }
 */
export function parseGoalId(text: string): ParsedGoalId | null {
  const raw = text.trim();
  if (raw.length > 40) return null;
  const m = WHOLE_RE.exec(raw.replace(/\u00a0/g, ' '));
  if (!m) return null;
  return build(raw, m[1], m[2], m[3]);
}

function build(raw: string, l: string, sep: string, mz: string): ParsedGoalId | null {
  const leitziel = Number(l);
  const mittlerziel = Number(mz);
  if (!Number.isFinite(leitziel) || !Number.isFinite(mittlerziel)) return null;
  let repair: IdRepair = null;
  const s = sep.trim();
  if (s !== '.') repair = s === '' ? 'spaces' : 'separator';
  else if (sep !== '.') repair = 'spaces';
  else if ((l.length > 1 && l[0] === '0') || (mz.length > 1 && mz[0] === '0')) repair = 'leading-zero';
  return { id: `${leitziel}.${mittlerziel}`, leitziel, mittlerziel, raw, repair };
}

/**
 * List separators, on text whose spaces are already single (see `findGoalIds`): no nested
 * or adjacent whitespace quantifiers, so a cell with thousands of spaces splits in linear time.
 */
const LIST_SPLIT = / ?(?:[;&+\n/]|, | und | and | sowie ) ?/i;

/** White space other than single plain spaces. */
const ODD_SPACE = /[^\S ]| {2}/;

/** A goal-id prefix ("Ziel", "Ziele", "Nr.") in front of the first id. */
const LEADING_PREFIX = new RegExp(`^${PREFIX}(?=\\d)`, 'i');

/**
 * Reads a list of goal ids ("2.21, 7.47", "Ziel 07:47 und 07.49"). Pieces that are not ids
 * are returned in `rest`.
 *
 * @example findGoalIds('Ziel 07:47 und 07.49').ids.map((g) => g.id) → ['7.47', '7.49']
 */
export function findGoalIds(text: string): { ids: ParsedGoalId[]; rest: string[] } {
  const ids: ParsedGoalId[] = [];
  const rest: string[] = [];
  // runs of spaces become one, and spaces around line breaks go: LIST_SPLIT relies on it
  // (most ids are written plainly: one test instead of two replacements)
  const cleaned = (ODD_SPACE.test(text) ? text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n') : text).trim();
  if (!cleaned) return { ids, rest };
  // Drop one leading prefix ("Ziele 7.47, 7.49") so every piece is a bare id.
  const body = cleaned.replace(LEADING_PREFIX, '');
  for (const piece of body.split(LIST_SPLIT)) {
    if (!piece) continue;
    const one = parseGoalId(piece);
    if (one) ids.push(one);
    else rest.push(piece);
  }
  return { ids, rest };
}

/**
 * Reads a goal id from a cell. Text goes through `findGoalIds`; a number is read as written
 * (4.3 stays "4.3": Excel dropped a trailing zero we cannot restore, so it is flagged); a
 * date cell is read back as day.month (a German Excel turns "1.2" into 1 February), a time
 * cell as hours.minutes (Excel turns "07:47" into a time of day).
 */
export function goalIdsFromCell(cell: GridCell): { ids: ParsedGoalId[]; rest: string[] } {
  if (cell.type === 'string') return findGoalIds(cell.value as string);
  if (cell.type === 'number') {
    const n = cell.value as number;
    const raw = String(n);
    if (isDateFormat(cell.format)) {
      const iso = serialToIso(n);
      if (iso) {
        const day = Number(iso.slice(8, 10));
        const month = Number(iso.slice(5, 7));
        return { ids: [{ id: `${day}.${month}`, leitziel: day, mittlerziel: month, raw: iso, repair: 'date-cell' }], rest: [] };
      }
    }
    // "07:47" typed into a cell Excel reads as a time of day (07:47 = 0.324…)
    if (n >= 0 && n < 1 && isTimeFormat(cell.format)) {
      const minutes = Math.round(n * 1440);
      const h = Math.floor(minutes / 60);
      const mm = minutes % 60;
      const time = `${String(h).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
      if (h >= 1 && mm >= 1) return { ids: [{ id: `${h}.${mm}`, leitziel: h, mittlerziel: mm, raw: time, repair: 'time-cell' }], rest: [] };
      return { ids: [], rest: [time] };
    }
    const m = /^(\d{1,2})\.(\d{1,3})$/.exec(raw);
    if (m) return { ids: [{ id: raw, leitziel: Number(m[1]), mittlerziel: Number(m[2]), raw, repair: 'number-cell' }], rest: [] };
    return { ids: [], rest: [raw] };
  }
  return { ids: [], rest: [String(cell.value)] };
}

/** Orders ids by Leitziel, then Mittlerziel ("2.21" before "10.64"). */
export function compareGoalIds(a: string, b: string): number {
  return idPart(a, 0) - idPart(b, 0) || idPart(a, 1) - idPart(b, 1) || a.localeCompare(b);
}

/** The n-th dot-separated number of an id, as `split('.').map(Number)[n]` (without allocating an array). */
function idPart(id: string, n: 0 | 1): number {
  const dot = id.indexOf('.');
  if (n === 0) return Number(dot < 0 ? id : id.slice(0, dot));
  if (dot < 0) return NaN;
  const next = id.indexOf('.', dot + 1);
  return Number(id.slice(dot + 1, next < 0 ? undefined : next));
}
