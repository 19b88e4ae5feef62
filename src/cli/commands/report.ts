/**
 * `zielwerk report MAPPE.xlsx --kind nachfrage|konferenz|jahresbericht [--goal ID]
 * [--project NAME] -o BERICHT.docx`: a Word document from the workbook — the record of the next
 * status check (prefilled), the conference documentation of all goals, or a project's yearly
 * report — in the structure of its source documents, so `zielwerk import` reads it back.
 */
import { extname } from 'node:path';
import { buildReport, findProject, REPORT_KINDS, type ReportKind } from '../../core/documents/report';
import { extract } from '../../core/extract';
import { UserError } from '../../core/errors';
import { parseGoalId } from '../../core/goalId';
import { t } from '../../core/i18n';
import '../../core/i18n/documentsCli';
import { writeReportDocx } from '../../docx/write';
import { readWorkbookFile } from '../../xlsx/read';
import { writeBytesFile } from '../../xlsx/write';
import { UsageError } from '../args';
import type { Command } from './index';
import { LAYOUT_OPTION, layoutOption, oneFile, parseToday } from './shared';

export const reportCommand: Command = {
  name: 'report',
  aliases: ['bericht'],
  options: [
    { name: 'output', short: 'o', value: true },
    { name: 'kind', value: true },
    { name: 'goal', value: true },
    { name: 'project', value: true },
    { name: 'today', value: true },
    LAYOUT_OPTION,
  ],
  async run(ctx) {
    const input = oneFile(ctx);
    const kind = ctx.options.kind;
    if (typeof kind !== 'string' || !(REPORT_KINDS as string[]).includes(kind))
      throw new UsageError(`bad-kind:${kind === true || kind === undefined ? '' : kind}`);
    const output = typeof ctx.options.output === 'string' ? ctx.options.output : null;
    if (!output) throw new UsageError('missing-output');
    if (extname(output).toLowerCase() !== '.docx') throw new UsageError(`output-docx:${output}`);
    const today = parseToday(ctx.options.today);
    let goal: string | undefined;
    if (typeof ctx.options.goal === 'string') {
      const id = parseGoalId(ctx.options.goal);
      if (!id) throw new UsageError(`bad-goal:${ctx.options.goal}`);
      goal = id.id;
    }
    const project = typeof ctx.options.project === 'string' ? ctx.options.project : undefined;
    const layout = await layoutOption(ctx);
    const { grids } = await readWorkbookFile(input);
    const model = extract(grids, { layout });
    if (goal && !model.goals.some((g) => g.id === goal)) throw new UserError('report-no-goal', { goal, file: input });
    if (kind === 'jahresbericht' && !findProject(model, project)) {
      throw new UserError('report-no-project', {
        project: project ?? '',
        file: input,
        known: model.projects.map((p) => p.name).join('; ') || '–',
      });
    }
    const doc = buildReport(model, kind as ReportKind, { today, goal, project });
    await writeBytesFile(await writeReportDocx(doc), output);
    ctx.io.stdout(t(ctx.lang, 'report.done', { file: output }) + '\n');
    return 0;
  },
};
