/**
 * The task pane: Überblick, Prüfen, Struktur, Dokumente (its bundle loaded when it opens), Einstellungen. All workbook access goes through
 * src/excel; this file only holds state and lays out the views. One action at a time: while
 * something runs, the buttons are disabled and a second click does nothing.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { type Lang, t } from '../core/i18n';
import '../core/i18n/ui';
import type { ApplyReport, SheetPlan, SummaryKey } from '../core/summarize';
import type { LayoutMap } from '../core/layout/schema';
import {
  checkWorkbook,
  type CheckResult,
  effectiveLang,
  navigate,
  removeZielwerkData,
  selectCells,
  selectedRange,
  todayIso,
  type WriteResult,
  writeLayout,
  writeStructure,
  writeSummary,
} from '../excel/host';
import { loadSettings, saveSettings, type Settings } from '../excel/settings';
import { ConsolidateView } from './ConsolidateView';
import { DocumentsPanel } from './DocumentsPanel';
import { OverviewView } from './OverviewView';
import { Tabs } from './Tabs';

// the views other than Überblick load when first opened: the first view stays small
const CheckView = lazy(() => import(/* webpackChunkName: "check" */ './CheckView').then((m) => ({ default: m.CheckView })));
const StructureView = lazy(() => import(/* webpackChunkName: "structure" */ './StructureView').then((m) => ({ default: m.StructureView })));
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsView').then((m) => ({ default: m.SettingsView })));

export type View = 'overview' | 'check' | 'structure' | 'consolidate' | 'documents' | 'settings';

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  title?: string;
  lines: string[];
  /** Buttons under the lines (the question before hand edits are overwritten). */
  actions?: { label: string; primary?: boolean; onClick: () => void }[];
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '10px 14px 24px', color: tokens.colorNeutralForeground1 },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: '0', color: tokens.colorNeutralForeground1 },
  busy: { display: 'flex', alignItems: 'center', gap: '8px' },
});

/**
 * `firstCheck`: the check of the workbook, started by the entry before React renders (so the
 * first view shows sooner); the pane uses it for its first check instead of reading again.
 */
