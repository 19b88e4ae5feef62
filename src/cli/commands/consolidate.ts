/**
 * `zielwerk consolidate FILE… | DIR -o gesamt.xlsx [--today JJJJ-MM-TT] [--json]`: every working
 * group's workbook into one state of the goal system. The workbooks are read in parallel
 * (worker threads, one per core), a file that cannot be read is listed with its reason and the
 * others are consolidated; the output is a new workbook (Übersicht with the source of each
 * goal, Dateien, Fällig, Partner, Prüfbericht). Exit 1 when a file could not be read or errors
 * were found, 2 for wrong usage.
 */
import { promises as fs } from 'node:fs';
import { extname, resolve } from 'node:path';
import { type Consolidated, consolidate, isZielwerkOutput, type ReadSettings } from '../../core/consolidate';
import { consolidatedPlan } from '../../core/consolidate/plan';
import { extract } from '../../core/extract';
import { pad, truncate } from '../../core/format';
import { type Lang, t } from '../../core/i18n';
import { summaryOptions } from '../../core/summarize';
import { countFindings } from '../../core/validate';
import { newWorkbookWith } from '../../xlsx/empty';
import { readWorkbookFile } from '../../xlsx/read';
import { writeBytesFile } from '../../xlsx/write';
import { UsageError } from '../args';
import { collectInputs, hrefFrom, type Input } from '../consolidate/inputs';
import { readAll, threadsFor } from '../consolidate/pool';
import { progress } from '../consolidate/progress';
import type { Command } from './index';
import { LAYOUT_OPTION, layoutOption, parseToday, printJson } from './shared';

export const consolidateCommand: Command = {
  name: 'consolidate',
  aliases: ['zusammenführen', 'zusammenfuehren'],
  options: [{ name: 'output', short: 'o', value: true }, { name: 'today', value: true }, { name: 'json' }, LAYOUT_OPTION],
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('missing-input');
    const output = typeof ctx.options.output === 'string' ? ctx.options.output : null;
    const json = ctx.options.json === true;
    if (!output && !json) throw new UsageError('missing-output-consolidate');
    if (output && extname(output).toLowerCase() !== '.xlsx') throw new UsageError(`consolidate-extension:${output}`);
    const today = parseToday(ctx.options.today);
    const inputs = await collectInputs(ctx.positionals, output);
    if (inputs.length === 0) throw new UsageError(`no-workbooks:${ctx.positionals.join(' ')}`);
    if (output) {
      if (inputs.some((i) => i.path === resolve(output))) throw new UsageError('output-is-input');
      await refuseForeignOutput(output);
    }
    // options passed to extract in every worker (readOne) go into the settings: a layout map
    // made for one group's workbook reads the other groups' copies of the same template
    const layout = await layoutOption(ctx);
    const settings: ReadSettings = { today, lang: ctx.lang, ...(layout ? { extract: { layout } } : {}) };
    const bar = progress(ctx.io, inputs.length, ctx.io.columns ?? 80);
    const { c, sheets: written } = await consolidateFiles(inputs, settings, output, (input, done) => bar.step(input.label, done)).finally(
      () => bar.end(),
    );
    if (json) printJson(ctx, { files: c.files, ...c.model, findings: c.findings, counts: countFindings(c.findings) });
    else ctx.io.stdout(renderConsolidation(c, inputs, output, written, ctx.lang, ctx.io.columns));
    const failed = c.files.some((f) => f.status === 'failed');
    return failed || countFindings(c.findings).error > 0 ? 1 : 0;
  },
};

export interface ConsolidateRun {
  c: Consolidated;
  /** The sheets written (none without an output). */
  sheets: string[];
  /** Wall time of reading every file in parallel, until the last model arrived. */
  readMs: number;
  /** Merging, planning and writing the output after that. */
  writeMs: number;
  threads: number;
}

/** Reads the inputs in parallel, consolidates them and writes the output workbook (when one is given). */
export async function consolidateFiles(
  inputs: Input[],
  settings: ReadSettings,
  output: string | null,
  onDone: (input: Input, done: number) => void = () => undefined,
): Promise<ConsolidateRun> {
  const t0 = performance.now();
  const outcomes = await readAll(inputs, settings, onDone);
  const t1 = performance.now();
  const c = consolidate(outcomes, settings);
  let sheets: string[] = [];
  if (output) {
    const hrefs: Record<string, string> = {};
    for (const i of inputs) hrefs[i.label] = hrefFrom(output, i.path);
    const plan = consolidatedPlan(c, [], summaryOptions({ today: settings.today, lang: settings.lang, sources: { hrefs } }));
    await writeBytesFile(newWorkbookWith(plan, output).bytes, output);
    sheets = plan.sheets.map((s) => s.name);
  }
  return { c, sheets, readMs: t1 - t0, writeMs: performance.now() - t1, threads: threadsFor(inputs.length) };
}

/** An existing output is replaced only when it is an earlier consolidation (every sheet Zielwerk's). */
async function refuseForeignOutput(output: string): Promise<void> {
  const st = await fs.stat(output).catch(() => null);
  if (!st) return;
  const ours = await readWorkbookFile(output).then(
    ({ grids }) => isZielwerkOutput(extract(grids)),
    () => false,
  );
  if (!ours) throw new UsageError(`output-exists:${output}`);
}

/** The files, one line each, and the totals. */
export function renderConsolidation(
  c: Consolidated,
  inputs: Input[],
  output: string | null,
  sheets: string[],
  lang: Lang,
  width?: number,
): string {
  const L = (k: string, p?: Record<string, string | number>) => t(lang, k, p);
  const nameW = Math.min(40, Math.max(10, ...c.files.map((f) => [...f.file].length)));
  const out: string[] = [L('cli.consolidate.title', { files: inputs.length, threads: threadsFor(inputs.length) }), ''];
  out.push(`  ${pad(L('files.col.file'), nameW)}  ${L('cli.consolidate.header')}`);
  for (const f of c.files) {
    const name = pad(truncate(f.file, nameW), nameW);
    if (f.status !== 'read') {
      const line = `  ${name}  ${L(`consolidate.status.${f.status}`)}: ${f.note ?? ''}`;
      out.push(width ? truncate(line, Math.max(60, width)) : line);
      continue;
    }
    const pct = `${Math.round((f.coverage ?? 0) * 100)} %`;
    out.push(
      `  ${name}  ${String(f.goals.length).padStart(5)}  ${pct.padStart(10)}  ${String(f.counts.error).padStart(6)}  ${String(f.counts.warning).padStart(9)}  ${String(f.counts.info).padStart(8)}` +
        (f.note ? `  (${L('cli.consolidate.open')})` : ''),
    );
  }
  const read = c.files.filter((f) => f.status === 'read').length;
  const counts = countFindings(c.findings);
  out.push('', L('cli.consolidate.total', { goals: c.model.goals.length, read, files: c.files.length, partners: c.model.partners.length }));
  out.push(L('cli.validate.total', { ...counts, total: c.findings.length }));
  const failed = c.files.filter((f) => f.status === 'failed').length;
  if (failed) out.push(L('cli.consolidate.failed', { count: failed }));
  if (output) out.push(L('cli.write.done', { file: output }) + ` (${sheets.join(', ')})`);
  return out.join('\n') + '\n';
}
