/**
 * Änderungen: what changed since the previous summary — new, completed, moved and removed
 * milestones, new and resolved findings — for the May/November status round. Zielwerk keeps
 * the previous state as JSON in a very hidden sheet ("Zielwerk_Stand").
 */
import type { Grid } from '../grid';
import { type Lang, t } from '../i18n';
import { SNAPSHOT_SHEET } from '../marker';
import type { CellRef, IsoDate, MilestoneState, Model } from '../model';
import { dueDate, isDone } from '../status';
import { fold } from '../text';
import type { Finding } from '../validate/finding';
import { type Fingerprint, packFingerprint, unpackFingerprint } from './edits';
import { jsonSheet, readJsonSheet } from './jsonSheet';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, type Format, germanOrIso, SheetWriter } from './writer';

/** The colours of each kind of change, one format object each (see SheetWriter.format). */
const KIND_LOOK: Record<ChangeKind, Format> = {
  new: { fill: COLORS.planFill, color: COLORS.plan },
  completed: { fill: COLORS.goodFill, color: COLORS.good },
  cancelled: { fill: COLORS.ongoingFill, color: COLORS.muted },
  moved: { fill: COLORS.warnFill, color: COLORS.warn },
  removed: { fill: COLORS.ongoingFill, color: COLORS.ongoing },
  newFinding: { fill: COLORS.badFill, color: COLORS.bad },
  resolvedFinding: { fill: COLORS.goodFill, color: COLORS.good },
};

export interface SnapshotMilestone {
  /** Identity across runs: goals + folded text (+ occurrence). */
  k: string;
  g: string[];
  t: string;
  /** The date as written, and its end. */
  d: string | null;
  e: IsoDate | null;
  done: boolean;
  /** Where it stood (done, open, in progress, postponed, cancelled). */
  state: MilestoneState;
  src: CellRef;
}

export interface SnapshotFinding {
  k: string;
  rule: string;
  severity: Finding['severity'];
  goal: string | null;
  message: string;
  src: CellRef;
}

export interface Snapshot {
  v: 1;
  date: IsoDate;
  milestones: SnapshotMilestone[];
  findings: SnapshotFinding[];
}

export function takeSnapshot(model: Model, findings: Finding[], today: IsoDate): Snapshot {
  const milestones: SnapshotMilestone[] = [];
  const seen = new Set<object>();
  const occurrences = new Map<string, number>();
  for (const m of [...model.goals.flatMap((g) => g.milestones), ...model.orphans.milestones]) {
    if (seen.has(m)) continue;
    seen.add(m);
    milestones.push({
      k: milestoneKey(m.goalIds, m.text, occurrences),
      g: m.goalIds,
      t: m.text,
      // a postponed milestone stands at its new date: a postponement is a move
      d: dueDate(m)?.raw ?? m.date?.raw ?? null,
      e: dueDate(m)?.end ?? null,
      done: isDone(m),
      state: m.state,
      src: m.source,
    });
  }
  return {
    v: 1,
    date: today,
    milestones,
    findings: findings
      .filter((f) => f.severity !== 'info')
      .map((f) => ({
        k: `${f.rule}|${f.sheet}|${f.cell}|${f.value ?? ''}`,
        rule: f.rule,
        severity: f.severity,
        goal: f.goal,
        message: f.message,
        src: { sheet: f.sheet, cell: f.cell },
      })),
  };
}

/**
 * The snapshot as stored: arrays instead of objects and no repeated keys, so 10 000
 * milestones stay a few hundred kilobytes.
 * m: [goals, text, date as written, state (0 open, 1 done, 2 in progress, 3 postponed, 4 cancelled), sheet, cell];
 * f: [rule, sheet, cell, value, severity, goal, message].
 */
interface StoredSnapshot {
  v: 2;
  date: IsoDate;
  /** Absent when no summary with Änderungen was made yet (only fingerprints are kept). */
  m?: [string, string, string | null, number, string, string][];
  f?: [string, string, string, string, string, string, string][];
  /** Fingerprints of the generated sheets as Zielwerk wrote them, packed (see edits.ts). */
  fp?: Record<string, string>;
}

function encode(s: Snapshot): StoredSnapshot & Required<Pick<StoredSnapshot, 'm' | 'f'>> {
  return {
    v: 2,
    date: s.date,
    m: s.milestones.map((m) => [m.g.join(','), m.t, m.d, STATE_CODES.indexOf(m.state), m.src.sheet, m.src.cell]),
    f: s.findings.map((f) => {
      const [rule, sheet, cell, ...value] = f.k.split('|');
      return [rule, sheet, cell, value.join('|'), f.severity, f.goal ?? '', f.message];
    }),
  };
}

