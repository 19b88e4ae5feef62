import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ChangeEvent, useRef, useState } from 'react';
import { roleLabel } from '../core/extract/roles';
import { type Lang, register } from '../core/i18n';
import type { LayoutMap } from '../core/layout/schema';
import { storedLayout } from '../core/layout/store';
import type { SheetInfo } from '../core/model';
import type { CheckResult } from '../excel/host';
import { FileLayout, SheetEditor } from './LayoutEditor';

/**
 * The editor's texts, and reading a map from a file (zod, the package reader), load on demand:
 * the pane's first view stays small. (The editor itself is in the first view: as a chunk of
 * its own, the core and Fluent modules it shares with the first view would cost more.)
 */
const editorTexts = async () => register((await import(/* webpackChunkName: "layout-texts" */ '../core/i18n/layout')).LAYOUT_MESSAGES);

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  table: { width: '100%', borderCollapse: 'collapse', marginBottom: '12px', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px', fontWeight: tokens.fontWeightSemibold },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
  partly: { color: tokens.colorPaletteDarkOrangeForeground1 },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginTop: '2px' },
  list: { margin: '2px 0 0', paddingLeft: '16px' },
  file: { display: 'flex', flexDirection: 'column', gap: '4px', margin: '12px 0 4px' },
  label: { fontWeight: tokens.fontWeightSemibold },
  problems: { color: tokens.colorPaletteRedForeground1, margin: '2px 0 0', paddingLeft: '16px' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

/**
 * Struktur: how each sheet was read — its kind and how clearly it was recognised, the share of
 * its cells Zielwerk understood, the blocks and tables it found (with their columns' roles),
 * a button that selects the cells it did not understand, and "Lesart anpassen" to teach
 * Zielwerk a sheet it reads incompletely or wrongly (or "Lesart aus Datei übernehmen").
 */
export function StructureView({
  L,
  lang,
  result,
  busy,
  onCreate,
  onShowUnread,
  onSelection,
  onSaveLayout,
}: {
  L: L;
  lang: Lang;
  result: CheckResult | null;
  busy: boolean;
  onCreate: () => void;
  onShowUnread: (sheet: string, cells: string[]) => void;
  onSelection: () => Promise<{ sheet: string; address: string }>;
  /** Stores the entries; true when stored (the view then shows the workbook read again). */
  onSaveLayout: (entries: LayoutMap) => Promise<boolean>;
}) {
  const s = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const [imported, setImported] = useState<{ file: string; map: LayoutMap } | null>(null);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const openers = useRef(new Map<string, HTMLElement | null>());
  const fileInput = useRef<HTMLInputElement>(null);
  if (!result) return null;

  const close = (back: string | null) => {
    setEditing(null);
    setImported(null);
    // focus goes back where the user came from
    setTimeout(() => (back ? openers.current.get(back) : fileInput.current)?.focus(), 0);
  };
  const save = async (entries: LayoutMap, back: string | null) => {
    if (await onSaveLayout(entries)) close(back);
  };
  /** A chunk that did not load, a file that broke the reader: said below the file field. */
  const failed = (x: unknown) => setFileProblems([L('ui.error', { message: x instanceof Error ? x.message : String(x) })]);
  const pickFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    setFileProblems([]);
    try {
      const [{ layoutFromFile }, bytes] = await Promise.all([
        import(/* webpackChunkName: "layout-file" */ './layoutFile'),
        f.arrayBuffer().then((b) => new Uint8Array(b)),
        editorTexts(),
      ]);
      const read = layoutFromFile(f.name, bytes, storedLayout);
      if ('map' in read) setImported({ file: f.name, map: read.map });
      else setFileProblems([L(read.problem.key, read.problem.params), ...(read.problem.details ?? [])]);
    } catch (x) {
      failed(x);
    }
  };
  const edit = (sheet: string) => editorTexts().then(() => setEditing(sheet), failed);

  if (editing) {
    return (
      <SheetEditor
          L={L}
          lang={lang}
          sheet={editing}
          grids={result.grids}
          model={result.model}
          busy={busy}
          onSelection={onSelection}
          onSave={(entries) => void save(entries, editing)}
          onCancel={() => close(editing)}
        />
    );
  }
  if (imported) {
    return (
      <FileLayout
          L={L}
          file={imported.file}
          map={imported.map}
          grids={result.grids}
          busy={busy}
          onSave={(entries) => void save(entries, null)}
          onCancel={() => close(null)}
        />
    );
  }
  return (
    <section aria-labelledby="zw-structure-h">
      <h2 id="zw-structure-h" className={s.h2}>
        {L('ui.structure.heading')}
      </h2>
      <table className={s.table}>
        <thead>
          <tr>
            <th className={s.th} scope="col">
              {L('ui.structure.sheet')}
            </th>
            <th className={s.th} scope="col">
              {L('ui.structure.kind')}
            </th>
            <th className={s.th} scope="col">
              {L('ui.structure.coverage')}
            </th>
            <th className={s.th} scope="col">
              {L('ui.structure.goals')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.model.sheets.map((sh) => (
            <tr key={sh.sheet}>
              <td className={s.td}>{sh.sheet}</td>
              <td className={s.td}>
                {L(`sheet.${sh.kind}`)}
                {sh.confidence === 'low' && sh.kind !== 'skipped' ? ` (${L('ui.structure.unsure')})` : ''}
                <Regions L={L} lang={lang} sheet={sh} className={s.details} listClass={s.list} />
                {sh.kind !== 'generated' && (
                  <div>
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={busy}
                      ref={(el) => {
                        openers.current.set(sh.sheet, el);
                      }}
                      onClick={() => void edit(sh.sheet)}
                      aria-label={L('ui.layout.openLabel', { sheet: sh.sheet })}
                    >
                      {L('ui.layout.open')}
                    </Button>
                  </div>
                )}
              </td>
              <td className={s.td}>
                <Coverage L={L} sheet={sh} busy={busy} partlyClass={s.partly} onShowUnread={onShowUnread} />
              </td>
              <td className={s.td}>{sh.goals.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button appearance="primary" disabled={busy || result.model.goals.length === 0} onClick={onCreate}>
        {L('ui.structure.create')}
      </Button>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>
        {L('ui.structure.createHint')}
      </Caption1>
      <div className={s.file}>
        <label htmlFor="zw-layout-file" className={s.label}>
          {L('ui.layout.fromFile')}
        </label>
        <Caption1 id="zw-layout-file-hint">{L('ui.layout.fromFileHint')}</Caption1>
        <input
          id="zw-layout-file"
          ref={fileInput}
          type="file"
          accept=".json,.xlsx,.xlsm,application/json"
          aria-describedby="zw-layout-file-hint"
          disabled={busy}
          onChange={(e) => void pickFile(e)}
        />
        {fileProblems.length > 0 && (
          <ul role="alert" className={s.problems}>
            {fileProblems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** The share of a sheet's cells understood, and a button that selects the others. */
function Coverage({
  L,
  sheet,
  busy,
  partlyClass,
  onShowUnread,
}: {
  L: L;
  sheet: SheetInfo;
  busy: boolean;
  partlyClass: string;
  onShowUnread: (sheet: string, cells: string[]) => void;
}) {
  if (sheet.kind === 'generated') return null;
  const pct = `${Math.round(sheet.coverage * 100)} %`;
  // a skipped cover page is not "partly read"; a skipped sheet that looked like goal data is
  const matters = sheet.unreadCount > 0 && (sheet.kind !== 'skipped' || sheet.regions.length > 0);
  if (!matters) return <>{sheet.kind === 'skipped' ? '–' : pct}</>;
  return (
    <>
      <span className={partlyClass}>{pct}</span>{' '}
      <Button
        size="small"
        appearance="subtle"
        disabled={busy}
        onClick={() => onShowUnread(sheet.sheet, sheet.unread)}
        aria-label={L('ui.structure.showUnreadLabel', { n: sheet.unreadCount, sheet: sheet.sheet })}
      >
        {L('ui.structure.showUnread', { n: sheet.unreadCount })}
      </Button>
    </>
  );
}

/** What was found on a sheet: goal blocks and tables, with the roles of their columns. */
function Regions({ L, lang, sheet, className, listClass }: { L: L; lang: Lang; sheet: SheetInfo; className: string; listClass: string }) {
  const regions = sheet.regions.filter((r) => r.kind !== 'title');
  if (regions.length === 0) return null;
  return (
    <details className={className}>
      <summary>{L('ui.structure.found', { n: regions.length })}</summary>
      <ul className={listClass}>
        {regions.map((r) => (
          <li key={`${r.kind}-${r.range}`}>
            {r.range}: {L(`region.${r.kind}`)}
            {r.columns.length ? ` – ${r.columns.map((c) => `${c.column} ${roleLabel(lang, c.role)}`).join(', ')}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
