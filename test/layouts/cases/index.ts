/** All layout cases, one per layout family (two where a family has clearly different variants). */
import type { LayoutCase } from '../expect';
import { labelWords } from './label-words';
import { labelsLeft } from './labels-left';
import { master } from './master';
import { participants } from './participants';
import { questions } from './questions';
import { questionsTable } from './questions-table';
import { rounds } from './rounds';
import { roundsRows } from './rounds-rows';
import { stacked } from './stacked';
import { state } from './state';
import { wordPaste } from './word-paste';

export const CASES: LayoutCase[] = [
  stacked,
  labelsLeft,
  master,
  rounds,
  roundsRows,
  questions,
  questionsTable,
  labelWords,
  wordPaste,
  participants,
  state,
];