function decode(s: StoredSnapshot & Required<Pick<StoredSnapshot, 'm' | 'f'>>): Snapshot {
  const occurrences = new Map<string, number>();
  return {
    v: 1,
    date: s.date,
    milestones: s.m.map(([g, text, d, code, sheet, cell]) => {
      const goals = g ? g.split(',') : [];
      // snapshots before milestone states stored 1 (done) or 0 (not done)
      const state = STATE_CODES[code] ?? 'open';
      return {
        k: milestoneKey(goals, text, occurrences),
        g: goals,
        t: text,
        d,
        e: null,
        done: state === 'done',
        state,
        src: { sheet, cell },
      };
    }),
    findings: s.f.map(([rule, sheet, cell, value, severity, goal, message]) => ({
      k: `${rule}|${sheet}|${cell}|${value}`,
      rule,
      severity: severity as Finding['severity'],
      goal: goal || null,
      message,
      src: { sheet, cell },
    })),
  };
}

/** States by their stored code; 0 and 1 are what older snapshots stored for not done and done. */
const STATE_CODES: MilestoneState[] = ['open', 'done', 'in-progress', 'postponed', 'cancelled'];

function milestoneKey(goals: string[], text: string, occurrences: Map<string, number>): string {
  const base = `${goals.join(',')}|${fold(text).slice(0, 160)}`;
  const n = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, n);
  return n > 1 ? `${base}#${n}` : base;
}

/**
 * The snapshot sheet: the marker in A1, the JSON in chunks from A2 down. It keeps what the
 * change list needs (the state of the last summary with Änderungen, or none yet) and the
 * fingerprints of the generated sheets (filled in by fillSnapshot once their names are known).
 */
export function snapshotSheet(snapshot: Snapshot | null, lang: Lang, today: IsoDate): PlannedSheet {
  const sheet = jsonSheet('snapshot', SNAPSHOT_SHEET, '', null);
  SNAPSHOTS.set(sheet, { stored: snapshot ? encode(snapshot) : { v: 2, date: today }, lang });
  fillSnapshot(sheet, {});
  return sheet;
}

const SNAPSHOTS = new WeakMap<PlannedSheet, { stored: StoredSnapshot; lang: Lang }>();

/** Writes the snapshot sheet's JSON, with the fingerprints of the generated sheets. */
export function fillSnapshot(sheet: PlannedSheet, fp: Record<string, Fingerprint>): void {
  const { stored, lang } = SNAPSHOTS.get(sheet)!;
  const packed: Record<string, string> = {};
  for (const [name, f] of Object.entries(fp)) packed[name] = packFingerprint(f);
  const marker = t(lang, 'summary.marker', { date: germanOrIso(stored.date, lang) });
  sheet.values = jsonSheet('snapshot', SNAPSHOT_SHEET, marker, Object.keys(fp).length ? { ...stored, fp: packed } : stored).values;
}

function readStored(grids: Grid[]): StoredSnapshot | null {
  const stored = readJsonSheet(grids, SNAPSHOT_SHEET);
  if (!stored || !('value' in stored)) return null;
  const s = stored.value as StoredSnapshot | null;
  return s && s.v === 2 ? s : null;
}

/** Reads the previous snapshot from the workbook's grids, or null (none, or unreadable). */
export function readSnapshot(grids: Grid[]): Snapshot | null {
  const s = readStored(grids);
  return s && Array.isArray(s.m) && Array.isArray(s.f) ? decode(s as StoredSnapshot & Required<Pick<StoredSnapshot, 'm' | 'f'>>) : null;
}

/** The fingerprints of the generated sheets as Zielwerk last wrote them (none in older workbooks). */
export function readFingerprints(grids: Grid[]): Record<string, Fingerprint> {
  const fp = readStored(grids)?.fp;
  const out: Record<string, Fingerprint> = {};
  if (fp && typeof fp === 'object')
    for (const [name, packed] of Object.entries(fp)) if (typeof packed === 'string') out[name] = unpackFingerprint(packed);
  return out;
}

export type ChangeKind = 'new' | 'completed' | 'cancelled' | 'moved' | 'removed' | 'newFinding' | 'resolvedFinding';

export interface Change {
  kind: ChangeKind;
  goal: string;
  what: string;
  before: string;
  after: string;
  src: CellRef | null;
}

