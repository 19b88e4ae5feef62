/**
 * Where a milestone stands, read from what its row says: a status column ("erledigt", "✓",
 * "verschoben auf 03/20") or else its report ("Fand am 24.09.2019 statt", "noch offen").
 *
 * A report that tells what happened means done, whatever words it uses ("Zum Treffen kamen
 * lediglich …", "Die AG konnte nicht gewonnen werden."): a negation inside a report of what
 * happened does not reopen the milestone. Only a report that says it has not happened yet
 * ("noch offen", "steht noch aus", "hat nicht stattgefunden"), that work goes on ("in
 * Arbeit"), that it moved ("verschoben auf 03/20") or was dropped ("entfällt") says otherwise.
 * No text at all is open.
 */
import type { DateValue, MilestoneState } from '../model';
import type { RowState } from '../milestone';
import { findDateInText, parseDate } from '../dates';
import { MILESTONE_STATES } from '../constants';
import { isSpace, trimEndWhere } from '../text';
import { STATE_WORDS } from './labels';

export interface StateReading {
  state: MilestoneState;
  /** The new date of a postponed milestone, when the text names one. */
  newDate: DateValue | null;
}

const UMLAUT = /[äöüß]/g;
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const SPACES = /\s+/g;

/**
 * Lower case, umlauts spelled out, a leading bullet and trailing punctuation gone, spaces
 * single ("erledigt." and "- erledigt" are "erledigt"; "?" and "-" alone stay what they are).
 * Not `fold`: reports are long and seldom repeat, and fold remembers what it folds.
 */
