/**
 * Every label and column header Zielwerk recognises, German and English, in one table.
 * To teach Zielwerk a new word, add it here; nothing else needs to change.
 *
 * Entries are written as people write them; they are folded (lower case, ä → ae, …) once
 * when this module loads, and compared with folded cell text.
 */
import type { MilestoneState, Rating } from '../model';
import { escapeRegExp, firstCharCode, fold, foldLabel, ungender } from '../text';

/** Labels of the goal-sheet form (template of the Umsetzungskonferenz). */
export type FormField =
  | 'goalId'
  | 'title'
  | 'leitziel'
  | 'lead'
  | 'participants'
  | 'interimGoal'
  | 'milestones'
  | 'notes'
  | 'statusCheck'
  | 'rating'
  | 'color'
  | 'shortTitle';

export const FORM_LABEL_WORDS: Readonly<Record<FormField, string[]>> = {
  /** A label whose value is the goal's id ("Mittlerziel-Nr." | "12.71"). */
  goalId: [
    'Mittlerziel-Nr.',
    'Mittlerziel Nr.',
    'Mittlerziel-Nummer',
    'Nr. des Mittlerziels',
    'Ziel-Nr.',
    'Ziel Nr.',
    'Zielnummer',
    'Ziel-ID',
    'Goal no.',
    'Goal number',
  ],
  /** A label whose value is the goal's text ("Ziel:" | "In den kommenden fünf Jahren …"). */
  title: ['Ziel', 'Mittlerziel', 'Zieltext', 'Zielformulierung', 'Formulierung des Ziels', 'Wortlaut', 'Goal', 'Goal text'],
  /** The Leitziel a sheet or block belongs to: context, read but not a goal of its own. */
  leitziel: ['Leitziel', 'Leitziel-Nr.', 'Leitziel Nr.', 'Handlungsfeld', 'Guiding goal'],
  lead: [
    'Wer ist federführend für die Umsetzung',
    'Wer ist federführend',
    'Wer ist verantwortlich',
    'Wer ist zuständig',
    'Wer koordiniert',
    'Wer leitet',
    'Federführend',
    'Federführung',
    'Ansprechperson',
    'Ansprechpersonen',
    'Ansprechpartner',
    'Ansprechpartnerin',
    'Ansprechpartner/in',
    'Ansprechpartner*in',
    'Anspruchspartner',
    'Ansprechpartnerinnen',
    'Kontakt',
    'Kontaktperson',
    'Leitung',
    'Verantwortlich',
    'Verantwortliche',
    'Verantwortliche Person',
    'Verantwortlichkeit',
    'Zuständig',
    'Zuständigkeit',
    'Koordination',
    'Koordinator',
    'Koordinatorin',
    'Federführende Stelle',
    'Federführende Person',
    'Federführende Institution',
    'Who leads the implementation',
    'Lead',
    'Lead person',
    'Contact person',
  ],
  participants: [
    'Wer ist beteiligt',
    'Beteiligte',
    'Beteiligt',
    'Mitwirkende',
    'Beteiligte Partner',
    'Beteiligte Organisationen',
    'Beteiligte Einrichtungen',
    'Kooperationspartner',
    'Kooperationspartnerinnen',
    'Netzwerk',
    'Netzwerkpartner',
    'Partner',
    'Mitglieder',
    'Mitglieder der Arbeitsgruppe',
    'Arbeitsgruppe',
    'Wer macht mit',
    'Who is involved',
    'Participants',
  ],
  interimGoal: [
    'Zwischenziel',
    'Zwischenziele',
    'Etappenziel',
    'Etappenziele',
    'Teilziel',
    'Teilziele',
    'Interim goal',
    'Intermediate goal',
  ],
  milestones: [
    'Maßnahmen und Meilensteine',
    'Maßnahmen & Meilensteine',
    'Maßnahmen / Meilensteine',
    'Maßnahmen/Meilensteine',
    'Meilensteine',
    'Maßnahmenplan',
    'Meilensteinplan',
    'Arbeitsschritte',
    'Umsetzungsschritte',
    'Measures and milestones',
    'Milestones',
  ],
  notes: ['Anmerkungen', 'Anmerkung', 'Bemerkungen', 'Bemerkung', 'Notizen', 'Kommentar', 'Kommentare', 'Sonstiges', 'Notes', 'Remarks'],
  statusCheck: [
    'Datum der telefonischen Nachfrage',
    'Telefonische Nachfrage',
    'Letzte Nachfrage',
    'Nachfrage am',
    'Datum der letzten Nachfrage',
    'Letzte telefonische Nachfrage',
    'Date of status check',
    'Status check',
  ],
  rating: ['Einschätzung', 'Bewertung', 'Zielerreichung', 'Rating', 'Assessment'],
  color: ['Farbe', 'Zielfarbe', 'Colour', 'Color'],
  shortTitle: ['Kurztitel', 'Kurzbezeichnung', 'Short title'],
};

