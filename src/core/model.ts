/**
 * The Zielwerk model: goals, milestones, partners and vague dates, declared once as zod
 * schemas. TypeScript types are inferred from the schemas, so the JSON the CLI prints, the
 * data the task pane shows and the values the tests pin all share one definition.
 *
 * Every piece of data points back at the cell it was read from (`source`), so findings and
 * summaries can link to the exact place in the user's workbook.
 */
import { z } from 'zod';
import {
  PRECISIONS,
  DATE_ERRORS,
  COLORS,
  RATINGS,
  MENTION_FIELDS,
  MILESTONE_STATES,
  REGION_KINDS,
  SHEET_KINDS,
  SKIP_REASONS,
  READ_PROBLEMS,
  ID_REPAIRS,
  PROJECT_FIELDS,
} from './constants';

export {
  PRECISIONS,
  DATE_ERRORS,
  COLORS,
  RATINGS,
  MENTION_FIELDS,
  MILESTONE_STATES,
  SHEET_KINDS,
  SKIP_REASONS,
  READ_PROBLEMS,
} from './constants';

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A place in the workbook: sheet name and A1 address; in a model consolidated from several
 * workbooks (`zielwerk consolidate`), also the workbook `file` it is in.
 */
export const CellRefSchema = z.object({ sheet: z.string(), cell: z.string(), file: z.string().optional() });
export type CellRef = z.infer<typeof CellRefSchema>;

export const PrecisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof PrecisionSchema>;

/** `approx`: ca., etwa, Anfang, Mitte, Ende, seasons; `by`: bis, spätestens; `from`: ab, ab sofort. */
export const QualifierSchema = z.enum(['approx', 'by', 'from']).nullable();
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Why a date could not be read. Stable codes; messages live in src/core/i18n. */

export const DateErrorSchema = z.enum(DATE_ERRORS);
export type DateError = z.infer<typeof DateErrorSchema>;

/**
 * A date as people write it in tracking sheets: exact ("14.11.18"), a month ("Ca. 06/19"),
 * a period ("2. Halbjahr 2019", "Schuljahr 2020/21"), open ("Ab sofort") or unreadable.
 *
 * `start`/`end` are the first and last day the expression covers; both are null when the
 * text names no period ("Ab sofort") or could not be read (then `error` says why). `by`
 * ("bis 8/20") and `from` ("ab 09/19") keep the period of their anchor and say how it is meant.
 */
export const DateValueSchema = z.object({
  raw: z.string(),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  precision: PrecisionSchema,
  qualifier: QualifierSchema,
  /** Extended Date/Time Format (ISO 8601-2, level 1) form, where one exists. */
  edtf: z.string().optional(),
  /** A weekday was written next to the date and does not match it (ISO weekday 1 = Monday). */
  weekdayMismatch: z.object({ written: z.number().int().min(1).max(7), actual: z.number().int().min(1).max(7) }).optional(),
  /** Set when the date was found inside free text (the milestone's date cell was empty). */
  fromText: z.boolean().optional(),
  /**
   * Set when the text named no year ("2. Quartal", "Mai", "nach den Sommerferien") and the
   * year was taken from the sheet's or goal's period: the only year that puts the date
   * inside that period. `raw` stays as written.
   */
  yearAssumed: z.literal(true).optional(),
  error: DateErrorSchema.optional(),
});
export type DateValue = z.infer<typeof DateValueSchema>;

export const ColorSchema = z.enum(COLORS).nullable();
export type Color = z.infer<typeof ColorSchema>;

export const RatingSchema = z.enum(RATINGS).nullable();
export type Rating = z.infer<typeof RatingSchema>;

export const LeadSchema = z.object({
  name: z.string(),
  organization: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  source: CellRefSchema.optional(),
});
export type Lead = z.infer<typeof LeadSchema>;

/** Where a milestone stands: done, in progress, open, postponed or cancelled. */
export const MilestoneStateSchema = z.enum(MILESTONE_STATES);
export type MilestoneState = z.infer<typeof MilestoneStateSchema>;

