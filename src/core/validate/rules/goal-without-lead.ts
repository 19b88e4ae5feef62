/**
 * A goal with nobody "federführend": no lead on its sheet and none in the overview.
 * Points at the lead label when the sheet has one.
 *
 * @example label "Wer ist federführend für die Umsetzung?" with nothing below → error at the label
 */
import type { Rule } from '../rule';

export const goalWithoutLead: Rule = {
  id: 'goal-without-lead',
  severity: 'error',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.leads.length === 0)
      .map((g) => ({
        sheet: (g.labels.lead ?? g.source).sheet,
        cell: (g.labels.lead ?? g.source).cell,
        goal: g.id,
        value: null,
        params: { id: g.id },
      })),
};