export function App({ initialView, firstCheck }: { initialView: View; firstCheck?: Promise<CheckResult> }) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings>(() => loadSettings());
  const lang: Lang = effectiveLang(settings);
  const L = useCallback((key: string, params?: Record<string, string | number>) => t(lang, key, params), [lang]);
  const [view, setView] = useState<View>(initialView);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);
  const started = useRef(firstCheck);

  /** Runs one action at a time; a second click while one runs does nothing. */
  const run = useCallback(
    async (label: string, action: () => Promise<Notice | null>, keepNotice = false) => {
      if (running.current) return;
      running.current = true;
      setBusy(label);
      if (!keepNotice) setNotice(null);
      try {
        const n = await action();
        if (n) setNotice(n);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        setNotice({ intent: 'error', title: t(lang, 'ui.error.title'), lines: [t(lang, 'ui.error', { message })] });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [lang],
  );

  const check = useCallback(
    (keepNotice = false) =>
      run(
        'ui.busy.check',
        async () => {
          const first = started.current;
          started.current = undefined;
          setResult(await (first ?? checkWorkbook(settings)));
          return null;
        },
        keepNotice,
      ),
    [run, settings],
  );

  useEffect(() => {
    // on opening and after settings change; a notice ("Gespeichert.") stays
    void check(true);
    // deliberately only on settings: read once when the pane opens and when settings change
  }, [settings]);

  const written = (plan: SheetPlan, report: ApplyReport): string[] => [
    ...plan.sheets
      .filter((p) => p.visibility === 'visible')
      .map((p) => L(p.replaces ? 'ui.done.sheet.replaced' : 'ui.done.sheet.new', { name: p.name })),
    ...report.skipped.map((s) => L('ui.skipped', { feature: s.feature, reason: s.reason })),
  ];

  /** Generated sheets changed by hand: nothing was written; say which cells and ask before overwriting them. */
  const askBeforeOverwriting = (r: WriteResult, again: () => void): Notice | null =>
    r.edits.length && r.report.written.length === 0 && r.report.replaced.length === 0
      ? {
          intent: 'warning',
          title: L('ui.edits.title'),
          lines: [...r.edits.map((e) => L('ui.edits.sheet', { sheet: e.sheet, cells: e.cells.join(', ') })), L('ui.edits.hint')],
          actions: [
            { label: L('ui.edits.overwrite'), primary: true, onClick: again },
            { label: L('ui.edits.keep'), onClick: () => setNotice(null) },
          ],
        }
      : null;

  const summarize = (sheets?: SummaryKey[], force = false): void =>
    void run(sheets ? 'ui.busy.report' : 'ui.busy.summary', async () => {
      const r = await writeSummary(settings, sheets, { force });
      const ask = askBeforeOverwriting(r, () => summarize(sheets, true));
      if (ask) return ask;
      setResult(r);
      const visible = r.plan.sheets.filter((s) => s.visibility === 'visible');
      return {
        intent: r.report.skipped.length ? 'warning' : 'success',
        title: sheets ? L('ui.done.report', { name: visible[0]?.name ?? '' }) : L('ui.done.summary', { count: visible.length }),
        lines: written(r.plan, r.report),
      };
    });

  const structure = (force = false): void =>
    void run('ui.busy.structure', async () => {
      const r = await writeStructure(settings, { force });
      const ask = askBeforeOverwriting(r, () => structure(true));
      if (ask) return ask;
      setResult(r);
      return {
        intent: r.report.skipped.length ? 'warning' : 'success',
        title: L('ui.done.structure', { names: r.plan.sheets.map((s) => s.name).join(', ') }),
        lines: written(r.plan, r.report),
      };
    });

  const removeData = (force = false): void =>
    void run('ui.busy.remove', async () => {
      const r = await removeZielwerkData(settings, { force });
      const ask = askBeforeOverwriting(r, () => removeData(true));
      if (ask) return ask;
      setResult(r);
      const removed = r.plan.remove ?? [];
      return removed.length
        ? { intent: 'success', title: L('ui.done.remove', { count: removed.length }), lines: [removed.join(', ')] }
        : { intent: 'info', lines: [L('ui.done.removeNothing')] };
    });

  /** Stores layout map entries, then reads the workbook again so the views show the new reading. */
  const saveLayout = async (entries: LayoutMap): Promise<boolean> => {
    let stored = false;
    await run('ui.busy.layout', async () => {
      const w = await writeLayout(entries, lang);
      if (w.stored.sheets.length === 0) return { intent: 'warning', lines: [L('ui.layout.file.nothing')] };
      setResult(await checkWorkbook(settings));
      stored = true;
      return {
        intent: w.missing.length ? 'warning' : 'success',
        title: L('ui.layout.saved', { n: w.stored.sheets.length }),
        // sheets the entries name that the workbook does not have (any more): not kept
        lines: w.missing.length ? [L('ui.layout.dropped', { sheets: w.missing.join(', ') })] : [],
      };
    });
    return stored;
  };

  const jump = (sheet: string, cell: string) =>
    navigate(sheet, cell).catch(() => setNotice({ intent: 'warning', lines: [L('ui.check.jumpFailed', { sheet, cell })] }));

  /** Selects the cells of a sheet Zielwerk did not understand. */
  const showUnread = (sheet: string, cells: string[]) =>
    selectCells(sheet, cells).catch(() =>
      setNotice({ intent: 'warning', lines: [L('ui.check.jumpFailed', { sheet, cell: cells.slice(0, 5).join(', ') })] }),
    );

  const save = async (next: Settings) => {
    await saveSettings(next);
    setSettings(next);
    setNotice({ intent: 'success', lines: [t(effectiveLang(next), 'ui.settings.saved')] });
  };

  return (
    <main className={styles.root} lang={lang}>
      <h1 className={styles.h1}>Zielwerk</h1>
      <Tabs
        label={L('ui.tabs')}
        selected={view}
        onSelect={setView}
        tabs={(['overview', 'check', 'structure', 'consolidate', 'documents', 'settings'] as const).map((v) => ({
          value: v,
          label: L(`ui.tab.${v}`),
        }))}
      />
      <div aria-live="polite">
        {busy && (
          <div className={styles.busy}>
            <Spinner size="tiny" label={L(busy)} />
          </div>
        )}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>
              {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
              {notice.lines.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                  {notice.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              )}
              {notice.actions && (
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
                  {notice.actions.map((a) => (
                    <Button key={a.label} size="small" appearance={a.primary ? 'primary' : 'secondary'} onClick={a.onClick}>
                      {a.label}
                    </Button>
                  ))}
                </div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div id="zw-panel" role="tabpanel" aria-labelledby={`zw-tab-${view}`}>
        {view === 'overview' && <OverviewView L={L} result={result} busy={!!busy} onCreate={() => summarize()} />}
        <Suspense fallback={<Spinner size="tiny" label={L('ui.view.loading')} />}>
          {view === 'check' && (
            <CheckView L={L} result={result} busy={!!busy} onRecheck={() => check()} onReport={() => summarize(['report'])} onJump={jump} />
          )}
          {view === 'structure' && (
            <StructureView
              L={L}
              lang={lang}
              result={result}
              busy={!!busy}
              onCreate={() => structure()}
              onShowUnread={showUnread}
              onSelection={selectedRange}
              onSaveLayout={saveLayout}
            />
          )}
          {view === 'consolidate' && (
            <ConsolidateView
              L={L}
              settings={{ today: settings.today ?? todayIso(), lang, weeks: settings.weeks, bounds: settings.bounds }}
              busy={!!busy}
              run={run}
              written={written}
            />
          )}
          {view === 'documents' && (
            <DocumentsPanel
              L={L}
              lang={lang}
              result={result}
              busy={!!busy}
              run={(label, action) => run(label, action, false)}
              onWritten={() => setTimeout(() => void check(true), 0)}
            />
          )}
          {view === 'settings' && (
            <SettingsView L={L} lang={lang} settings={settings} busy={!!busy} onSave={save} onRemove={() => removeData()} />
          )}
        </Suspense>
      </div>
    </main>
  );
}
