import { has, type Lang, t } from '../core/i18n';

/** The general help, or one command's help when it has its own text. */
export function helpText(lang: Lang, command?: string): string {
  if (command && has(`cli.help.${command}`)) return t(lang, `cli.help.${command}`);
  return t(lang, 'cli.help');
}

/** Renders a UsageError's "code:value" message. */
export function usageMessage(lang: Lang, code: string): string {
  const i = code.indexOf(':');
  const key = i === -1 ? code : code.slice(0, i);
  const value = i === -1 ? '' : code.slice(i + 1);
  const extra = key === 'bad-sheets' || key === 'unknown-command-near' || key.startsWith('layout-') ? value.split('|') : [value];
  return has(`cli.usage.${key}`) ? t(lang, `cli.usage.${key}`, { value: extra[0], allowed: extra[1] ?? '' }) : code;
}
