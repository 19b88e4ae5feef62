/**
 * `zielwerk import DOC.docx|DOC.txt -o NEU.xlsx` (a new workbook) or `--into MAPPE.xlsx`
 * (added to a workbook; written to -o, or with --in-place to the workbook itself after a
 * backup): goal documentation and status-check records become goal sheets in the template
 * layout and rows of a status log, a project fact sheet or report a project sheet. Existing
 * sheets are never overwritten: a goal that already has a sheet is left out and its differences
 * are listed (rule import-differs); --beside writes it as an "(Import)" sheet beside it.
 */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { documentModel, type ImportedDocument, importPlan, readDocument } from '../../core/documents';
import { extract } from '../../core/extract';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import '../../core/i18n/documentsCli';
import type { Model } from '../../core/model';
import { validate } from '../../core/validate';
import { importDiffers } from '../../core/validate/rules/import-differs';
import { readDocumentBytes } from '../../docx/read';
import { blankWorkbook, PLACEHOLDER_SHEET } from '../../xlsx/blank';
import { applyPlanToPackage } from '../../xlsx/package';
import { readWorkbookFile } from '../../xlsx/read';
import { backup, checkOutputName, writeBytesFile } from '../../xlsx/write';
import { UsageError } from '../args';
import type { Command, CommandContext } from './index';
import { LAYOUT_OPTION, layoutOption, oneFile, parseToday } from './shared';

/** Reads a document file (the file side; src/docx reads the bytes). */
export async function readDocumentFile(file: string) {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new UserError(st.isDirectory() ? 'is-directory' : 'not-a-file', { file });
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('file-not-found', { file }, e);
    throw new UserError('file-unreadable', { file, reason: code ?? String(e) }, e);
  }
  return readDocumentBytes(bytes, file);
}

export const importCommand: Command = {
  name: 'import',
  aliases: ['einlesen'],
  options: [
    { name: 'output', short: 'o', value: true },
    { name: 'into', value: true },
    { name: 'in-place' },
    { name: 'beside' },
    { name: 'today', value: true },
    { name: 'json' },
    LAYOUT_OPTION,
  ],
  async run(ctx) {
    const docFile = oneFile(ctx);
    const into = typeof ctx.options.into === 'string' ? ctx.options.into : null;
    const inPlace = ctx.options['in-place'] === true;
    if (inPlace && !into) throw new UsageError('in-place-without-into');
    const output = typeof ctx.options.output === 'string' ? ctx.options.output : inPlace ? into : null;
    if (!output) throw new UsageError('missing-output');
    if (into && resolve(output) === resolve(into) && !inPlace) throw new UsageError('output-is-input');
    const today = parseToday(ctx.options.today);
    const doc = readDocument(await readDocumentFile(docFile));
    if (doc.kind === 'unknown') throw new UserError('doc-nothing', { file: docFile });

    let bytes: Uint8Array;
    let model: Model | null = null;
    let names: string[] = [];
    if (into) {
      const read = await readWorkbookFile(into);
      bytes = read.bytes;
      model = extract(read.grids, { layout: await layoutOption(ctx) });
      names = read.grids.map((g) => g.name);
      checkOutputName(bytes, output);
    } else {
      bytes = blankWorkbook();
      names = [PLACEHOLDER_SHEET];
    }
    const o = { lang: ctx.lang, today, beside: ctx.options.beside === true };
    const planned = importPlan(doc, { model, names, placeholder: into ? undefined : PLACEHOLDER_SHEET }, o);
    const imported = documentModel(doc, o);
    const differences = model ? validate(model, { today, lang: ctx.lang, rules: [importDiffers], imported }) : [];
    if (ctx.options.json) {
      ctx.io.stdout(
        JSON.stringify(
          {
            kind: doc.kind,
            goals: imported.goals,
            projects: imported.projects,
            sheets: planned.plan.sheets.map((s) => s.name),
            differences,
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      ctx.io.stdout(describe(ctx, docFile, doc, imported).join('\n') + '\n');
    }
    const lines: string[] = [];
    for (const s of planned.existing) {
      const ids = s.ids.map((x) => x.id).join(', ');
      lines.push(
        t(ctx.lang, 'import.exists', { ids, beside: t(ctx.lang, ctx.options.beside ? 'import.exists.beside' : 'import.exists.hint') }),
      );
    }
    if (differences.length && !ctx.options.json) {
      lines.push(t(ctx.lang, 'import.differences'));
      for (const f of differences) lines.push(`  ${f.sheet}!${f.cell}  ${f.message}`);
    }
    if (!planned.plan.sheets.length) {
      lines.push(t(ctx.lang, 'import.nothing-written'));
      if (!ctx.options.json) ctx.io.stdout(lines.join('\n') + '\n');
      return 0;
    }
    const { bytes: written } = applyPlanToPackage(bytes, planned.plan, into ?? output);
    if (into && resolve(output) === resolve(into)) lines.unshift(t(ctx.lang, 'cli.write.backup', { file: await backup(into) }));
    await writeBytesFile(written, output);
    lines.push(t(ctx.lang, 'cli.write.done', { file: output }));
    for (const s of planned.plan.sheets) lines.push(t(ctx.lang, 'import.sheet', { sheet: s.name }));
    if (!ctx.options.json) ctx.io.stdout(lines.join('\n') + '\n');
    return 0;
  },
};

/** What the document holds, as the workbook will read it. */
function describe(ctx: CommandContext, file: string, doc: ImportedDocument, imported: Model): string[] {
  const L = (k: string, p?: Record<string, string | number>) => t(ctx.lang, k, p);
  const out = [L('import.read', { file, kind: L(`import.kind.${doc.kind}`) })];
  for (const g of imported.goals) {
    out.push(
      L('import.goal', {
        ids: g.id,
        lead: g.leads.map((l) => l.name).join(', ') || L('import.none'),
        participants: g.participants.length,
        interim: L(g.interimGoal?.text ? 'import.yes' : 'import.no'),
        milestones: g.milestones.length,
      }),
    );
    for (const c of g.statusChecks) out.push(L('import.check', { date: c.date?.raw ?? '', person: c.person ?? '' }));
  }
  for (const p of imported.projects) out.push(L('import.project', { name: p.name, goals: p.goals.length, partners: p.partners.length }));
  return out;
}
