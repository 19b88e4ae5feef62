/**
 * Whether two copies of one goal, from two workbooks, say the same: the same lead (the
 * people, however their organisation or contact is written) and the same milestones (date as
 * written, measure, report, state). Spelling of whitespace and case does not count; anything
 * else does.
 */
import type { Goal } from '../model';
import { normalizePerson } from '../people';
import { fold, squash } from '../text';

export type GoalDifference = 'lead' | 'milestones';

/** What differs between two copies of a goal; empty when they are identical copies. */
export function goalDifferences(a: Goal, b: Goal): GoalDifference[] {
  const out: GoalDifference[] = [];
  if (leadKey(a) !== leadKey(b)) out.push('lead');
  if (milestonesKey(a) !== milestonesKey(b)) out.push('milestones');
  return out;
}

/** The people leading a goal as one comparable text ("yannis krone; yara ruether"). */
export function leadKey(g: Goal): string {
  return g.leads
    .map((l) => normalizePerson(l.name))
    .sort()
    .join('; ');
}

/** The leads as people read them ("Yannis Krone, Yara Rüther"). */
export function leadNames(g: Goal): string {
  return g.leads.map((l) => l.name).join(', ');
}

function milestonesKey(g: Goal): string {
  return g.milestones.map(milestoneKey).join('\n');
}

function milestoneKey(m: Goal['milestones'][number]): string {
  return [m.date?.raw ?? '', m.text, m.report ?? '', m.state].map((s) => fold(squash(s))).join('|');
}

/** The first milestone of `a` that `b` does not have as it stands ("03/19 Erster Schritt"), or null. */
export function firstDifferentMilestone(a: Goal, b: Goal): string | null {
  const keys = new Set(b.milestones.map(milestoneKey));
  const m = a.milestones.find((x) => !keys.has(milestoneKey(x)));
  return m ? squash(`${m.date?.raw ?? ''} ${m.text}`) : null;
}