export const MilestoneSchema = z.object({
  /** The goals this milestone belongs to (two on a shared sheet such as "Ziel 07:47 und 07.49"). */
  goalIds: z.array(z.string()),
  date: DateValueSchema.nullable(),
  text: z.string(),
  report: z.string().nullable(),
  responsible: z.string().nullable(),
  /**
   * Where it stands, from its status cell or else its report: any report that tells what
   * happened is done; "noch offen", "in Arbeit", "verschoben auf 03/20", "entfällt" say otherwise.
   */
  state: MilestoneStateSchema,
  /** The cell that says so (status or report); null when the row says nothing (open). */
  stateCell: z.string().nullable(),
  /** A postponed milestone's new date, when its text names one: it is due then. */
  newDate: DateValueSchema.nullable(),
  /** The row: its sheet and the cell in the table's first column. */
  source: CellRefSchema,
  /** Cells of the row's parts; null when the table has no such column. */
  cells: z.object({
    date: z.string().nullable(),
    text: z.string().nullable(),
    report: z.string().nullable(),
    responsible: z.string().nullable(),
    goal: z.string().nullable(),
    state: z.string().nullable(),
  }),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const StatusCheckSchema = z.object({
  date: DateValueSchema.nullable(),
  person: z.string().nullable(),
  text: z.string().nullable(),
  rating: RatingSchema,
  /** The cell of the check's date (or of its label when the date is missing). */
  source: CellRefSchema,
  /** The cell naming the person spoken to, when there is one. */
  personCell: z.string().nullable(),
});
export type StatusCheck = z.infer<typeof StatusCheckSchema>;

export const InterimGoalSchema = z.object({
  text: z.string().nullable(),
  due: DateValueSchema.nullable(),
  source: CellRefSchema,
});
export type InterimGoal = z.infer<typeof InterimGoalSchema>;

/** What one place in the workbook says about one property of a goal. */

export const MentionSchema = z.object({
  field: z.enum(MENTION_FIELDS),
  value: z.string(),
  source: CellRefSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

export const GoalSchema = z.object({
  /** Normalised id "7.47": Leitziel 7, Mittlerziel 47. */
  id: z.string(),
  leitziel: z.number().int(),
  mittlerziel: z.number().int(),
  title: z.string().nullable(),
  shortTitle: z.string().nullable(),
  color: ColorSchema,
  leads: z.array(LeadSchema),
  participants: z.array(z.string()),
  /** What the participants field says instead of naming anyone ("Siehe Liste", a sentence), when it names nobody. */
  participantsNote: z.string().nullable(),
  interimGoal: InterimGoalSchema.nullable(),
  notes: z.string().nullable(),
  statusChecks: z.array(StatusCheckSchema),
  rating: RatingSchema,
  milestones: z.array(MilestoneSchema),
  /** Where the goal is defined: its id heading on the goal sheet, else its overview row. */
  source: CellRefSchema,
  /** Every goal sheet that claims this id (more than one is a duplicate). */
  sheets: z.array(CellRefSchema),
  /** Every statement about the goal, with its cell; disagreements are kept, not resolved. */
  mentions: z.array(MentionSchema),
  /** Cells of the goal sheet's labels, so findings about missing values can point at them. */
  labels: z.object({
    lead: CellRefSchema.nullable(),
    participants: CellRefSchema.nullable(),
    interimGoal: CellRefSchema.nullable(),
    milestones: CellRefSchema.nullable(),
  }),
});
export type Goal = z.infer<typeof GoalSchema>;

export const PartnerSchema = z.object({
  /** Organisation. */
  name: z.string(),
  contact: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  goals: z.array(z.string()),
  source: CellRefSchema,
  cells: z.object({
    contact: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    goals: z.string().nullable(),
  }),
});
export type Partner = z.infer<typeof PartnerSchema>;

/** How a sheet was read. */

export const SheetKindSchema = z.enum(SHEET_KINDS);
export type SheetKind = z.infer<typeof SheetKindSchema>;

/** Something a reader found on a sheet: a goal block or a table, with its range and column roles. */
export const RegionSchema = z.object({
  kind: z.enum(REGION_KINDS),
  /** A1 range ("A1:C17"). */
  range: z.string(),
  goals: z.array(z.string()),
  /** For tables: the role of each column read ("date", "text 2" in a master sheet's second group, "round 2020-05"). */
  columns: z.array(z.object({ column: z.string(), role: z.string() })),
  /** The Excel Table's name, when the table is one. */
  listObject: z.string().nullable(),
});
export type Region = z.infer<typeof RegionSchema>;

export const SheetInfoSchema = z.object({
  sheet: z.string(),
  /** The workbook file, in a consolidated model. */
  file: z.string().optional(),
  kind: SheetKindSchema,
  visibility: z.enum(['visible', 'hidden', 'veryHidden']),
  goals: z.array(z.string()),
  /** For lists: the header row's first cell. For forms: the id heading. */
  anchor: z.string().nullable(),
  /** Share of the sheet's non-empty cells that Zielwerk understood (0–1). */
  coverage: z.number().min(0).max(1),
  /** Non-empty cells. */
  cells: z.number().int(),
  /** Cells not understood (at most the first 200; `unreadCount` has them all). */
  unread: z.array(z.string()),
  unreadCount: z.number().int(),
  /** `low` when the sheet's kind was guessed from weak evidence or much of it was not understood. */
  confidence: z.enum(['high', 'low']),
  regions: z.array(RegionSchema),
});
export type SheetInfo = z.infer<typeof SheetInfoSchema>;

export const SkippedSchema = z.object({
  sheet: z.string(),
  /** The workbook file, in a consolidated model. */
  file: z.string().optional(),
  reason: z.enum(SKIP_REASONS),
  visibility: z.enum(['visible', 'hidden', 'veryHidden']),
});
export type Skipped = z.infer<typeof SkippedSchema>;

/** Something in the workbook that could not be read as it stands. */

export const ReadProblemSchema = z.object({
  kind: z.enum(READ_PROBLEMS),
  sheet: z.string(),
  /** The workbook file, in a consolidated model. */
  file: z.string().optional(),
  cell: z.string(),
  value: z.string(),
  /** For repaired ids: the id that was assumed. */
  assumed: z.string().nullable(),
  /** For repaired ids: how the id was repaired ("07:47" typed into a time cell: time-cell). */
  repair: z.enum(ID_REPAIRS).optional(),
  goal: z.string().nullable(),
});
export type ReadProblem = z.infer<typeof ReadProblemSchema>;

/** A goal id named somewhere (milestone list, partner list, status log, sheet name). */
export const GoalRefSchema = z.object({
  id: z.string(),
  raw: z.string(),
  kind: z.enum(['milestone', 'partner', 'status-check', 'overview']),
  source: CellRefSchema,
});
export type GoalRef = z.infer<typeof GoalRefSchema>;

/** A partner of a project and its role ("Grundschule Radewig (Direktor: Reiner Denuccio)"). */
export const ProjectPartnerSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  source: CellRefSchema,
});
export type ProjectPartner = z.infer<typeof ProjectPartnerSchema>;

/** One of a project's own goals ("Ziel 1: …") with what the report says about it. */
export const ProjectGoalSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  report: z.string().nullable(),
  source: CellRefSchema,
});
export type ProjectGoal = z.infer<typeof ProjectGoalSchema>;

