/**
 * The model's fixed vocabularies (precisions, colours, ratings, sheet kinds …) as plain
 * constants. model.ts builds its zod schemas from them; runtime code imports them from here,
 * so the browser bundles (task pane, functions) need no zod.
 */
/** `holidays`: a period named by school holidays ("nach den Sommerferien 2019"), see dates/holidays.ts. */
export const PRECISIONS = [
  'day',
  'week',
  'month',
  'months',
  'quarter',
  'half',
  'season',
  'holidays',
  'schoolYear',
  'year',
  'none',
] as const;

export const DATE_ERRORS = [
  'empty',
  'unrecognized',
  'impossible-date',
  'invalid-month',
  'invalid-week',
  'missing-year',
  'invalid-number',
] as const;

export const COLORS = ['grün', 'blau'] as const;

/** Where a milestone stands (see extract/state.ts): done, in progress, open, postponed, cancelled. */
export const MILESTONE_STATES = ['done', 'in-progress', 'open', 'postponed', 'cancelled'] as const;

export const RATINGS = ['erreicht', 'teilweise erreicht', 'nicht erreicht', 'offen'] as const;

export const MENTION_FIELDS = ['title', 'shortTitle', 'color', 'lead', 'rating'] as const;

export const SHEET_KINDS = [
  'goal-form',
  'overview',
  'milestone-list',
  'partner-list',
  'status-log',
  'project',
  'generated',
  'skipped',
] as const;

/** What a reader found on a sheet (`extract --explain`): a goal block, a table of some kind, a title. */
export const REGION_KINDS = [
  'goal-block',
  'milestones',
  'checks',
  'milestone-list',
  'status-log',
  'status-rounds',
  'overview',
  'partner-list',
  'project',
  'title',
] as const;

export const SKIP_REASONS = ['no-goal-data', 'generated', 'empty', 'unreadable', 'not-a-worksheet', 'ignored'] as const;

export const READ_PROBLEMS = [
  'error-value',
  'formula-without-value',
  'unreadable-cell',
  'truncated-sheet',
  'missing-sheet',
  'goal-id-repaired',
  'goal-id-malformed',
  'goal-id-missing',
  'goal-id-as-number',
  // a layout map that no longer fits the workbook (layout/resolve.ts, extract/mapped.ts)
  'layout-unreadable',
  'layout-sheet-missing',
  'layout-header-moved',
  'layout-header-missing',
  'layout-nothing-read',
] as const;

/** How a written goal id had to be repaired to read it (see goalId.ts). */
export const ID_REPAIRS = ['leading-zero', 'separator', 'spaces', 'date-cell', 'time-cell', 'number-cell'] as const;

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The project fields a fact sheet or report states, by name (see extract/readers/project*.ts). */
export const PROJECT_FIELDS = [
  'description',
  'provider',
  'place',
  'region',
  'targetGroup',
  'module',
  'quarter',
  'period',
  'date',
  'contactName',
  'email',
  'phone',
  'web',
  'rating',
  'outlook',
  'remarks',
  'author',
  'goalRefs',
] as const;
