/**
 * Marks every pointer of a workbook's model and findings with the workbook's file: every
 * object that names a `sheet` (cell references, sheet infos, skipped sheets, reading
 * problems, findings) gets `file`. Done where the file was read (a worker thread, the task
 * pane), so the consolidated model needs no second pass.
 */
import { RowMilestone } from '../milestone';
import type { Milestone, Model } from '../model';
import type { Finding } from '../validate/finding';

export function tagFile(model: Model, findings: Finding[], file: string): void {
  plainMilestones(model);
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i]);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.sheet === 'string') o.file = file;
    for (const k in o) {
      const x = o[k];
      if (x !== null && typeof x === 'object') visit(x);
    }
  };
  visit(model);
  visit(findings);
}

/**
 * Milestones as plain data: a table row's milestone makes its `source` and `cells` on demand
 * (milestone.ts), which neither survives the copy from a worker thread nor carries a file. A
 * milestone shared by two goals stays one object.
 */
function plainMilestones(model: Model): void {
  const plain = new Map<Milestone, Milestone>();
  const toPlain = (m: Milestone): Milestone => {
    if (!(m instanceof RowMilestone)) return m;
    let p = plain.get(m);
    if (!p) plain.set(m, (p = m.toJSON()));
    return p;
  };
  for (const g of model.goals) g.milestones = g.milestones.map(toPlain);
  model.orphans.milestones = model.orphans.milestones.map(toPlain);
}