/** Roles a column of a flat list can play. */
export type ColumnRole =
  | 'goalId'
  | 'goals'
  | 'shortTitle'
  | 'title'
  | 'color'
  | 'lead'
  | 'lastCheck'
  | 'rating'
  | 'date'
  | 'text'
  | 'report'
  | 'responsible'
  | 'organization'
  | 'contact'
  | 'email'
  | 'phone'
  | 'person'
  | 'checkText'
  | 'checkDate'
  | 'participants'
  | 'interimGoal'
  | 'notes'
  | 'state';

export const COLUMN_WORDS: Readonly<Record<ColumnRole, string[]>> = {
  goalId: [
    'Nr',
    'Nr.',
    'Ziel',
    'Ziel-Nr',
    'Ziel-Nr.',
    'Ziel Nr.',
    'Zielnummer',
    'Ziel-ID',
    'Mittlerziel',
    'Mittlerziel-Nr.',
    'Mittlerziel Nr.',
    'Nr. Mittlerziel',
    'ID',
    'Goal',
    'Goal id',
    'No.',
  ],
  goals: ['Ziele', 'Ziel(e)', 'Ziel-Nr.', 'Ziel', 'Mittlerziele', 'Mittlerziel(e)', 'Beteiligt an', 'Goals', 'Goal'],
  shortTitle: ['Kurztitel', 'Titel', 'Kurzbezeichnung', 'Bezeichnung', 'Short title', 'Title'],
  title: ['Zieltext', 'Zielformulierung', 'Formulierung', 'Beschreibung', 'Ziel', 'Mittlerziel', 'Goal text', 'Description', 'Goal'],
  color: ['Farbe', 'Zielfarbe', 'Colour', 'Color'],
  lead: [
    'Federführung',
    'Federführend',
    'Federführung / Ansprechperson',
    'Verantwortlich',
    'Verantwortliche',
    'Zuständig',
    'Zuständigkeit',
    'Leitung',
    'Koordination',
    'Ansprechperson',
    'Ansprechpartner',
    'Ansprechpartnerin',
    'Kontakt',
    'Lead',
  ],
  lastCheck: ['Letzte Nachfrage', 'Letzte telefonische Nachfrage', 'Last status check', 'Last check'],
  rating: ['Einschätzung', 'Bewertung', 'Zielerreichung', 'Rating', 'Assessment'],
  date: [
    'MM/JJ',
    'MMJJ',
    'MM/JJJJ',
    'MM.JJ',
    'Termin',
    'Datum',
    'Zeitpunkt',
    'Zeitraum',
    'Wann',
    'Bis wann',
    'Frist',
    'Zieltermin',
    'Fällig',
    'Fälligkeit',
    'Zeitplan',
    'Date',
    'Due',
    'Deadline',
    'When',
  ],
  text: [
    'Maßnahme/Meilenstein',
    'Maßnahmen/Meilensteine',
    'Maßnahme / Meilenstein',
    'Maßnahmen / Meilensteine',
    'Maßnahme',
    'Maßnahmen',
    'Meilenstein',
    'Meilensteine',
    'Aktivität',
    'Aktivitäten',
    'Was',
    'Was ist zu tun',
    'Arbeitsschritt',
    'Schritt',
    'Aufgabe',
    'Aufgaben',
    'Vorhaben',
    'Meilenstein/Maßnahme',
    'Milestone',
    'Measure',
    'Measure/milestone',
    'Activity',
  ],
  report: [
    'Umsetzungsbericht',
    'Stand der Umsetzung',
    'Umsetzungsstand',
    'Bericht',
    'Stand',
    'Sachstand',
    'Ergebnis',
    'Ergebnisse',
    'Rückmeldung',
    'Bemerkung',
    'Bemerkungen',
    'Anmerkung',
    'Kommentar',
    'Report',
    'Progress',
  ],
  responsible: [
    'Verantwortlich',
    'Verantwortliche',
    'Zuständig',
    'Zuständigkeit',
    'Wer',
    'Durch wen',
    'Wer macht es',
    'Responsible',
    'Owner',
  ],
  organization: [
    'Organisation',
    'Institution',
    'Einrichtung',
    'Träger',
    'Partner',
    'Kooperationspartner',
    'Organization',
    'Organisation/Partner',
  ],
  contact: ['Ansprechperson', 'Ansprechpartner', 'Ansprechpartnerin', 'Ansprechpartner/in', 'Kontakt', 'Kontaktperson', 'Name', 'Contact'],
  email: ['E-Mail', 'Email', 'Mail', 'E-Mail-Adresse', 'Mailadresse', 'E-mail address'],
  phone: ['Telefon', 'Tel.', 'Tel', 'Telefonnummer', 'Phone', 'Phone number'],
  person: ['Gesprächspartner', 'Gesprächspartnerin', 'Gesprochen mit', 'Gespräch mit', 'Befragt', 'Angerufen', 'Interviewee', 'Spoke with'],
  checkText: [
    'Stand der Umsetzung',
    'Stand',
    'Sachstand',
    'Ergebnis',
    'Ergebnis der Nachfrage',
    'Rückmeldung',
    'Notiz',
    'Inhalt',
    'Status',
    'Summary',
  ],
  checkDate: [
    'Datum der telefonischen Nachfrage',
    'Datum der Nachfrage',
    'Nachfrage',
    'Nachfrage am',
    'Telefonat am',
    'Gespräch am',
    'Datum',
    'Date of status check',
    'Date',
  ],
  participants: [
    'Beteiligte',
    'Beteiligt',
    'Wer ist beteiligt',
    'Mitwirkende',
    'Kooperationspartner',
    'Netzwerk',
    'Partner',
    'Participants',
  ],
  interimGoal: ['Zwischenziel', 'Etappenziel', 'Teilziel', 'Interim goal'],
  notes: ['Anmerkungen', 'Anmerkung', 'Bemerkungen', 'Bemerkung', 'Kommentar', 'Notizen', 'Hinweise', 'Notes', 'Remarks'],
  state: ['Status', 'Erledigt', 'Erledigt?', 'Umgesetzt', 'Umgesetzt?', 'Zustand', 'Done', 'State'],
};

