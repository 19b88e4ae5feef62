/**
 * `zielwerk layout FILE.xlsx [--json]` — how each sheet is read, detected or as the layout map
 * says; `--set MAP.json` stores a map in the workbook (a copy with -o, or the file itself with
 * --in-place after a backup). The map's JSON is the one `--json` prints.
 */
import { basename, resolve } from 'node:path';
import { extract } from '../../core/extract';
import { roleLabel } from '../../core/extract/roles';
import { truncate } from '../../core/format';
import { type Lang, t } from '../../core/i18n';
import { describeLayout, type SheetLayoutRead } from '../../core/layout/describe';
import { resolveLayout } from '../../core/layout/resolve';
import { LAYOUT_SHEET, layoutSheet, withFingerprints } from '../../core/layout/store';
import { readWorkbookFile } from '../../xlsx/read';
import { applyPlanToPackage } from '../../xlsx/package';
import { backup, checkOutputName, writeBytesFile } from '../../xlsx/write';
import { UsageError } from '../args';
import type { Command, CommandContext } from './index';
import { LAYOUT_OPTION, layoutOption, oneFile, parseToday, printJson, readLayoutFile } from './shared';

export const layoutCommand: Command = {
  name: 'layout',
  aliases: ['lesart'],
  options: [
    { name: 'json' },
    { name: 'set', value: true },
    { name: 'output', short: 'o', value: true },
    { name: 'in-place' },
    LAYOUT_OPTION,
  ],
  async run(ctx) {
    const file = oneFile(ctx);
    if (ctx.options.set !== undefined) return setLayout(ctx, file);
    const given = await layoutOption(ctx);
    const { grids } = await readWorkbookFile(file);
    const resolved = resolveLayout(grids, given);
    const model = extract(grids, { layout: given });
    const reads = describeLayout(model, grids, resolved.map);
    if (ctx.options.json) {
      // a map to adjust and store: each entry says how the sheet is read now (ignored by --set)
      const sheets = reads.flatMap((r) =>
        r.entry ? [{ ...r.entry, read: r.source, coverage: Math.round(r.coverage * 1000) / 1000 }] : [],
      );
      printJson(ctx, { version: 1, sheets });
      return 0;
    }
    const source =
      resolved.source === 'given'
        ? t(ctx.lang, 'cli.layout.source.given', { file: String(ctx.options.layout) })
        : t(ctx.lang, resolved.source === 'stored' ? 'cli.layout.source.stored' : 'cli.layout.source.none');
    const width = Math.max(60, Math.min(ctx.io.columns ?? 100, 140));
    ctx.io.stdout(renderLayout(reads, model.skipped, basename(file), source, ctx.lang, width));
    return 0;
  },
};

/** The text report: a few lines per sheet. */
export function renderLayout(
  reads: SheetLayoutRead[],
  skipped: { sheet: string; reason: string }[],
  file: string,
  source: string,
  lang: Lang,
  width = 100,
): string {
  const out: string[] = [t(lang, 'cli.layout.title', { file }), source, ''];
  const coverage = (r: SheetLayoutRead) => Math.round(r.coverage * 100);
  for (const r of reads) {
    const e = r.entry;
    if (!e) {
      // content that no reader understood: where a map helps most
      if (skipped.some((s) => s.sheet === r.sheet && s.reason === 'no-goal-data')) {
        out.push(t(lang, 'cli.layout.none', { sheet: r.sheet, coverage: coverage(r) }));
      }
      continue;
    }
    const sheet = e.sheet;
    if (e.kind === 'ignore') {
      out.push(t(lang, 'cli.layout.ignored', { sheet }));
      continue;
    }
    const how = t(lang, `cli.layout.how.${r.source === 'mapped' ? 'mapped' : 'detected'}`);
    out.push(t(lang, 'cli.layout.sheet', { sheet, kind: t(lang, `layout.kind.${e.kind}`), how, coverage: coverage(r) }));
    if (e.goal) out.push(`  ${t(lang, 'cli.layout.goal', { goal: e.goal })}`);
    if (e.header) {
      const columns = Object.entries(e.header.columns)
        .map(([col, role]) => `${col} ${roleName(lang, role)}`)
        .join(' · ');
      out.push(`  ${t(lang, 'cli.layout.header', { row: e.header.row, columns })}`);
    }
    const fields = Object.entries(e.fields ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([f, v]) => `${t(lang, `layout.field.${f}`)} = ${Array.isArray(v) ? v.map((w) => `„${w}“`).join(', ') : v}`);
    if (fields.length) out.push(`  ${t(lang, 'cli.layout.fields', { fields: fields.join('; ') })}`);
  }
  out.push('', t(lang, 'cli.layout.hint', { file }));
  return out.map((l) => truncate(l, width)).join('\n') + '\n';
}

function roleName(lang: Lang, role: string): string {
  if (role === 'round' || role === 'ignore') return t(lang, `layout.role.${role}`);
  return roleLabel(lang, role);
}

/** `--set MAP.json`: stores the map in a copy or, with --in-place, in the file (after a backup). */
async function setLayout(ctx: CommandContext, input: string): Promise<number> {
  const inPlace = ctx.options['in-place'] === true;
  const output = typeof ctx.options.output === 'string' ? ctx.options.output : inPlace ? input : null;
  if (!output) throw new UsageError('missing-output');
  if (resolve(output) === resolve(input) && !inPlace) throw new UsageError('output-is-input');
  if (ctx.options.set === true) throw new UsageError('missing-value:--set');
  const map = await readLayoutFile(String(ctx.options.set));
  const { grids, bytes } = await readWorkbookFile(input);
  checkOutputName(bytes, output);
  const { map: stored, missing } = withFingerprints(map, grids);
  // a sheet the workbook does not have: a typing error, most likely
  if (missing.length) throw new UsageError(`layout-unknown-sheets:${missing.join(', ')}`);
  const plan = {
    lang: ctx.lang,
    today: parseToday(undefined),
    sheets: [
      {
        ...layoutSheet(stored, ctx.lang),
        replaces: grids.some((g) => g.name === LAYOUT_SHEET) ? LAYOUT_SHEET : null,
        position: grids.length,
      },
    ],
  };
  const { bytes: written } = applyPlanToPackage(bytes, plan, output);
  if (resolve(output) === resolve(input)) ctx.io.stdout(t(ctx.lang, 'cli.write.backup', { file: await backup(input) }) + '\n');
  await writeBytesFile(written, output);
  ctx.io.stdout(t(ctx.lang, 'cli.layout.stored', { file: output, n: stored.sheets.length }) + '\n');
  // how the workbook reads now
  const model = extract(grids, { layout: stored });
  const reads = describeLayout(model, grids, stored);
  const width = Math.max(60, Math.min(ctx.io.columns ?? 100, 140));
  ctx.io.stdout('\n' + renderLayout(reads, model.skipped, basename(output), t(ctx.lang, 'cli.layout.source.stored'), ctx.lang, width));
  return 0;
}
