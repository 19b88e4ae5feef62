/**
 * `zielwerk extract FILE.xlsx [--json] [--explain]` — what Zielwerk reads from a workbook;
 * with --explain, how it read each sheet: kind, blocks and tables with their column roles,
 * coverage and the cells it did not understand.
 */
import { basename } from 'node:path';
import { extract } from '../../core/extract';
import { roleLabel } from '../../core/extract/roles';
import { formatDate, pad, truncate } from '../../core/format';
import { type Lang, t } from '../../core/i18n';
import '../../core/i18n/documentsCli';
import type { Model } from '../../core/model';
import { readWorkbookFile } from '../../xlsx/read';
import type { Command } from './index';
import { LAYOUT_OPTION, layoutOption, oneFile, printJson } from './shared';

export const extractCommand: Command = {
  name: 'extract',
  aliases: ['auslesen'],
  options: [{ name: 'json' }, { name: 'explain' }, LAYOUT_OPTION],
  async run(ctx) {
    const file = oneFile(ctx);
    const layout = await layoutOption(ctx);
    const { grids } = await readWorkbookFile(file);
    const model = extract(grids, { layout });
    const width = Math.max(60, Math.min(ctx.io.columns ?? 100, 140));
    if (ctx.options.json) printJson(ctx, ctx.options.explain ? { sheets: model.sheets } : model);
    else if (ctx.options.explain) ctx.io.stdout(renderExplanation(model, basename(file), ctx.lang, width));
    else ctx.io.stdout(renderModel(model, basename(file), ctx.lang, width));
    return 0;
  },
};

/** At most this many unread cells are named per sheet (the JSON has up to 200). */
const UNREAD_SHOWN = 30;

/**
 * How each sheet was read: its kind and how sure the reading is, what was found where (goal
 * blocks, tables with their columns' roles), the share of its cells understood, and the cells
 * that were not.
 */
export function renderExplanation(model: Model, file: string, lang: Lang, width = 100): string {
  const out: string[] = [t(lang, 'cli.explain.title', { file })];
  for (const s of model.sheets) {
    out.push('');
    const skip = model.skipped.find((x) => x.sheet === s.sheet);
    const head =
      s.kind === 'generated'
        ? t(lang, 'cli.explain.generated', { sheet: s.sheet })
        : skip
          ? t(lang, 'cli.explain.skipped', { sheet: s.sheet, reason: t(lang, `skip.${skip.reason}`) })
          : t(lang, 'cli.explain.sheet', {
              sheet: s.sheet,
              kind: t(lang, `sheet.${s.kind}`),
              coverage: Math.round(s.coverage * 100),
              cells: s.cells,
              confidence: t(lang, `cli.explain.confidence.${s.confidence}`),
            });
    out.push(...wrap(head, width));
    if (s.kind === 'generated') continue;
    for (const r of s.regions) {
      const goals = r.goals.length ? ` · ${t(lang, 'cli.explain.goals', { list: r.goals.join(', ') })}` : '';
      const table = r.listObject ? ` · ${t(lang, 'cli.explain.listObject', { name: r.listObject })}` : '';
      out.push(...wrap(`  ${pad(r.range, 10)} ${t(lang, `region.${r.kind}`)}${goals}${table}`, width, 13));
      if (r.columns.length) {
        const cols = r.columns.map((c) => `${c.column} ${roleLabel(lang, c.role)}`).join(', ');
        out.push(...wrap(`             ${cols}`, width, 13));
      }
    }
    if (s.unreadCount) {
      const shown = s.unread.slice(0, UNREAD_SHOWN).join(', ') + (s.unreadCount > UNREAD_SHOWN ? ', …' : '');
      for (const line of wrap(`  ${t(lang, 'cli.explain.unread', { n: s.unreadCount, cells: shown })}`, width)) out.push(line);
    }
  }
  return out.join('\n') + '\n';
}

/** A readable summary of the model: sheets, then each goal with its milestone table, then each project. */
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
      // the state where the row says more than "done" or nothing ("[in Arbeit] Entwurf folgt")
      const state = m.state === 'done' || (m.state === 'open' && !m.stateCell) ? '' : `[${t(lang, `state.${m.state}`)}] `;
      const report = m.report ?? (state ? '' : none);
      out.push(
        `  ${pad(truncate(date, dateW), dateW)}  ${pad(truncate(m.text || none, textW), textW)}  ${truncate(state + report, reportW)}`,
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
  for (const p of model.projects) {
    out.push('', t(lang, 'cli.extract.project', { name: p.name, sheets: p.sheets.join(', ') }));
    const facts = [p.provider, p.place, p.targetGroup, p.contact?.name].filter(Boolean).join(' · ');
    if (facts) out.push(`  ${facts}`);
    for (const g of p.goals) out.push(`  ${t(lang, 'cli.extract.projectGoal', { number: g.number, text: g.text })}`);
    if (p.rating) out.push(`  ${t(lang, 'cli.extract.projectRating')}: ${p.rating}`);
  }
  if (model.problems.length) out.push('', t(lang, 'cli.extract.problems', { count: model.problems.length }));
  return out.map((l) => truncate(l, width)).join('\n') + '\n';
}

/** Breaks a long "label: a, b, c" line after commas, indenting continuation lines by `indent`. */
function wrap(line: string, width: number, indent = 4): string[] {
  if ([...line].length <= width) return [line];
  const lines: string[] = [];
  let cur = '';
  for (const part of line.split(/(?<=, )/)) {
    if (cur.trim() && [...(cur + part)].length > width) {
      lines.push(cur.trimEnd());
      cur = ' '.repeat(indent);
    }
    cur += part;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines.map((l) => truncate(l, width));
}
