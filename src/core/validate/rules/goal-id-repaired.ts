/**
 * A goal id that was readable only after a repair: "07:47" → 7.47, "07.47" → 7.47, a
 * German Excel's date 01.02. → 1.2, a time cell 07:47 → 7.47. Says what was assumed.
 *
 * @example "Ziel 07:47" → info "„07:47“ als Ziel 7.47 gelesen"
 * @example a time cell showing 07:47 → info "Excel hat die Ziel-Nr. als Uhrzeit (07:47) gespeichert; als 7.47 gelesen …"
 */
import type { Rule } from '../rule';

export const goalIdRepaired: Rule = {
  id: 'goal-id-repaired',
  severity: 'info',
  check: ({ model }) =>
    model.problems
      .filter((p) => p.kind === 'goal-id-repaired')
      .map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        goal: p.assumed,
        value: p.value,
        variant: p.repair === 'date-cell' ? 'date' : p.repair === 'time-cell' ? 'time' : undefined,
        params: { value: p.value, assumed: p.assumed ?? '' },
      })),
};
