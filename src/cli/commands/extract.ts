/** `zielwerk extract FILE.xlsx [--json]` — what Zielwerk reads from a workbook. */
import { basename } from 'node:path';
import { extract } from '../../core/extract';
import { formatDate, pad, truncate } from '../../core/format';
import { type Lang, t } from '../../core/i18n';
import type { Model } from '../../core/model';
import { readWorkbookFile } from '../../xlsx/read';
import type { Command } from './index';
import { oneFile, printJson } from './shared';

export const extractCommand: Command = {
  name: 'extract',
  options: [{ name: 'json' }],
  async run(ctx) {
    const file = oneFile(ctx);
    const { grids } = await readWorkbookFile(file);
    const model = extract(grids);
    if (ctx.options.json) printJson(ctx, model);
    else ctx.io.stdout(renderModel(model, basename(file), ctx.lang, Math.max(60, Math.min(ctx.io.columns ?? 100, 140))));
    return 0;
  },
};

/** A readable summary of the model: sheets, then each goal with its milestone table. */
export function renderModel(model: Model, file: string, lang: Lang, width = 100): string {
  const out: string[] = [];
  const none = t(lang, 'cli.extract.none');
  out.push(t(lang, 'cli.extract.title', { file }));
  const kinds = new Map<string, number>();
  for (const s of model.sheets) if (s.kind !== 'skipped' && s.kind !== 'generated') kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  out.push(
    ...wrap(
      t(lang, 'cli.extract.sheets', {
        count: model.sheets.length,
        kinds: [...kinds].map(([k, n]) => `${n} × ${t(lang, `sheet.${k}`)}`).join(', ') || none,
      }),
      width,
    ),
  );
  if (model.skipped.length) {
    out.push(
      ...wrap(
        t(lang, 'cli.extract.skipped', { list: model.skipped.map((s) => `${s.sheet} (${t(lang, `skip.${s.reason}`)})`).join(', ') }),
        width,
      ),
    );
  }
  const milestones = new Set(model.goals.flatMap((g) => g.milestones)).size + model.orphans.milestones.length;
  out.push(t(lang, 'cli.extract.totals', { goals: model.goals.length, milestones, partners: model.partners.length }));

  const dateW = 18;
  const reportW = Math.max(16, Math.floor((width - dateW - 6) * 0.3));
  const textW = width - dateW - reportW - 6;
  for (const g of model.goals) {
    out.push('');
    const head = [t(lang, 'cli.extract.goal', { id: g.id }), g.shortTitle ?? g.title ?? '', g.color ? `(${g.color})` : '']
      .filter(Boolean)
      .join('  ');
    out.push(truncate(head, width));
    const lead = g.leads
      .map((l) =>
        [l.name, l.organization && l.organization !== l.name ? l.organization : null, l.email, l.phone].filter(Boolean).join(', '),
      )
      .join('; ');
    out.push(`  ${t(lang, 'cli.extract.lead')}: ${truncate(lead || none, width - 18)}`);
    out.push(`  ${t(lang, 'cli.extract.participants')}: ${truncate(g.participants.join(', ') || none, width - 16)}`);
    if (g.interimGoal) {
      const due = g.interimGoal.due ? ` (${formatDate(g.interimGoal.due, lang)})` : '';
      out.push(`  ${t(lang, 'cli.extract.interim')}${due}: ${truncate(g.interimGoal.text ?? none, width - 30)}`);
    }
    const last = g.statusChecks[g.statusChecks.length - 1];
    if (last) out.push(`  ${t(lang, 'cli.extract.statusCheck')}: ${formatDate(last.date, lang)}${last.person ? ` (${last.person})` : ''}`);
    if (g.rating) out.push(`  ${t(lang, 'cli.extract.rating')}: ${g.rating}`);
    if (g.milestones.length === 0) {
      out.push(`  ${t(lang, 'cli.extract.noMilestones')}`);
      continue;
    }
    out.push(
      `  ${pad(t(lang, 'cli.extract.col.date'), dateW)}  ${pad(t(lang, 'cli.extract.col.text'), textW)}  ${t(lang, 'cli.extract.col.report')}`,
    );
    for (const m of g.milestones) {
      let date = m.date ? formatDate(m.date, lang) : none;
      if (m.date?.fromText) date += '*';
      if (m.date?.error) date = `✗ ${m.date.raw}`;
      out.push(
        `  ${pad(truncate(date, dateW), dateW)}  ${pad(truncate(m.text || none, textW), textW)}  ${truncate(m.report ?? none, reportW)}`,
      );
    }
  }
  if (model.goals.some((g) => g.milestones.some((m) => m.date?.fromText))) {
    out.push('', `* ${t(lang, 'date.fromText')}`);
  }
  if (model.orphans.milestones.length) out.push('', t(lang, 'cli.extract.orphans', { count: model.orphans.milestones.length }));
  if (model.partners.length) {
    out.push('', t(lang, 'cli.extract.partners') + ':');
    for (const p of model.partners) {
      out.push(
        truncate(
          `  ${p.name}${p.contact ? ` – ${p.contact}` : ''}${p.email ? `, ${p.email}` : ''}${p.phone ? `, ${p.phone}` : ''}  [${p.goals.join(', ')}]`,
          width,
        ),
      );
    }
  }
  if (model.problems.length) out.push('', t(lang, 'cli.extract.problems', { count: model.problems.length }));
  return out.map((l) => truncate(l, width)).join('\n') + '\n';
}

/** Breaks a long "label: a, b, c" line after commas, indenting continuation lines. */
function wrap(line: string, width: number): string[] {
  if ([...line].length <= width) return [line];
  const lines: string[] = [];
  let cur = '';
  for (const part of line.split(/(?<=, )/)) {
    if (cur && [...(cur + part)].length > width) {
      lines.push(cur.trimEnd());
      cur = '    ';
    }
    cur += part;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}
