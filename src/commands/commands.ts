/**
 * Ribbon commands without a task pane. "Zusammenfassung" regenerates the summary sheets and
 * reports the result in a small dialog (a local page; the result travels in its address).
 */
import { t } from '../core/i18n';
import '../core/i18n/pages';
import '../core/i18n/ui';
import { countFindings } from '../core/validate';
import { MIN_EXCEL_API, supportsExcelApi } from '../excel/features';
import { effectiveLang, writeSummary } from '../excel/host';
import { loadSettings } from '../excel/settings';
import { markStarted } from '../pages/started';

markStarted();

interface CommandEvent {
  completed(): void;
}

/** The dialog page's address with title and lines; the page shows them as text. */
export function resultUrl(base: string, lang: string, title: string, lines: string[], error: boolean): string {
  const q = new URLSearchParams({ lang, title, ...(error ? { error: '1' } : {}) });
  for (const l of lines) q.append('line', l);
  return `${base}result.html?${q.toString()}`;
}

function showResult(title: string, lines: string[], error: boolean, lang: string): void {
  const base = window.location.href.replace(/[^/]*$/, '');
  try {
    Office.context.ui.displayDialogAsync(resultUrl(base, lang, title, lines, error), { height: 35, width: 30, displayInIframe: true });
  } catch {
    // no dialog support: the summary sheet itself is the result
  }
}

export async function zielwerkSummarize(event: CommandEvent): Promise<void> {
  const settings = loadSettings();
  const lang = effectiveLang(settings);
  if (!supportsExcelApi(MIN_EXCEL_API)) {
    const lines = [t(lang, 'page.unsupported.text'), t(lang, 'page.unsupported.api', { need: MIN_EXCEL_API })];
    showResult(t(lang, 'page.unsupported.title'), lines, true, lang);
    event.completed();
    return;
  }
  try {
    const r = await writeSummary(settings);
    if (r.report.written.length === 0 && r.edits.length) {
      // sheets changed by hand are never overwritten without asking: the pane asks
      const lines = [
        ...r.edits.map((e) => t(lang, 'ui.edits.sheet', { sheet: e.sheet, cells: e.cells.join(', ') })),
        t(lang, 'command.summary.edits'),
      ];
      showResult(t(lang, 'ui.edits.title'), lines, true, lang);
      return;
    }
    const counts = countFindings(r.findings);
    const sheets = r.plan.sheets
      .filter((s) => s.visibility === 'visible')
      .map((s) => t(lang, s.replaces ? 'ui.done.sheet.replaced' : 'ui.done.sheet.new', { name: s.name }));
    const skipped = r.report.skipped.map((s) => t(lang, 'ui.skipped', { feature: s.feature, reason: s.reason }));
    showResult(t(lang, 'command.summary.done'), [...sheets, t(lang, 'command.summary.findings', counts), ...skipped], false, lang);
  } catch (e) {
    showResult(
      t(lang, 'command.summary.failed'),
      [t(lang, 'ui.error', { message: e instanceof Error ? e.message : String(e) })],
      true,
      lang,
    );
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions?.associate?.('zielwerkSummarize', zielwerkSummarize);
});
// hosts that look up ExecuteFunction handlers as globals
(globalThis as unknown as Record<string, unknown>).zielwerkSummarize = zielwerkSummarize;