function normal(text: string): string {
  let f = text.toLowerCase().trim();
  if (f.length > 1 && (f.charCodeAt(1) === 32 || f.charCodeAt(1) === 9)) f = f.replace(/^[-–•*·]\s+/, '');
  if (f.indexOf('  ') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\t') >= 0) f = f.replace(SPACES, ' ');
  if (f.charCodeAt(f.length - 1) < 65) {
    const trimmed = trimEndWhere(f, isTrailing);
    if (trimmed) f = trimmed;
  }
  return /[äöüß]/.test(f) ? f.replace(UMLAUT, (c) => UMLAUTS[c]) : f;
}

/** Punctuation and spaces at the end of a phrase ("erledigt." is "erledigt"). */
function isTrailing(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === ',' || ch === ';' || ch === ':' || isSpace(ch);
}

/** Phrases → state, lower-cased with umlauts spelled out: whole cells ("erledigt") and the words a text starts with ("noch offen, weil …"). */
const PHRASES = new Map<string, MilestoneState>();

interface Phrase {
  phrase: string;
  state: MilestoneState;
  /** Its first word has two characters or more: it may start a longer text ("x" and "?" are read only whole). */
  starts: boolean;
}

/**
 * The phrases by their first two characters, longest first: a text is compared with the few
 * that start like it, without cutting it into words.
 */
const BY_START = new Map<number, Phrase[]>();
/** The first words of the phrases (for isStateWord). */
const FIRST_WORDS = new Set<string>();

/** A text's first two characters as a map key (a small integer; texts of other scripts may share one). */
function startKey(f: string): number {
  return f.charCodeAt(0) * 1024 + (f.length > 1 ? f.charCodeAt(1) & 1023 : 0);
}

for (const [state, words] of Object.entries(STATE_WORDS) as [MilestoneState, string[]][]) {
  for (const w of words) {
    const phrase = normal(w);
    // a phrase listed twice keeps its first state
    if (PHRASES.has(phrase)) continue;
    PHRASES.set(phrase, state);
    FIRST_WORDS.add(phrase.split(' ')[0]);
    const list = BY_START.get(startKey(phrase)) ?? [];
    list.push({ phrase, state, starts: firstWord(phrase).length > 1 });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    BY_START.set(startKey(phrase), list);
  }
}

/**
 * Phrases that say the state wherever they stand in a text, as one expression whose groups
 * are in priority order: a move or a cancellation outweighs everything else, "not yet"
 * outweighs "in work".
 */
const ANYWHERE =
  /\b(?:(verschoben|vertagt|verlegt|zurueckgestellt|aufgeschoben|postponed|rescheduled)|(entfaellt|entfallen|abgesagt|gestrichen|faellt aus|ausgefallen|storniert|nicht mehr verfolgt|cancel+ed)|(noch nicht|nicht stattgefunden|fand nicht statt|nicht erfolgt|nicht durchgefuehrt|nicht erledigt|steht noch aus|noch ausstehend|noch zu klaeren|noch offen|nicht erreicht|nicht umgesetzt|not yet)|(in arbeit|in bearbeitung|in umsetzung|in vorbereitung|in planung|in abstimmung|in klaerung|laeuft|wird (?:erarbeitet|vorbereitet|geplant|erstellt|umgesetzt)|werden (?:erarbeitet|vorbereitet|geplant|erstellt|umgesetzt)|in progress))\b/;
const ANYWHERE_STATES: MilestoneState[] = ['postponed', 'cancelled', 'open', 'in-progress'];

const PERCENT = /^(\d{1,3})\s?%$/;

/**
 * What a text in a status column or a report says about the milestone; null for no text.
 *
 * @example readState('erledigt') //=> { state: 'done', newDate: null }
 * @example readState('verschoben auf 03/20').state //=> 'postponed' (newDate: March 2020)
 * @example readState('Fand am 24.09.2019 statt.').state //=> 'done'
 * @example readState('noch offen').state //=> 'open'
 * @example readState('Die AG konnte als Kooperationspartnerin nicht gewonnen werden.').state //=> 'done'
 */
export function readState(text: string): StateReading | null {
  const f = normal(text);
  if (!f) return null;
  const phrases = BY_START.get(startKey(f));
  // the whole text is a phrase ("erledigt", "✓")
  if (phrases) for (const p of phrases) if (p.phrase === f) return reading(p.state, text);
  const pct = f.endsWith('%') ? PERCENT.exec(f) : null;
  if (pct) {
    const n = Number(pct[1]);
    return reading(n >= 100 ? 'done' : n === 0 ? 'open' : 'in-progress', text);
  }
  // the longest phrase the text starts with ("noch offen, da …", "erledigt am 12.03.")
  if (phrases) for (const p of phrases) if (p.starts && startsWithPhrase(f, p.phrase)) return reading(p.state, text);
  const m = ANYWHERE.exec(f);
  if (m) for (let g = 1; g <= 4; g++) if (m[g] !== undefined) return reading(ANYWHERE_STATES[g - 1], text);
  // anything else tells what happened
  return PLAIN.get('done')!;
}

/** A space or the punctuation that ends a phrase ("noch offen, da …"). */
function isBoundary(c: number): boolean {
  return c === 32 || c === 44 || c === 46 || c === 58 || c === 59;
}

/** True when the text goes on after the phrase it starts with, from a space or punctuation ("noch offen, da …"). */
function startsWithPhrase(f: string, phrase: string): boolean {
  return f.length > phrase.length && f.startsWith(phrase) && isBoundary(f.charCodeAt(phrase.length));
}

/** The first word of a normalised text (up to a space or punctuation). */
function firstWord(f: string): string {
  let i = 0;
  while (i < f.length && !isBoundary(f.charCodeAt(i))) i++;
  return f.slice(0, i);
}

/**
 * The state of a milestone row: the status column decides when it says something, else the
 * report; a row with neither is open.
 */
export function milestoneState(status: string | null, report: string | null): RowState {
  const s = status ? readState(status) : null;
  if (s) return rowState(s, 'state');
  const r = report ? readState(report) : null;
  if (r) return rowState(r, 'report');
  return OPEN_ROW;
}

const OPEN_ROW: RowState = Object.freeze({ state: 'open', newDate: null, from: null }) as RowState;

/** Row states without a date, one per state and the part that says it: a workbook has thousands of rows. */
function sharedStates(from: 'state' | 'report'): Record<MilestoneState, RowState> {
  const out = {} as Record<MilestoneState, RowState>;
  for (const state of MILESTONE_STATES) out[state] = Object.freeze({ state, newDate: null, from }) as RowState;
  return out;
}
const SHARED_STATES = { state: sharedStates('state'), report: sharedStates('report') };

function rowState(s: StateReading, from: 'state' | 'report'): RowState {
  return s.newDate ? { state: s.state, newDate: s.newDate, from } : SHARED_STATES[from][s.state];
}

/**
 * True when a status cell says no more than where the milestone stands ("erledigt", "✓",
 * "verschoben auf 03/21"): it is then no report. A sentence ("Einladung verschickt") is one.
 */
export function isStateWord(text: string): boolean {
  const f = normal(text);
  if (PHRASES.has(f) || PERCENT.test(f)) return true;
  const first = firstWord(f);
  return first.length > 1 && FIRST_WORDS.has(first) && PHRASES.get(first) !== 'done' && f.length <= 40;
}

/** Readings without a date are shared: a workbook has thousands of them. */
const PLAIN = new Map<MilestoneState, StateReading>();
for (const s of MILESTONE_STATES) PLAIN.set(s, Object.freeze({ state: s, newDate: null }));

function reading(state: MilestoneState, text: string): StateReading {
  if (state !== 'postponed') return PLAIN.get(state)!;
  const newDate = newDateIn(text);
  return newDate ? { state, newDate } : PLAIN.get(state)!;
}

/** The date a postponed milestone moved to: the first date after the word that says so, else the first date. */
function newDateIn(text: string): DateValue | null {
  const at = text.toLowerCase().search(/verschoben|vertagt|verlegt|zurückgestellt|zurueckgestellt|aufgeschoben|postponed|rescheduled/);
  const after = at >= 0 ? text.slice(at).replace(/^\S+/, '') : text;
  // "verschoben auf 10/20 (Corona)": the words after "auf", up to a bracket or a comma, are the date
  const words = /^\s*(?:(?:auf|nach|in|ins|in den|zum|zur|bis|to|until)\s+|:\s*)?([^(),;]{1,40})/i.exec(after);
  const direct = words ? parseDate(words[1].trim()) : null;
  if (direct && !direct.error && direct.start) return direct;
  const d = findDateInText(after) ?? findDateInText(text);
  return d && !d.error ? d : null;
}
