/**
 * `zielwerk summarize FILE.xlsx -o OUT.xlsx` and `zielwerk structure FILE.xlsx -o OUT.xlsx`:
 * write the summary sheets or the structured tables. The input file is only written with
 * --in-place, and then a backup FILE.bak.xlsx is kept first.
 */
import { resolve } from 'node:path';
import { extract } from '../../core/extract';
import { type Lang, t } from '../../core/i18n';
import {
  ALL_SUMMARY_SHEETS,
  cleanPlan,
  handEdits,
  readFingerprints,
  existingSheets,
  keyByName,
  readSnapshot,
  type SheetPlan,
  structure,
  summarize,
  summaryOptions,
  type SummaryKey,
} from '../../core/summarize';
import { SHEET_NAMES } from '../../core/summarize/names';
import { validate } from '../../core/validate';
import { type ReadResult, readWorkbookFile } from '../../xlsx/read';
import { applyPlanToPackage } from '../../xlsx/package';
import { backup, checkOutputExtension, checkOutputName, checkWritable, writeBytesFile } from '../../xlsx/write';
import { UserError } from '../../core/errors';
import { UsageError } from '../args';
import type { Command, CommandContext } from './index';
import { LAYOUT_OPTION, layoutOption, oneFile, parseToday } from './shared';

const OUTPUT_OPTIONS = [{ name: 'output', short: 'o', value: true }, { name: 'in-place' }, { name: 'force' }, LAYOUT_OPTION];

export const summarizeCommand: Command = {
  name: 'summarize',
  aliases: ['zusammenfassen'],
  options: [...OUTPUT_OPTIONS, { name: 'today', value: true }, { name: 'sheets', value: true }, { name: 'weeks', value: true }],
  async run(ctx) {
    const sheets = parseSheets(ctx.options.sheets, ctx.lang);
    const weeks = parseWeeks(ctx.options.weeks);
    const today = parseToday(ctx.options.today);
    return writePlan(ctx, (grids, model) => {
      const findings = validate(model, { today, lang: ctx.lang });
      return summarize(
        { model, findings, existing: existingSheets(grids), previous: readSnapshot(grids), fingerprints: readFingerprints(grids) },
        summaryOptions({ today, lang: ctx.lang, weeks, sheets }),
      );
    });
  },
};

export const structureCommand: Command = {
  name: 'structure',
  aliases: ['struktur'],
  options: [...OUTPUT_OPTIONS, { name: 'today', value: true }],
  async run(ctx) {
    const today = parseToday(ctx.options.today);
    return writePlan(ctx, (grids, model) =>
      structure(
        { model, existing: existingSheets(grids), previous: readSnapshot(grids), fingerprints: readFingerprints(grids) },
        summaryOptions({ today, lang: ctx.lang }),
      ),
    );
  },
};

export const cleanCommand: Command = {
  name: 'clean',
  aliases: ['bereinigen', 'entfernen'],
  options: OUTPUT_OPTIONS,
  async run(ctx) {
    return writePlan(ctx, (grids) => cleanPlan(existingSheets(grids), { today: parseToday(undefined), lang: ctx.lang }));
  },
};

async function writePlan(
  ctx: CommandContext,
  makePlan: (grids: ReadResult['grids'], model: ReturnType<typeof extract>) => SheetPlan,
): Promise<number> {
  const input = oneFile(ctx);
  const inPlace = ctx.options['in-place'] === true;
  const output = typeof ctx.options.output === 'string' ? ctx.options.output : inPlace ? input : null;
  if (!output) throw new UsageError('missing-output');
  if (resolve(output) === resolve(input) && !inPlace) throw new UsageError('output-is-input');
  const layout = await layoutOption(ctx);
  checkOutputExtension(output);
  const { grids, bytes } = await readWorkbookFile(input);
  checkOutputName(bytes, output);
  await checkWritable(output);
  const plan = makePlan(grids, extract(grids, { layout }));
  if (plan.sheets.length === 0 && !plan.remove?.length) {
    ctx.io.stdout(t(ctx.lang, 'cli.clean.nothing', { file: input }) + '\n');
    return 0;
  }
  // a generated sheet changed by hand is replaced only with --force
  const edits = handEdits(grids, plan, readFingerprints(grids));
  if (edits.length && ctx.options.force !== true) {
    const list = edits
      .map((e) => `„${e.sheet}“ ${e.cells.slice(0, 8).join(', ')}${e.cells.length > 8 ? ` (+${e.cells.length - 8})` : ''}`)
      .join('; ');
    throw new UserError('hand-edited', { file: input, list });
  }
  // the package writer adds Zielwerk's parts and keeps every other part of the file as it is
  const { bytes: written, report } = applyPlanToPackage(bytes, plan, output);
  if (resolve(output) === resolve(input)) ctx.io.stdout(t(ctx.lang, 'cli.write.backup', { file: await backup(input) }) + '\n');
  await writeBytesFile(written, output);
  const out: string[] = [t(ctx.lang, 'cli.write.done', { file: output })];
  for (const s of plan.sheets.filter((x) => x.visibility === 'visible')) {
    out.push(`  ${s.name}  (${t(ctx.lang, s.replaces ? 'cli.write.replaced' : 'cli.write.new')})`);
  }
  for (const name of plan.remove ?? []) out.push(`  ${name}  (${t(ctx.lang, 'cli.write.removed')})`);
  for (const sk of report.skipped) out.push(t(ctx.lang, `cli.write.skipped.${sk.feature}`, { sheet: sk.sheet, what: sk.reason }));
  ctx.io.stdout(out.join('\n') + '\n');
  return 0;
}

function parseSheets(value: string | true | undefined, lang: Lang): SummaryKey[] {
  if (value === undefined) return ALL_SUMMARY_SHEETS;
  const keys: SummaryKey[] = [];
  for (const name of String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const key = keyByName(name);
    if (!key || !(ALL_SUMMARY_SHEETS as string[]).includes(key)) {
      throw new UsageError(`bad-sheets:${name}|${ALL_SUMMARY_SHEETS.map((k) => SHEET_NAMES[k][lang]).join(', ')}`);
    }
    if (!keys.includes(key as SummaryKey)) keys.push(key as SummaryKey);
  }
  // always in the standard order
  return ALL_SUMMARY_SHEETS.filter((k) => keys.includes(k));
}

function parseWeeks(value: string | true | undefined): number {
  if (value === undefined) return 8;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 104) throw new UsageError(`bad-weeks:${String(value)}`);
  return n;
}