/** Rating words ("Einschätzung"), including sentences from the annual reports. */
const RATING_WORDS: Record<Exclude<Rating, null>, string[]> = {
  erreicht: ['erreicht', 'vollständig erreicht', 'achieved', 'done'],
  'teilweise erreicht': [
    'teilweise erreicht',
    'teilw. erreicht',
    'zum Teil erreicht',
    'teils erreicht',
    'partially achieved',
    'partly achieved',
  ],
  'nicht erreicht': ['nicht erreicht', 'not achieved'],
  offen: ['offen', 'noch offen', 'open', 'in Arbeit', 'in progress'],
};

/**
 * Words that say where a milestone stands, in a status column ("erledigt", "✓") or at the
 * start of a report ("noch offen", "verschoben auf 03/20"). Whole phrases; the reader in
 * state.ts also knows phrasings ("fand am 24.09.2019 statt", "hat nicht stattgefunden").
 */
export const STATE_WORDS: Readonly<Record<MilestoneState, string[]>> = {
  done: [
    'erledigt',
    'abgeschlossen',
    'fertig',
    'umgesetzt',
    'durchgeführt',
    'erfolgt',
    'ist erfolgt',
    'erfüllt',
    'erreicht',
    'hat stattgefunden',
    'fand statt',
    'liegt vor',
    'ja',
    'x',
    '✓',
    '✔',
    '☑',
    '☒',
    '100%',
    '100 %',
    'done',
    'completed',
    'finished',
    'yes',
    'ok',
    'wahr',
    'true',
  ],
  'in-progress': [
    'in Arbeit',
    'in Bearbeitung',
    'in Umsetzung',
    'in Vorbereitung',
    'in Planung',
    'in Abstimmung',
    'in Klärung',
    'läuft',
    'laufend',
    'läuft noch',
    'begonnen',
    'angefangen',
    'angestoßen',
    'teilweise',
    'teilweise erledigt',
    'teilweise umgesetzt',
    'zum Teil erledigt',
    'in progress',
    'ongoing',
    'started',
  ],
  open: [
    'offen',
    'noch offen',
    'geplant',
    'ist geplant',
    'nein',
    'noch nicht',
    'noch nicht begonnen',
    'nicht begonnen',
    'noch nicht erledigt',
    'nicht erledigt',
    'nicht erreicht',
    'nicht umgesetzt',
    'nicht erfolgt',
    'nicht durchgeführt',
    'nicht stattgefunden',
    'hat nicht stattgefunden',
    'fand nicht statt',
    'ausstehend',
    'steht aus',
    'steht noch aus',
    'noch zu klären',
    'tbd',
    'todo',
    'to do',
    '-',
    '–',
    '—',
    '?',
    '0%',
    '0 %',
    'open',
    'planned',
    'pending',
    'not started',
    'no',
    'falsch',
    'false',
  ],
  postponed: ['verschoben', 'vertagt', 'zurückgestellt', 'aufgeschoben', 'verlegt', 'postponed', 'deferred', 'rescheduled'],
  cancelled: [
    'entfällt',
    'entfallen',
    'abgesagt',
    'wurde abgesagt',
    'gestrichen',
    'fällt aus',
    'ausgefallen',
    'ist ausgefallen',
    'storniert',
    'eingestellt',
    'nicht mehr verfolgt',
    'hat sich erledigt',
    'cancelled',
    'canceled',
    'dropped',
  ],
};

