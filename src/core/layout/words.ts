/**
 * The vocabulary of layout maps, as plain constants (no zod: the task pane's first view and
 * extraction read stored maps with them; schema.ts builds the zod schema from them).
 */

/** What a sheet is: a goal sheet, several goals, a table of one kind, a project sheet, or nothing to read. */
export const LAYOUT_KINDS = [
  'goal-sheet',
  'goal-blocks',
  'milestone-list',
  'overview',
  'status-log',
  'partner-list',
  'project',
  'ignore',
] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

/** The roles a mapped column can play (the reader's column roles, plus "round" and "ignore"). */
export const LAYOUT_ROLES = [
  'goalId',
  'goals',
  'shortTitle',
  'title',
  'color',
  'lead',
  'lastCheck',
  'rating',
  'date',
  'text',
  'report',
  'responsible',
  'state',
  'participants',
  'interimGoal',
  'notes',
  'organization',
  'contact',
  'email',
  'phone',
  'person',
  'checkText',
  'checkDate',
  'round',
  'ignore',
] as const;
export type LayoutRole = (typeof LAYOUT_ROLES)[number];
