/** `zielwerk validate FILE.xlsx [--json] [--today YYYY-MM-DD]` — check a workbook before a meeting. */
import { basename } from 'node:path';
import { extract } from '../../core/extract';
import { formatDay, pad, truncate } from '../../core/format';
import { maxOf } from '../../core/text';
import { type Lang, t } from '../../core/i18n';
import { countFindings, type Finding, validate } from '../../core/validate';
import { readWorkbookFile } from '../../xlsx/read';
import type { Command } from './index';
import { LAYOUT_OPTION, layoutOption, oneFile, parseToday, printJson } from './shared';

export const validateCommand: Command = {
  name: 'validate',
  aliases: ['prüfen', 'pruefen'],
  options: [{ name: 'json' }, { name: 'today', value: true }, LAYOUT_OPTION],
  async run(ctx) {
    const file = oneFile(ctx);
    const today = parseToday(ctx.options.today);
    const layout = await layoutOption(ctx);
    const { grids } = await readWorkbookFile(file);
    const model = extract(grids, { layout });
    const findings = validate(model, { today, lang: ctx.lang });
    const counts = countFindings(findings);
    if (ctx.options.json) {
      printJson(ctx, {
        findings: findings.map(({ rule, severity, sheet, cell, goal, message, value, related }) => ({
          rule,
          severity,
          sheet,
          cell,
          goal,
          message,
          value,
          ...(related ? { related } : {}),
        })),
        counts,
      });
    } else {
      // on a terminal every finding fits one line; piped output keeps whole messages
      ctx.io.stdout(renderFindings(findings, basename(file), today, ctx.lang, ctx.io.columns ? Math.max(60, ctx.io.columns) : undefined));
    }
    return counts.error > 0 ? 1 : 0;
  },
};

const MARK: Record<Finding['severity'], string> = { error: '✗', warning: '!', info: 'i' };

/** Findings grouped by sheet, ordered by cell, one line each (cut to `width` when given), totals at the end. */
export function renderFindings(findings: Finding[], file: string, today: string, lang: Lang, width?: number): string {
  const out: string[] = [t(lang, 'cli.validate.title', { file, today: formatDay(today, lang) })];
  let sheet: string | null = null;
  const cellW = Math.min(
    8,
    maxOf(
      findings.map((f) => f.cell.length),
      2,
    ),
  );
  for (const f of findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      out.push('', t(lang, 'cli.validate.sheet', { sheet }));
    }
    const head = `  ${MARK[f.severity]} ${pad(f.cell, cellW)}  `;
    out.push(head + (width ? truncate(f.message, width - head.length) : f.message));
  }
  const c = countFindings(findings);
  out.push('');
  out.push(
    findings.length === 0
      ? t(lang, 'cli.validate.clean')
      : t(lang, 'cli.validate.total', { error: c.error, warning: c.warning, info: c.info, total: findings.length }),
  );
  out.push(t(lang, 'cli.validate.legend'));
  return out.join('\n') + '\n';
}
