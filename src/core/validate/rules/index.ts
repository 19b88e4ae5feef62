/**
 * Every validation rule, in the order a coordinator reads them: reading problems, the goal
 * system, milestones, status checks and contacts. Add a rule by adding its file and one
 * line here (and its message in src/core/i18n/rules.ts).
 */
import type { Rule } from '../rule';
import { colorUnknown } from './color-unknown';
import { dateImpossible } from './date-impossible';
import { dateOutsidePeriod } from './date-outside-period';
import { dateUnparseable } from './date-unparseable';
import { emailInvalid } from './email-invalid';
import { goalDescribedDifferently } from './goal-described-differently';
import { goalDuplicate } from './goal-duplicate';
import { goalInSeveralFiles } from './goal-in-several-files';
import { goalIdAsNumber } from './goal-id-as-number';
import { goalIdMalformed } from './goal-id-malformed';
import { goalIdOutOfRange } from './goal-id-out-of-range';
import { goalIdRepaired } from './goal-id-repaired';
import { goalWithoutInterimGoal } from './goal-without-interim-goal';
import { goalWithoutLead } from './goal-without-lead';
import { goalWithoutMilestones } from './goal-without-milestones';
import { goalWithoutParticipants } from './goal-without-participants';
import { importDiffers } from './import-differs';
import { interimDeadlinePassed } from './interim-deadline-passed';
import { layoutMapStale } from './layout-map-stale';
import { leadWithoutContact } from './lead-without-contact';
import { milestoneDateMissing } from './milestone-date-missing';
import { milestoneOverdue } from './milestone-overdue';
import { milestoneWithoutText } from './milestone-without-text';
import { milestonesAllUndated } from './milestones-all-undated';
import { mittlerzielReused } from './mittlerziel-reused';
import { nearDuplicateAcrossFiles } from './near-duplicate-across-files';
import { nearDuplicateName } from './near-duplicate-name';
import { phoneImplausible } from './phone-implausible';
import { projectFieldMissing } from './project-field-missing';
import { projectGoalReference } from './project-goal-reference';
import { projectRatingUnknown } from './project-rating-unknown';
import { readErrorValue } from './read-error-value';
import { readFormulaWithoutValue } from './read-formula-without-value';
import { readSheetMissing } from './read-sheet-missing';
import { readUnreadableCell } from './read-unreadable-cell';
import { reportLooksLikeDate } from './report-looks-like-date';
import { sheetHidden } from './sheet-hidden';
import { sheetPartlyRead } from './sheet-partly-read';
import { sheetSkipped } from './sheet-skipped';
import { sheetTruncated } from './sheet-truncated';
import { statusCheckMissing } from './status-check-missing';
import { statusCheckStale } from './status-check-stale';
import { unknownGoalReference } from './unknown-goal-reference';
import { weekdayMismatch } from './weekday-mismatch';

export const RULES: Rule[] = [
  // reading
  readErrorValue,
  readFormulaWithoutValue,
  readUnreadableCell,
  readSheetMissing,
  sheetTruncated,
  sheetSkipped,
  sheetHidden,
  sheetPartlyRead,
  layoutMapStale,
  // goal system
  goalIdRepaired,
  goalIdMalformed,
  goalIdAsNumber,
  goalIdOutOfRange,
  mittlerzielReused,
  goalDuplicate,
  unknownGoalReference,
  goalWithoutLead,
  leadWithoutContact,
  goalWithoutParticipants,
  goalWithoutInterimGoal,
  goalWithoutMilestones,
  milestonesAllUndated,
  goalDescribedDifferently,
  colorUnknown,
  // milestones
  milestoneDateMissing,
  dateUnparseable,
  dateImpossible,
  weekdayMismatch,
  dateOutsidePeriod,
  milestoneWithoutText,
  milestoneOverdue,
  reportLooksLikeDate,
  interimDeadlinePassed,
  // status checks and contacts
  statusCheckMissing,
  statusCheckStale,
  emailInvalid,
  phoneImplausible,
  nearDuplicateName,
  // across the files of a consolidation (nothing to find in one workbook)
  goalInSeveralFiles,
  nearDuplicateAcrossFiles,
  // projects
  projectFieldMissing,
  projectRatingUnknown,
  projectGoalReference,
  // a document read for import, against the workbook (only with `imported`)
  importDiffers,
];

/** The checks across files that `zielwerk consolidate` runs over the models of all files. */
export const CROSS_FILE_RULES: Rule[] = [goalInSeveralFiles, nearDuplicateAcrossFiles];
