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
import { findDateInText } from '../dates';
import { fold } from '../text';
import { STATE_WORDS } from './labels';

export interface StateReading {
  state: MilestoneState;
  /** The new date of a postponed milestone, when the text names one. */
  newDate: DateValue | null;
}

/** Folded phrases → state: whole cells ("erledigt") and phrases a text starts with ("noch offen, weil …"). */
const PHRASES = new Map<string, MilestoneState>();
for (const [state, words] of Object.entries(STATE_WORDS) as [MilestoneState, string[]][]) {
  for (const w of words) PHRASES.set(normal(w), state);
}
/** The longest phrase, in words: a text's first words are looked up up to this many. */
let longest = 1;
for (const k of PHRASES.keys()) longest = Math.max(longest, k.split(' ').length);

/**
 * Phrases that say the state wherever they stand in a text, in priority order: a move or a
 * cancellation outweighs everything else, "not yet" outweighs "in work".
 */
const ANYWHERE: [RegExp, MilestoneState][] = [
  [/\b(?:verschoben|vertagt|verlegt|zurueckgestellt|aufgeschoben|postponed|rescheduled)\b/, 'postponed'],
  [/\b(?:entfaellt|entfallen|abgesagt|gestrichen|faellt aus|ausgefallen|storniert|nicht mehr verfolgt|cancel+ed)\b/, 'cancelled'],
  [
    /\b(?:noch nicht|nicht stattgefunden|fand nicht statt|nicht erfolgt|nicht durchgefuehrt|nicht erledigt|steht noch aus|noch ausstehend|noch zu klaeren|noch offen|nicht erreicht|nicht umgesetzt|not yet)\b/,
    'open',
  ],
  [
    /\b(?:in arbeit|in bearbeitung|in umsetzung|in vorbereitung|in planung|in abstimmung|in klaerung|laeuft|wird (?:erarbeitet|vorbereitet|geplant|erstellt|umgesetzt)|werden (?:erarbeitet|vorbereitet|geplant|erstellt|umgesetzt)|in progress)\b/,
    'in-progress',
  ],
];
/** A cheap gate before the expressions above: the letters each of them needs. */
const ANYWHERE_GATE =
  /verschob|vertagt|verlegt|zurueck|aufgesch|postpon|reschedul|entf|abgesagt|gestrich|aus|storn|verfolgt|cancel|nicht|noch|not yet|in |laeuft|wird |werden /;

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
  const whole = PHRASES.get(f);
  if (whole) return reading(whole, text);
  const pct = PERCENT.exec(f);
  if (pct) {
    const n = Number(pct[1]);
    return reading(n >= 100 ? 'done' : n === 0 ? 'open' : 'in-progress', text);
  }
  // the longest phrase the text starts with ("noch offen, da …", "erledigt am 12.03.")
  const words = f
    .replace(/[,;:.]/g, ' ')
    .split(' ')
    .filter(Boolean);
  for (let n = Math.min(longest, words.length - 1); n >= 1; n--) {
    // a one-character phrase ("x", "-", "?") counts only as the whole text
    if (n === 1 && words[0].length === 1) continue;
    const state = PHRASES.get(words.slice(0, n).join(' '));
    if (state) return reading(state, text);
  }
  if (ANYWHERE_GATE.test(f)) {
    for (const [re, state] of ANYWHERE) if (re.test(f)) return reading(state, text);
  }
  // anything else tells what happened
  return { state: 'done', newDate: null };
}

/**
 * The state of a milestone row: the status column decides when it says something, else the
 * report; a row with neither is open.
 */
export function milestoneState(status: string | null, report: string | null): StateReading & { from: 'status' | 'report' | null } {
  const s = status ? readState(status) : null;
  if (s) return { ...s, from: 'status' };
  const r = report ? readState(report) : null;
  if (r) return { ...r, from: 'report' };
  return { state: 'open', newDate: null, from: null };
}

/** True when a status cell's text is nothing but a state word ("erledigt", "✓"): it is then no report. */
export function isStateWord(text: string): boolean {
  const f = normal(text);
  return PHRASES.has(f) || PERCENT.test(f);
}

function reading(state: MilestoneState, text: string): StateReading {
  return { state, newDate: state === 'postponed' ? newDateIn(text) : null };
}

/** The date a postponed milestone moved to: the first date after the word that says so, else the first date. */
function newDateIn(text: string): DateValue | null {
  const at = fold(text).search(/verschoben|vertagt|verlegt|zurueckgestellt|aufgeschoben|postponed|rescheduled/);
  // fold keeps positions for these letters (they have no umlauts): the text after the word
  const after = at >= 0 ? text.slice(at).replace(/^\S+/, '') : text;
  const d = findDateInText(after) ?? findDateInText(text);
  return d && !d.error ? d : null;
}

/** Lower case, umlauts spelled out, outer punctuation and bullets gone, spaces single. */
function normal(text: string): string {
  const f = fold(text).replace(/^[-–•*·]\s+(?=\S)/, '');
  // "erledigt." and "erledigt!" are "erledigt"; "?" and "-" alone stay what they are
  const trimmed = f.replace(/[\s.!,;:]+$/, '');
  return trimmed || f;
}