const COLOR_WORDS: Record<'grün' | 'blau', string[]> = {
  grün: ['grün', 'gruen', 'green'],
  blau: ['blau', 'blue'],
};

/** Header words of the milestone table inside a goal form (first column, text, report). */
export const TABLE_ROLES: ColumnRole[] = ['date', 'text', 'report', 'responsible'];

// ---------------------------------------------------------------------------------------

const foldedForm = new Map<string, FormField>();
for (const [field, words] of Object.entries(FORM_LABEL_WORDS) as [FormField, string[]][]) {
  for (const w of words) foldedForm.set(foldLabel(w), field);
}
const foldedColumns = new Map<string, ColumnRole[]>();
for (const [role, words] of Object.entries(COLUMN_WORDS) as [ColumnRole, string[]][]) {
  for (const w of words) {
    const k = foldLabel(w);
    const list = foldedColumns.get(k) ?? [];
    if (!list.includes(role)) list.push(role);
    foldedColumns.set(k, list);
  }
}
const foldedRatings = new Map<string, Exclude<Rating, null>>();
for (const [rating, words] of Object.entries(RATING_WORDS) as [Exclude<Rating, null>, string[]][]) {
  for (const w of words) foldedRatings.set(foldLabel(w), rating);
}
const foldedColors = new Map<string, 'grün' | 'blau'>();
for (const [color, words] of Object.entries(COLOR_WORDS) as ['grün' | 'blau', string[]][]) {
  for (const w of words) foldedColors.set(foldLabel(w), color);
}

