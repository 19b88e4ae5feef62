/**
 * A finding is data: which rule, how severe, the exact cell, the goal, the value found and
 * a message in the user's language. Rules detect; rendering (CLI text, JSON, task pane,
 * report sheet) is a separate step.
 */
import { z } from 'zod';
import { CellRefSchema, type IsoDate } from '../model';

import { SEVERITIES } from '../constants';

export { SEVERITIES };
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = (typeof SEVERITIES)[number];

export const FindingSchema = z.object({
  /** Stable kebab-case rule id, e.g. "milestone-overdue". */
  rule: z.string().regex(/^[a-z]+(?:-[a-z0-9]+)*$/),
  severity: SeveritySchema,
  sheet: z.string(),
  /** The workbook file, when findings of several workbooks are consolidated. */
  file: z.string().optional(),
  /** A1 address of the offending cell, or of the label when a value is missing. */
  cell: z.string(),
  goal: z.string().nullable(),
  message: z.string(),
  /** What was found (raw text), or null when something is missing. */
  value: z.string().nullable(),
  /** Other cells involved (the second name of a near-duplicate, the other description). */
  related: z.array(CellRefSchema).optional(),
  /**
   * Set when Zielwerk is unsure of its own reading: the sheet's kind was guessed from weak
   * evidence, or a missing value was looked for on a sheet it did not fully read. The message
   * says so, and an error is only a warning then.
   */
  uncertain: z.boolean().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What a rule reports: a finding without its rendered message. */
export interface Detection {
  sheet: string;
  /** The workbook file, for checks across the files of a consolidation. */
  file?: string;
  cell: string;
  goal: string | null;
  value: string | null;
  /** Parameters for the rule's message template. */
  params?: Record<string, string | number>;
  /** Message variant: the rule's message key gets ".<variant>" appended. */
  variant?: string;
  related?: { sheet: string; cell: string }[];
  /** Overrides the rule's default severity (e.g. a repaired id that is only a leading zero). */
  severity?: Severity;
}

/** Settings that rules read. All have defaults (see DEFAULT_OPTIONS). */
export interface ValidateOptions {
  /** The reference day for overdue and stale checks. */
  today: IsoDate;
  /** Allowed Leitziel and Mittlerziel numbers. */
  bounds: { leitziel: [number, number]; mittlerziel: [number, number] };
  /** Dates outside this period are suspicious. */
  period: { from: IsoDate; to: IsoDate };
  /** A status check older than this many months is stale (May/November cadence: 6). */
  staleMonths: number;
  /** A document's goals as an import would write them (rule import-differs compares them). */
  imported?: import('../model').Model;
}

export { DEFAULT_BOUNDS, DEFAULT_PERIOD } from './defaults';
