/** `zielwerk date [--json] TEXT…` — interpret written dates. */
import { parseDate } from '../../core/dates';
import { formatDate, formatDay } from '../../core/format';
import { t } from '../../core/i18n';
import { UsageError } from '../args';
import type { Command } from './index';
import { printJson } from './shared';

export const dateCommand: Command = {
  name: 'date',
  aliases: ['datum'],
  options: [{ name: 'json' }],
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('missing-text');
    const values = ctx.positionals.map((raw) => parseDate(raw));
    if (ctx.options.json) {
      printJson(ctx, values.length === 1 ? values[0] : values);
      return 0;
    }
    const lang = ctx.lang;
    for (const v of values) {
      const parts: string[] = [];
      if (v.error) parts.push(`✗ ${t(lang, `date.error.${v.error}`)}`);
      else {
        const shown = formatDate(v, lang);
        parts.push(shown);
        if (v.start && v.end) {
          // the exact days, as the language writes them (15.11.2019 in German)
          const days = v.start === v.end ? formatDay(v.start, lang) : `${formatDay(v.start, lang)} – ${formatDay(v.end, lang)}`;
          if (days !== shown) parts.push(days);
        }
        parts.push(`${t(lang, 'cli.date.precision')}: ${t(lang, `date.precision.${v.precision}`)}`);
        if (v.edtf) parts.push(`EDTF ${v.edtf}`);
      }
      if (v.weekdayMismatch) {
        parts.push(
          t(lang, 'cli.date.weekday', {
            written: t(lang, `weekday.${v.weekdayMismatch.written}`),
            actual: t(lang, `weekday.${v.weekdayMismatch.actual}`),
            date: v.start ? formatDay(v.start, lang) : '',
          }),
        );
      }
      ctx.io.stdout(`${v.raw}\t${parts.join(' · ')}\n`);
    }
    return 0;
  },
};