/** A prefix as a number (three lower-cased char codes), so the check allocates nothing. */
function prefixKey(text: string, i: number): number {
  let k = 0;
  for (let j = i; j < i + 3; j++) {
    let c = j < text.length ? text.charCodeAt(j) : 0;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0xc4 || c === 0xd6 || c === 0xdc) c += 32; // Ä Ö Ü
    k = k * 1024 + (c & 1023);
  }
  return k;
}

/**
 * First three letters (lower case, as typed and folded) of every label and header word, with
 * the longest word that starts so: a cell that starts otherwise cannot be one, nor one longer
 * than the longest word of its start, and neither is folded at all. Keeps extraction cheap on
 * sheets with thousands of milestone rows.
 */
const LONGEST = new Map<number, number>();
/** The longest label or header word of a kind, whatever its start. */
let longestForm = 0;
let longestColumn = 0;
for (const [words, kind] of [
  ...Object.values(FORM_LABEL_WORDS).map((w) => [w, 'form'] as const),
  ...Object.values(COLUMN_WORDS).map((w) => [w, 'column'] as const),
]) {
  for (const w of words) {
    const length = foldLabel(w).length;
    for (const start of [w.slice(0, 3).toLowerCase(), fold(w).slice(0, 3)]) {
      const key = prefixKey(start, 0);
      LONGEST.set(key, Math.max(LONGEST.get(key) ?? 0, length));
    }
    if (kind === 'form') longestForm = Math.max(longestForm, length);
    else longestColumn = Math.max(longestColumn, length);
  }
}
/** Longer texts cannot be a whole label or header (a little slack for punctuation and spaces). */
const SLACK = 6;
const MAX_LABEL = longestForm + SLACK;
const MAX_HEADER = longestColumn + SLACK;
/** The first two characters of the prefixes (low bytes), one flag each: most texts fail here. */
const PAIRS = new Uint8Array(65536);
for (const key of LONGEST.keys()) PAIRS[(((key >> 20) & 255) << 8) | ((key >> 10) & 255)] = 1;

/**
 * How long a label or header word starting like this text (from `from` on) can be, counted
 * from the text's start: the longest such word plus a little slack, or 0 when none starts so.
 * Cheap: most texts fail on their first two letters. A reader that tests one cell several ways
 * asks this once (SheetScan.reach) and passes it on.
 */
export function labelReach(text: string, from = 0): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 /* space */ && c !== 45 /* - */ && c !== 0x2022 /* • */ && c !== 42 /* * */) break;
  }
  const key = prefixKey(text, i);
  if (PAIRS[(((key >> 20) & 255) << 8) | ((key >> 10) & 255)] !== 1) return 0;
  const longest = LONGEST.get(key);
  if (longest !== undefined) return i + longest + SLACK;
  // a two-letter word followed by punctuation ("Nr:", "ID?")
  const third = key & 1023;
  if (isWordChar(third)) return 0;
  const two = LONGEST.get(key - third);
  return two === undefined ? 0 : i + two + SLACK;
}

/** Cheap test: could this text be a label or a header word, or start with one? */
export function mayBeLabel(text: string): boolean {
  return labelReach(text) > 0;
}

/** A lower-cased letter or digit as prefixKey keeps it (Latin-1 letters included). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x3ff && c !== 0xd7 && c !== 0xf7);
}

export interface LabelMatch {
  field: FormField;
  /** Text after the label in the same cell ("Ansprechperson: Frau Hagen" → "Frau Hagen"). */
  rest: string;
  /** Deadline written into an interim-goal label ("Zwischenziel bis September 2019"). */
  due?: string;
  /** The cell holds the field's value itself: a cell a layout map names (extract/mapped.ts). */
  fixed?: boolean;
}

/**
 * Recognises a form label. The whole cell may be the label ("Wer ist beteiligt?"), or the
 * label followed by ":" or "?" and its value in the same cell. "Zwischenziel bis September
 * 2019" carries the interim goal's deadline after the word.
 *
 * With `wholeOnly`, only labels that fill their cell are recognised (no inline value).
 * `reach`: the text's labelReach, when the caller knows it already.
 *
 * @example matchLabel('Ansprechperson: Frau Hagen') → { field: 'lead', rest: 'Frau Hagen' }
 */