export type ProjectField = (typeof PROJECT_FIELDS)[number];
export { PROJECT_FIELDS };

/**
 * A project (fact sheet "Projektsteckbrief" and yearly report "Projektbericht"): who runs it
 * (Träger), where (Ort, Quartier), for whom (Zielgruppe), its contact and partners, its own
 * goals "Ziel 1 … n" with their reports, how far they were reached, the outlook and who wrote it.
 */
export const ProjectSchema = z.object({
  name: z.string(),
  description: z.string().nullable(),
  /** Träger / Projektträger. */
  provider: z.string().nullable(),
  /** Projektort. */
  place: z.string().nullable(),
  /** Kreis / kreisfreie Stadt. */
  region: z.string().nullable(),
  targetGroup: z.string().nullable(),
  module: z.string().nullable(),
  /** Quartier / Projektstandort. */
  quarter: z.string().nullable(),
  /** Laufzeit / Zeitraum / Schuljahr, as written. */
  period: z.string().nullable(),
  /** The date of the fact sheet or report ("Datum: 01.01.2019", "Paderborn, im Juni 2021"). */
  date: DateValueSchema.nullable(),
  contact: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), web: z.string().nullable() })
    .nullable(),
  partners: z.array(ProjectPartnerSchema),
  goals: z.array(ProjectGoalSchema),
  rating: RatingSchema,
  /** The rating as written ("Die angestrebten Ziele wurden teilweise erreicht."). */
  ratingText: z.string().nullable(),
  /** Ausblick. */
  outlook: z.string().nullable(),
  /** What else the report says beyond its goals. */
  remarks: z.string().nullable(),
  author: z.string().nullable(),
  /** Goals of the goal system the project names ("Mittlerziele: 7.47, 7.49"). */
  goalRefs: z.array(z.object({ id: z.string(), raw: z.string(), source: CellRefSchema })),
  /** The cell naming the project. */
  source: CellRefSchema,
  /** The sheets that describe it (a fact sheet and a report may be two). */
  sheets: z.array(z.string()),
  /** The cell of each field's value (or label), for findings. */
  cells: z.record(z.string(), CellRefSchema),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ModelSchema = z.object({
  goals: z.array(GoalSchema),
  /** Projects read from project fact sheets and reports (empty when the workbook has none). */
  projects: z.array(ProjectSchema),
  partners: z.array(PartnerSchema),
  /** Milestones and status checks whose goal id names no known goal. */
  orphans: z.object({
    milestones: z.array(MilestoneSchema),
    statusChecks: z.array(StatusCheckSchema.extend({ goalId: z.string() })),
  }),
  references: z.array(GoalRefSchema),
  sheets: z.array(SheetInfoSchema),
  skipped: z.array(SkippedSchema),
  problems: z.array(ReadProblemSchema),
});
export type Model = z.infer<typeof ModelSchema>;
