/**
 * Classifying a sheet's cells and rows, once, for every layout reader: goal-id headings
 * ("Ziel 7.47", "Ziel 07:47 und 07.49", a bare "7.48" opening a block), whole-cell form labels
 * ("Wer ist beteiligt?"), and header rows — rows whose cells name the columns of a table,
 * including numbered groups ("Meilenstein 1 | Termin 1 | Stand 1") and status rounds
 * ("Nachfrage Mai 2020 | Nov 2020").
 */
import type { DateValue } from '../model';
import { type GridCell } from '../grid';
import { dateInHeader } from '../dates';
import { findGoalIds, parseGoalId, type ParsedGoalId } from '../goalId';
import { firstCharCode, firstCharIndex, fold, lowerAscii } from '../text';
import { type ColumnRole, columnRoles, type LabelMatch, matchLabel, mayBeHeader, mayBeWholeLabel } from './labels';
import type { SheetScan } from './sheet';

export interface Heading {
  k: number;
  cell: GridCell;
  ids: ParsedGoalId[];
  /** Text after the id in the same cell ("Ziel 7.47: In den kommenden …"). */
  title: string;
  /** A bare id below the top of the sheet: a heading only where labels follow (the form reader decides). */
  weak: boolean;
}

export interface Label {
  k: number;
  cell: GridCell;
  match: LabelMatch;
}

/** Roles a milestone group's columns can play ("Meilenstein 2", "Termin 2", "Stand 2"). */
export const GROUP_ROLES: readonly ColumnRole[] = ['text', 'date', 'report', 'responsible', 'state'];

export interface HeaderCell {
  k: number;
  col: number;
  /** Roles the cell's words can play; empty for a numbered or round cell that has none of its own. */
  roles: ColumnRole[];
  /** "Meilenstein 2" → 2, with `roles` from "Meilenstein". */
  group?: number;
  /** "Nachfrage Mai 2020" → May 2020: a column per status round. */
  round?: DateValue;
  /** "Zwischenziel (bis 12/2019)": the deadline a header carries. */
  due?: string;
}

export interface HeaderRow {
  /** Position of the row in index.rowNumbers. */
  pos: number;
  row: number;
  cells: HeaderCell[];
}

export interface SheetStructure {
  headings: Heading[];
  /** Labels that fill their cell (inline labels are found later, outside table bodies). */
  labels: Label[];
  headers: HeaderRow[];
  /** Heading-like cells whose id cannot be read ("Ziel 7"). */
  malformed: { cell: GridCell; value: string }[];
  /** Row positions of headings and whole-cell labels (they end a table body, as accepted header rows do). */
  labelRows: Uint8Array;
  /** Row positions of headings. */
  headingRows: Uint8Array;
}