/** The differences between two snapshots. */
export function diffSnapshots(before: Snapshot, now: Snapshot, lang: Lang): Change[] {
  const changes: Change[] = [];
  const prev = new Map(before.milestones.map((m) => [m.k, m]));
  const cur = new Map(now.milestones.map((m) => [m.k, m]));
  const date = (m: SnapshotMilestone) => m.d ?? t(lang, 'summary.none');
  for (const m of now.milestones) {
    const p = prev.get(m.k);
    if (!p) changes.push({ kind: 'new', goal: m.g.join(', '), what: m.t, before: '', after: date(m), src: m.src });
    else {
      if (!p.done && m.done)
        changes.push({
          kind: 'completed',
          goal: m.g.join(', '),
          what: m.t,
          before: t(lang, 'status.open'),
          after: t(lang, 'status.done'),
          src: m.src,
        });
      if (p.state !== 'cancelled' && m.state === 'cancelled')
        changes.push({
          kind: 'cancelled',
          goal: m.g.join(', '),
          what: m.t,
          before: t(lang, `state.${p.state}`),
          after: t(lang, 'state.cancelled'),
          src: m.src,
        });
      if ((p.d ?? '') !== (m.d ?? ''))
        changes.push({ kind: 'moved', goal: m.g.join(', '), what: m.t, before: date(p), after: date(m), src: m.src });
    }
  }
  for (const p of before.milestones) {
    if (!cur.has(p.k)) changes.push({ kind: 'removed', goal: p.g.join(', '), what: p.t, before: date(p), after: '', src: null });
  }
  const prevF = new Set(before.findings.map((f) => f.k));
  const curF = new Set(now.findings.map((f) => f.k));
  for (const f of now.findings)
    if (!prevF.has(f.k))
      changes.push({
        kind: 'newFinding',
        goal: f.goal ?? '',
        what: f.message,
        before: '',
        after: t(lang, `severity.${f.severity}`),
        src: f.src,
      });
  for (const f of before.findings)
    if (!curF.has(f.k))
      changes.push({
        kind: 'resolvedFinding',
        goal: f.goal ?? '',
        what: f.message,
        before: t(lang, `severity.${f.severity}`),
        after: '',
        src: null,
      });
  return changes;
}

export function changesSheet(previous: Snapshot | null, now: Snapshot, sheetNames: Set<string>, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('changes', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const last = 5;
  w.header(L('changes.title'), o.today, last);
  if (!previous) {
    w.set(3, 0, L('changes.first'));
    w.format(3, 0, 3, last, { italic: true, wrap: true });
    w.sheet.merges.push(`A4:${w.address(3, last)}`);
    w.widths([18, 8, 50, 16, 16, 12]);
    // the page setup from the first run on, like every later one
    w.print(o.today, null, L('changes.title'));
    return w.finish();
  }
  const changes = diffSnapshots(previous, now, o.lang);
  const count = (k: ChangeKind) => changes.filter((c) => c.kind === k).length;
  w.set(
    2,
    0,
    `${L('changes.since', { before: germanOrIso(previous.date, o.lang), now: germanOrIso(now.date, o.lang) })} · ${L('changes.counts', { new: count('new'), completed: count('completed'), cancelled: count('cancelled'), moved: count('moved'), removed: count('removed'), newFindings: count('newFinding'), resolved: count('resolvedFinding') })}`,
  );
  w.format(2, 0, 2, last, { color: COLORS.muted });
  const head = 3;
  w.columnHeader(head, [
    L('changes.col.kind'),
    L('changes.col.goal'),
    L('changes.col.what'),
    L('changes.col.before'),
    L('changes.col.after'),
    L('summary.source'),
  ]);
  let r = head + 1;
  for (const c of changes) {
    const src = c.src && sheetNames.has(c.src.sheet) ? { link: c.src, text: `${c.src.sheet}!${c.src.cell}` } : '';
    w.row(r, [L(`changes.kind.${c.kind}`), c.goal, c.what, c.before, c.after, src]);
    w.format(r, 0, r, 0, KIND_LOOK[c.kind]);
    r++;
  }
  if (changes.length === 0) {
    w.set(r, 0, L('changes.none'));
    w.format(r, 0, r, last, { italic: true });
  } else {
    w.format(head + 1, 0, r - 1, last, { vertical: 'top' });
    w.format(head + 1, 2, r - 1, 2, { wrap: true });
  }
  w.widths([18, 8, 50, 16, 16, 12]);
  w.sheet.freeze = { rows: head + 1, columns: 0 };
  w.print(o.today, head, L('changes.title'));
  return w.finish();
}
