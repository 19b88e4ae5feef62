/** How a column's role reads for people (`extract --explain`, the task pane's Struktur view). */
import { type Lang, t } from '../i18n';

/**
 * "date" → "Termin", "text 2" → "Maßnahme 2" (a master sheet's second group), "round 2020-05"
 * → "Nachfrage 05/2020" (a status round).
 *
 * @example roleLabel('de', 'text 2') === 'Maßnahme 2'
 */
export function roleLabel(lang: Lang, role: string): string {
  const round = /^round (\d{4})-(\d{2})$/.exec(role);
  if (round) return t(lang, 'role.round', { month: `${round[2]}/${round[1]}` });
  const numbered = /^(\w+) (\d+)$/.exec(role);
  if (numbered) return `${t(lang, `role.${numbered[1]}`)} ${numbered[2]}`;
  return t(lang, `role.${role}`);
}
