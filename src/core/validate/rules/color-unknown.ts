/**
 * A colour cell that says neither "grün" nor "blau".
 *
 * @example overview Farbe "gelb" → warning
 */
import { COLORS } from '../../constants';
import type { Rule } from '../rule';

export const colorUnknown: Rule = {
  id: 'color-unknown',
  severity: 'warning',
  check: ({ model }) =>
    model.goals.flatMap((g) =>
      g.mentions
        .filter((m) => m.field === 'color' && !(COLORS as readonly string[]).includes(m.value))
        .map((m) => ({ sheet: m.source.sheet, cell: m.source.cell, goal: g.id, value: m.value, params: { value: m.value } })),
    ),
};
