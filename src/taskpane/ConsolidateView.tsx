/**
 * Zusammenführen: the workbooks of all working groups into this one. The user picks several
 * files (read here in the pane, nothing is uploaded), sees each with its goals, how much of it
 * was understood and its findings — or why it could not be read — and writes the consolidated
 * sheets (Übersicht with the source of each goal, Dateien, Fällig, Partner, Prüfbericht) into
 * the open workbook. The package reader and the consolidation (consolidateEngine.ts) are loaded
 * only when the view opens: a chunk of their own that uses nothing of the pane's UI, so the
 * pane's first view stays as small as it was.
 */
import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Consolidated, ReadSettings } from '../core/consolidate';
import type { ApplyReport, SheetPlan } from '../core/summarize';
import type { Notice } from './App';

type Engine = typeof import('./consolidateEngine');

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  table: { width: '100%', borderCollapse: 'collapse', margin: '8px 0 12px', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px', fontWeight: tokens.fontWeightSemibold },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
  num: { textAlign: 'right' },
  note: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginTop: '2px' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

export interface ConsolidateProps {
  L: L;
  settings: ReadSettings & { weeks: number };
  busy: boolean;
  run: (label: string, action: () => Promise<Notice | null>) => Promise<void>;
  written: (plan: SheetPlan, report: ApplyReport) => string[];
}

export function ConsolidateView({ L, settings, busy, run, written }: ConsolidateProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [result, setResult] = useState<Consolidated | null>(null);
  const [reading, setReading] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "consolidate" */ './consolidateEngine').then(
      (e) => live && setEngine(e),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <p role="alert">{L('ui.error', { message: failed })}</p>;
  if (!engine) return <Spinner size="tiny" label={L('ui.busy.view')} />;
  const { consolidate, readPicked, writeConsolidated } = engine;

  const pick = (files: File[]) =>
    run('ui.busy.consolidateRead', async () => {
      setResult(null);
      const outcomes = await readPicked(files, settings, (name, i) => setReading(L('ui.consolidate.reading', { n: i + 1, total: files.length, name })));
      setReading(null);
      setResult(consolidate(outcomes, settings));
      return null;
    });

  const write = (c: Consolidated) =>
    run('ui.busy.consolidate', async () => {
      const r = await writeConsolidated(c, { today: settings.today, lang: settings.lang, weeks: settings.weeks });
      const visible = r.plan.sheets.filter((x) => x.visibility === 'visible');
      return {
        intent: r.report.skipped.length ? 'warning' : 'success',
        title: L('ui.done.consolidate', { count: visible.length }),
        lines: written(r.plan, r.report),
      };
    });

  const unread = result?.files.filter((f) => f.status === 'failed').length ?? 0;
  return (
    <section aria-labelledby="zw-consolidate-h">
      <h2 id="zw-consolidate-h" className={s.h2}>
        {L('ui.consolidate.heading')}
      </h2>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>
        {L('ui.consolidate.intro')}
      </Caption1>
      <input
        ref={input}
        id="zw-consolidate-files"
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) void pick(files);
        }}
      />
      <div className={s.actions}>
        <Button appearance={result ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          {L('ui.consolidate.pick')}
        </Button>
      </div>
      <div aria-live="polite">{reading && <Caption1 block as="p">{reading}</Caption1>}</div>
      {result && (
        <>
          <table className={s.table}>
            <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
              {L('ui.consolidate.files', { read: result.files.length - unread, total: result.files.length, goals: result.model.goals.length })}
            </caption>
            <thead>
              <tr>
                <th className={s.th} scope="col">
                  {L('files.col.file')}
                </th>
                <th className={`${s.th} ${s.num}`} scope="col">
                  {L('files.col.goals')}
                </th>
                <th className={`${s.th} ${s.num}`} scope="col">
                  {L('files.col.coverage')}
                </th>
                <th className={s.th} scope="col">
                  {L('ui.consolidate.findings')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.files.map((f) => (
                <tr key={f.file}>
                  <td className={s.td}>
                    {f.file}
                    {f.status !== 'read' && <span className={`${s.note} ${f.status === 'failed' ? s.failed : ''}`}>{f.note}</span>}
                    {f.status === 'read' && f.note && <span className={s.note}>{f.note}</span>}
                  </td>
                  <td className={`${s.td} ${s.num}`}>{f.status === 'read' ? f.goals.length : '–'}</td>
                  <td className={`${s.td} ${s.num}`}>{f.coverage === null ? '–' : `${Math.round(f.coverage * 100)} %`}</td>
                  <td className={s.td}>{f.status === 'read' ? L('ui.overview.findings', f.counts) : L(`consolidate.status.${f.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button appearance="primary" disabled={busy || result.model.goals.length === 0} onClick={() => write(result)}>
            {L('ui.consolidate.write')}
          </Button>
          <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>
            {L('ui.consolidate.writeHint')}
          </Caption1>
        </>
      )}
    </section>
  );
}