export function matchLabel(text: string, wholeOnly = false, reach?: number): LabelMatch | null {
  if (text.length > 400) return null;
  const interim = mayStartInterim(text);
  if (wholeOnly && text.length > MAX_LABEL && !interim) return null;
  const longest = reach ?? labelReach(text);
  if (longest === 0) return null;
  if (text.length <= longest) {
    const f = foldedForm.get(foldLabel(text));
    if (f) return { field: f, rest: '' };
  }
  if (wholeOnly) {
    if (!interim) return null;
    const due = INTERIM_RE.exec(text);
    return due && !due[3] ? { field: 'interimGoal', rest: '', due: due[2].trim() } : null;
  }
  // label + ":" or "?" + value ("Ansprechpartner:in: …" is the label "Ansprechpartner")
  const plain = ungender(text);
  const sep = /[:?]/.exec(plain);
  if (sep && sep.index <= 60) {
    const head = foldLabel(plain.slice(0, sep.index));
    const field = foldedForm.get(head);
    if (field) return { field, rest: plain.slice(sep.index + 1).trim() };
  }
  // "Zwischenziel bis September 2019" or "Zwischenziel bis 09/19: Auftragsklärung"
  const m = interim ? INTERIM_RE.exec(text) : null;
  if (m) return { field: 'interimGoal', rest: (m[3] ?? '').trim(), due: m[2].trim() };
  return null;
}

/** "Zwischenziel …", "Etappenziel …", "Teilziel …" and "Interim goal …" are the only labels that carry more than their words. */
function mayStartInterim(text: string): boolean {
  const c = firstCharCode(text);
  return c === 122 /* z */ || c === 105 /* i */ || c === 101 /* e */ || c === 116; /* t */
}

/** Cheap test: could the text be a label that fills its cell? Such a label is short, unless it is "Zwischenziel bis …". */
export function mayBeWholeLabel(text: string): boolean {
  return text.length <= MAX_LABEL || mayStartInterim(text);
}

const INTERIM_RE = /^\s*(zwischenziele?|etappenziele?|teilziele?|interim goal)\s+\(?((?:bis|by|until)\b[^:)]{1,50})\)?\s*(?::\s*(.*))?$/is;

/** Cheap test: could this text be a column header word? (columnRoles is empty otherwise.) `reach`: its labelReach, if known. */
export function mayBeHeader(text: string, reach?: number): boolean {
  return text.length <= MAX_HEADER && text.length <= (reach ?? labelReach(text));
}

/** The roles a header cell can play in a list ("Ziel" can be a goal id or a goal list). */
export function columnRoles(text: string): ColumnRole[] {
  if (!mayBeHeader(text)) return [];
  return foldedColumns.get(foldLabel(text)) ?? [];
}

/** Reads a rating word or sentence ("Die angestrebten Ziele wurden teilweise erreicht."). */
export function readRating(text: string): Rating {
  const f = foldLabel(text);
  const direct = foldedRatings.get(f);
  if (direct) return direct;
  if (f.length > 200) return null;
  // Longest phrase first: "teilweise erreicht" before "erreicht"
  let best: { rating: Exclude<Rating, null>; len: number } | null = null;
  for (const [phrase, rating] of foldedRatings) {
    if (phrase.length < 4) continue;
    const re = new RegExp(`(^|[^a-z])${escapeRegExp(phrase)}($|[^a-z])`);
    if (re.test(f) && (!best || phrase.length > best.len)) best = { rating, len: phrase.length };
  }
  return best?.rating ?? null;
}

/** Reads a goal colour ("grün", "Blau", "green"). */
export function readColor(text: string): 'grün' | 'blau' | null {
  return foldedColors.get(foldLabel(text)) ?? null;
}

/** True when text folds to one of the given words (used by readers for ad-hoc checks). */
export function isWord(text: string, words: string[]): boolean {
  const f = fold(text);
  return words.some((w) => fold(w) === f);
}
