/**
 * The layout map: what Zielwerk should read on a sheet whose layout it does not recognise by
 * itself, taught once by the user and kept in the workbook (a very hidden sheet, see
 * store.ts). One zod schema is the single source of its type; the command line and the task
 * pane validate maps from files with it, and the JSON is documented in the README.
 *
 * @example
 * {
 *   "version": 1,
 *   "sheets": [
 *     { "sheet": "Planung", "kind": "milestone-list", "header": { "row": 3, "columns": { "A": "goalId", "B": "text", "D": "date", "F": "state" } } },
 *     { "sheet": "Unser Ziel", "kind": "goal-sheet", "goal": "7.47", "fields": { "lead": "B4", "participants": ["Mitstreiter"] } },
 *     { "sheet": "Notizen", "kind": "ignore" }
 *   ]
 * }
 */
import { z } from 'zod';
import { LAYOUT_KINDS, LAYOUT_ROLES } from './words';

export { LAYOUT_KINDS, LAYOUT_ROLES };

/** An A1 cell ("B4"). */
const Cell = z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/, 'ein Zellbezug wie „B4“');
/** Where a goal sheet's field stands: its cell, or the label words that announce it. */
const FieldPlace = z.union([Cell, z.array(z.string().min(1).max(80)).min(1).max(20)]);

/** A column role, or a role of a numbered group on a master sheet ("text 2", "date 2"). */
const Role = z.string().refine((r) => {
  const [role, n] = r.split(' ');
  return (LAYOUT_ROLES as readonly string[]).includes(role) && (n === undefined || /^[1-9]\d?$/.test(n));
}, 'eine Spaltenrolle wie „goalId“, „date“, „text“ oder „text 2“');

export const SheetMapSchema = z.object({
  /** The sheet's name when the map was made. */
  sheet: z.string({ error: 'der Name eines Blatts' }).min(1, 'der Name eines Blatts').max(31, 'ein Blattname hat höchstens 31 Zeichen'),
  kind: z.enum(LAYOUT_KINDS, { error: `eine Blattart: ${LAYOUT_KINDS.join(', ')}` }),
  /** The goal the sheet belongs to where it names none ("7.47"). */
  goal: z
    .string()
    .regex(/^\d{1,2}\.\d{1,3}$/, 'eine Ziel-Nr. wie „7.47“')
    .optional(),
  /** For a table: its header row (1-based) and the role of each column by letter. */
  header: z
    .object({
      row: z.number({ error: 'eine Zeilennummer wie 3' }).int('eine Zeilennummer wie 3').min(1, 'eine Zeilennummer ab 1').max(1_048_576),
      columns: z.record(z.string().regex(/^[A-Z]{1,3}$/, 'ein Spaltenbuchstabe wie „B“'), Role),
    })
    .optional(),
  /** For a goal sheet: where its id, text, lead, participants and interim goal stand. */
  fields: z
    .object({
      id: FieldPlace.optional(),
      title: FieldPlace.optional(),
      lead: FieldPlace.optional(),
      participants: FieldPlace.optional(),
      interimGoal: FieldPlace.optional(),
    })
    .optional(),
  /**
   * What the header row (or, without one, the sheet's first cells) said when the map was
   * made: finds the sheet again after a rename, and the header again after rows moved.
   */
  fingerprint: z.array(z.string().max(200)).max(60).optional(),
});
export type SheetMap = z.infer<typeof SheetMapSchema>;

export const LayoutMapSchema = z.object({
  version: z.literal(1, { error: '„version“: 1' }),
  sheets: z.array(SheetMapSchema, { error: '„sheets“: eine Liste von Blättern' }).max(1000),
});
export type LayoutMap = z.infer<typeof LayoutMapSchema>;

/**
 * A map from a file or from a user: the map, or the problems with it in words (German),
 * each with where it is ("sheets.0.header.columns.B").
 */
export function parseLayoutMap(json: unknown): { map: LayoutMap } | { problems: string[] } {
  const r = LayoutMapSchema.safeParse(json);
  if (r.success) return { map: r.data };
  return { problems: r.error.issues.map((i) => `${i.path.join('.') || '(Karte)'}: ${i.message}`) };
}