const HEADING_RE = /^\s*(?:workshop zur umsetzung des\s+)?(?:mittler)?ziel(?:e|s)?\b\s*(?:nr\.?|nummer|-nr\.?)?\s*[:.]?\s*(.*)$/is;
const HEADING_EN_RE = /^\s*goals?\b\s*(?:no\.?|#)?\s*[:.]?\s*(.*)$/is;

/**
 * Recognises an id heading: "Ziel 7.47", "Ziel Nr. 1.2", "Ziel 07:47 und 07.49",
 * "Ziel 7.47: <goal text>", or a bare "07.47" (where `bare` allows it).
 *
 * @example matchHeading('Ziel 07:47 und 07.49', false) → { ids: [7.47, 7.49], title: '' }
 */
export function matchHeading(text: string, bare: boolean): { ids: ParsedGoalId[]; title: string } | { malformed: true } | null {
  if (text.length > 2000) return null;
  const m = HEADING_RE.exec(text) ?? HEADING_EN_RE.exec(text);
  if (m) {
    const body = m[1];
    // "7.47: In den kommenden …" — a colon followed by a non-digit starts the title
    const split = /:\s*(?=\D)|\n/.exec(body);
    const idPart = split ? body.slice(0, split.index) : body;
    const title = split ? body.slice(split.index + split[0].length).trim() : '';
    if (idPart.length > 40) return null;
    const { ids, rest } = findGoalIds(idPart);
    if (ids.length && rest.length === 0) return { ids, title };
    // "Ziel 7" or "Ziel 7.47a": it claims to be a heading but the id is unreadable
    if (!title && text.length <= 30 && /^\s*[\d.:,\s]*\d[\w.:,\s]{0,8}$/.test(idPart)) return { malformed: true };
    return null;
  }
  if (bare) {
    const id = parseGoalId(text);
    if (id && !/^\d{1,2}\s+\d/.test(text.trim())) return { ids: [id], title: '' };
  }
  return null;
}

/**
 * Cheap test before the expressions above (run on every text cell): the first two letters of
 * a heading word — zi(el), mi(ttlerziel), wo(rkshop), go(al) — or a digit where a bare id may stand.
 */
function mayStartHeading(text: string, bare: boolean): boolean {
  const i = firstCharIndex(text);
  if (i < 0) return false;
  const c = lowerAscii(text.charCodeAt(i));
  if (c >= 48 && c <= 57) return bare;
  const d = i + 1 < text.length ? lowerAscii(text.charCodeAt(i + 1)) : 0;
  // zi, mi (i: 105; z: 122, m: 109), wo, go (o: 111; w: 119, g: 103)
  return (d === 105 && (c === 122 || c === 109)) || (d === 111 && (c === 119 || c === 103));
}

const HEADING_START = /^\s*(?:ziel|mittlerziel|workshop|goal|\d)/i;

/**
 * A bare id is a heading at the top of a sheet (first three rows, at most two cells) or, lower
 * down, alone at the start of its row without leading zeros ("7.48", not "06.19", which is
 * as likely a month): a weak heading that needs labels after it.
 */
function bareHeading(text: string, top: boolean, cellsInRow: number, firstInRow: boolean): boolean {
  if (top) return cellsInRow <= 2;
  const c = text.charCodeAt(0);
  return cellsInRow <= 2 && firstInRow && ((c >= 49 && c <= 57) || c === 32) && BARE_ID.test(text);
}
const BARE_ID = /^\s*[1-9]\d?\.[1-9]\d{0,2}\s*$/;

/** Classifies every cell of the sheet once. */
export function classify(scan: SheetScan): SheetStructure {
  const { rowNumbers, rowStart, cells, texts } = scan.index;
  const headings: Heading[] = [];
  const labels: Label[] = [];
  const headers: HeaderRow[] = [];
  const malformed: SheetStructure['malformed'] = [];
  const labelRows = new Uint8Array(rowNumbers.length);
  const headingRows = new Uint8Array(rowNumbers.length);
  for (let i = 0; i < rowNumbers.length; i++) {
    const from = rowStart[i];
    const to = rowStart[i + 1];
    // a header row may also hold labels ("Federführung: | … | Beteiligte: | …"): which it is,
    // the table finder decides; both are kept
    const header = headerRow(scan, i);
    if (header) headers.push(header);
    const top = i < 3;
    for (let k = from; k < to; k++) {
      const cell = cells[k];
      if (cell.type !== 'string') continue;
      const text = texts[k];
      if (!text) continue;
      const bare = bareHeading(text, top, to - from, k === from);
      const weak = bare && !top;
      if (mayStartHeading(text, bare) && HEADING_START.test(text)) {
        const h = matchHeading(text, bare);
        if (h && 'malformed' in h) {
          malformed.push({ cell, value: text });
          continue;
        }
        if (h) {
          const worded = /^\s*\D/.test(text);
          headings.push({ k, cell, ids: h.ids, title: h.title, weak: weak && !worded });
          // a bare id may as well be a list's goal cell: only a worded heading ends a list
          if (worded || !weak) labelRows[i] = 1;
          if (worded) headingRows[i] = 1;
          continue;
        }
      }
      // a label that fills its cell is short: most texts need no lookup
      const mapped = scan.layout ? scan.mappedLabel(k) : null;
      const whole = mapped && !mapped.rest ? mapped : mayBeWholeLabel(text) ? matchLabel(text, true, scan.reach(k)) : null;
      if (whole) {
        labels.push({ k, cell, match: whole });
        labelRows[i] = 1;
      }
    }
  }
  return { headings, labels, headers, malformed, labelRows, headingRows };
}

/**
 * The header cells of a row, when it is a header row: at least two cells that name a column,
 * or one that can name the goal column and status rounds beside it ("Ziel | Mai 2020 | Nov
 * 2020"). Cheap exits first: most rows are data.
 */
function headerRow(scan: SheetScan, i: number): HeaderRow | null {
  const { rowNumbers, rowStart, cells, texts } = scan.index;
  const from = rowStart[i];
  const to = rowStart[i + 1];
  if (to - from < 2) return null;
  let short = 0;
  let candidates = 0;
  for (let k = from; k < to; k++) {
    if (cells[k].type !== 'string') continue;
    const text = texts[k];
    if (text.length > 40) continue;
    short++;
    if (mayName(text, scan.reach(k))) candidates++;
  }
  if (short < 2 || candidates < 1) return null;
  const out: HeaderCell[] = [];
  let named = 0;
  let goalColumn = false;
  for (let k = from; k < to; k++) {
    const cell = cells[k];
    if (cell.type !== 'string') continue;
    const text = texts[k];
    if (text.length > 40) continue;
    const reach = scan.reach(k);
    if (!mayName(text, reach)) continue;
    const roles = columnRoles(text);
    if (roles.length) {
      out.push({ k, col: cell.col, roles });
      named++;
      if (roles.includes('goalId')) goalColumn = true;
      continue;
    }
    const interim = interimHeader(text, reach);
    if (interim) {
      out.push({ k, col: cell.col, roles: ['interimGoal'], due: interim });
      named++;
      continue;
    }
    const numbered = mayBeNumberedHeader(text, reach) ? numberedRoles(text) : null;
    if (numbered) {
      out.push({ k, col: cell.col, roles: numbered.roles, group: numbered.n });
      named++;
    }
  }
  if (named === 0 || (named === 1 && !goalColumn)) return null;
  if (labelPairs(scan, from, to, out) * 2 >= named) return null;
  // status rounds: only beside a column that can hold goal ids
  if (goalColumn) {
    let rounds = 0;
    for (let k = from; k < to; k++) {
      const cell = cells[k];
      if (cell.type !== 'string' || out.some((h) => h.k === k)) continue;
      const round = roundOf(texts[k]);
      if (round) {
        out.push({ k, col: cell.col, roles: [], round });
        rounds++;
      }
    }
    if (named === 1 && rounds === 0) return null;
    out.sort((a, b) => a.col - b.col);
  }
  return { pos: i, row: rowNumbers[i], cells: out };
}

/** "Zwischenziel bis 09/2019" as a column header: the interim goal, with its deadline. */
function interimHeader(text: string, reach: number): string | null {
  const c = firstCharCode(text);
  if (c !== 122 /* z */ && c !== 101 /* e */ && c !== 116 /* t */ && c !== 105 /* i */) return null;
  const m = matchLabel(text, true, reach);
  return m?.field === 'interimGoal' && m.due ? m.due : null;
}

/**
 * Label–value pairs in a row ("Ziel-Nr.: | 6.45 | Farbe: | grün"): named cells that end with a
 * colon and are followed by a cell that names nothing. A row of such pairs is a form's, not a
 * table's header.
 */
function labelPairs(scan: SheetScan, from: number, to: number, named: HeaderCell[]): number {
  const { texts } = scan.index;
  let pairs = 0;
  for (const h of named) {
    if (!texts[h.k].endsWith(':')) continue;
    const next = h.k + 1;
    if (next < to && !named.some((x) => x.k === next)) pairs++;
  }
  void from;
  return pairs;
}

const NUMBERED_SUFFIX = /^(.*?\p{L}[.:]?)\s*[-_#]?\s*(?:nr\.?\s*)?\(?(\d{1,2})\)?\.?$/iu;
const NUMBERED_PREFIX = /^(\d{1,2})\.\s*(.+)$/;

/** Could the text be a numbered header ("Meilenstein 1", "1. Termin")? */
function mayBeNumbered(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  const c0 = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 41 /* ) */ || (c0 >= 48 && c0 <= 57);
}

/** Cheap test: could the text (whose labelReach is `reach`) name a column? Header words hold no comma or semicolon. */
function mayName(text: string, reach: number): boolean {
  // the character tests first: most cells fail them, and then need no scan for commas; an
  // interim-goal header ("Zwischenziel bis 09/2019") starts with a label word, so it has a reach
  return (
    (mayBeHeader(text, reach) || mayBeNumberedHeader(text, reach) || (reach > 0 && mayBeInterim(text))) &&
    text.indexOf(',') < 0 &&
    text.indexOf(';') < 0
  );
}

function mayBeInterim(text: string): boolean {
  const c = firstCharCode(text);
  return c === 122 /* z */ || c === 101 /* e */ || c === 116 /* t */ || c === 105; /* i */
}

/**
 * Cheap test: a number before or after a word that may name a column ("Termin 2", "2.
 * Meilenstein")? `reach`: the text's labelReach (the word's, when the text starts with it).
 */
function mayBeNumberedHeader(text: string, reach: number): boolean {
  if (!mayBeNumbered(text)) return false;
  let i = 0;
  while (i < text.length && !isLetter(text.charCodeAt(i))) i++;
  if (i >= text.length) return false;
  return i === 0 ? mayBeHeader(text.slice(0, 40), reach) : mayBeHeader(text.slice(i, i + 40));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * The milestone roles of a numbered header: "Meilenstein 2" → text, group 2; "Termin 2",
 * "Stand (2)", "2. Meilenstein", "Status MS 2" likewise.
 *
 * @example numberedRoles('Termin 3') → { roles: ['date'], n: 3 }
 */
export function numberedRoles(text: string): { roles: ColumnRole[]; n: number } | null {
  if (!mayBeNumbered(text) || text.length > 40) return null;
  let word: string;
  let n: number;
  const pre = NUMBERED_PREFIX.exec(text);
  const suf = pre ? null : NUMBERED_SUFFIX.exec(text);
  if (pre) {
    n = Number(pre[1]);
    word = pre[2];
  } else if (suf) {
    n = Number(suf[2]);
    word = suf[1].replace(/\s+(?:ms|m)$/i, '');
  } else return null;
  if (n < 1) return null;
  const roles = columnRoles(word).filter((r) => GROUP_ROLES.includes(r));
  return roles.length ? { roles, n } : null;
}

/** Words a status-round header may carry besides its date ("Nachfrage Mai 2020"). */
const ROUND_WORDS = new Set([
  '',
  'nachfrage',
  'telefonische nachfrage',
  'abfrage',
  'statusabfrage',
  'status-abfrage',
  'telefonat',
  'anruf',
  'gespraech',
  'runde',
  'stand',
  'status',
  'sachstand',
  'zwischenstand',
  'check',
  'status check',
  'round',
]);

/**
 * The round a header names: a date, alone or after a round word ("Nachfrage Mai 2020",
 * "Nov 2020", "Abfrage 11/2020", "Frühjahr 2021").
 *
 * @example roundOf('Nachfrage Mai 2020')?.start === '2020-05-01'
 */
export function roundOf(text: string): DateValue | null {
  if (text.length > 40) return null;
  const date = dateInHeader(text);
  if (!date || date.error || !date.start) return null;
  const rest = fold(text.replace(date.raw, ' '))
    .replace(/[():,.\-–/]/g, ' ')
    .replace(/\b(?:vom|am|im|der|die)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ROUND_WORDS.has(rest) ? date : null;
}
