/**
 * Dokumente: read a Word document into the workbook ("Dokument einlesen": a file chosen in the
 * pane, read here with mammoth — nothing is uploaded — previewed, then written as sheets in the
 * template layout through the SheetPlan path), and write Word reports from the workbook
 * ("Berichte": a Blob download link). Loaded lazily with its libraries (mammoth, docx), so the
 * pane's first bundle stays small.
 *
 * Downloads: browsers (Excel on the web) save a Blob link's file; the webviews of Excel for
 * Windows and Mac may ignore it, so the view names the CLI command that writes the same report.
 */
import { type ComponentType, type CSSProperties, type ReactNode, useEffect, useMemo, useState } from 'react';
import { documentModel, type ImportedDocument, readDocument } from '../../core/documents';
import { buildReport, findProject, goalGroups, type ReportKind, REPORT_KINDS } from '../../core/documents/report';
import { isUserError } from '../../core/errors';
import { t, type Lang } from '../../core/i18n';
import '../../core/i18n/documents';
import '../../core/i18n/ui';
import type { Model } from '../../core/model';
import { readDocumentBytes } from '../../docx/read';
import { writeReportDocx } from '../../docx/write';
import { importIntoWorkbook } from '../../excel/documents';
import type { CheckResult } from '../../excel/host';
import type { Notice } from '../App';

/** Fluent's design tokens are CSS variables that the pane's FluentProvider sets. */
const S: Record<string, CSSProperties> = {
  h2: { fontSize: 'var(--fontSizeBase400)', fontWeight: 'var(--fontWeightSemibold)', margin: '4px 0' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px', marginBottom: '18px' },
  list: { margin: '0', paddingLeft: '18px', fontSize: 'var(--fontSizeBase300)' },
  exists: { color: 'var(--colorPaletteDarkOrangeForeground1)' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  select: { fontFamily: 'inherit', fontSize: 'var(--fontSizeBase300)', padding: '4px', border: '1px solid var(--colorNeutralStroke1)', borderRadius: 'var(--borderRadiusMedium)', background: 'var(--colorNeutralBackground1)', color: 'var(--colorNeutralForeground1)' },
  hint: { fontSize: 'var(--fontSizeBase200)', color: 'var(--colorNeutralForeground2)', margin: 0 },
  code: { fontFamily: 'var(--fontFamilyMonospace)', fontSize: 'var(--fontSizeBase200)', wordBreak: 'break-all' },
};

/** The pane's Fluent button, handed in (this bundle carries no UI library of its own). */
export type ButtonLike = ComponentType<{ appearance?: 'primary' | 'secondary'; disabled?: boolean; onClick?: () => void; children?: ReactNode }>;

type L = (key: string, params?: Record<string, string | number>) => string;

export interface DocumentsViewProps {
  /** The pane's texts (this view renders its own, from its bundle's catalogue). */
  L?: L;
  lang: Lang;
  result: CheckResult | null;
  busy: boolean;
  /** Runs an action with the pane's spinner and shows its notice. */
  run: (label: string, action: () => Promise<Notice | null>) => Promise<void>;
  /** Reads the workbook again after writing. */
  onWritten: () => void;
  Button: ButtonLike;
}

/** Where the pane runs: Excel on the web lets a Blob link download, the desktop webviews may not. */
function isWeb(): boolean {
  try {
    return Office.context.platform === Office.PlatformType.OfficeOnline || !Office.context.platform;
  } catch {
    return true;
  }
}

export function DocumentsView({ lang, result, busy, run, onWritten, Button }: DocumentsViewProps) {
  // this bundle's own catalogue (the pane's does not carry the documents texts)
  const L: L = (key, params) => t(lang, key, params);
  const [doc, setDoc] = useState<{ file: string; doc: ImportedDocument; model: Model } | null>(null);
  const [beside, setBeside] = useState(false);
  const [kind, setKind] = useState<ReportKind>('nachfrage');
  const [goal, setGoal] = useState('');
  const [project, setProject] = useState('');
  const [download, setDownload] = useState<{ url: string; file: string } | null>(null);
  const today = result?.today ?? new Date().toISOString().slice(0, 10);
  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);

  const existing = useMemo(() => new Set((result?.model.goals ?? []).map((g) => g.id)), [result]);

  const choose = (file: File | undefined) => {
    if (!file) return;
    void run('ui.busy.reading', async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // a damaged, empty or protected document: its one-line message
      const blocks = await readDocumentBytes(bytes, file.name).catch((e: unknown) => {
        throw isUserError(e) ? new Error(t(lang, `error.${e.code}`, e.params)) : e;
      });
      const read = readDocument(blocks);
      if (read.kind === 'unknown') throw new Error(t(lang, 'error.doc-nothing', { file: file.name }));
      setDoc({ file: file.name, doc: read, model: documentModel(read, { lang, today, beside: false }) });
      return null;
    });
  };

  const write = () => {
    if (!doc) return;
    void run('ui.busy.import', async () => {
      const r = await importIntoWorkbook(doc.doc, { lang, today, beside });
      onWritten();
      const lines = [
        ...r.plan.sheets.map((p) => L('ui.done.sheet.new', { name: p.name })),
        ...(r.existing.length && !beside ? [L('ui.docs.import.skipped', { ids: r.existing.join(', ') })] : []),
        ...r.differences.map((f) => `${f.sheet}!${f.cell}: ${f.message}`),
      ];
      return {
        intent: r.differences.length || r.existing.length ? 'warning' : 'success',
        title: r.plan.sheets.length ? L('ui.docs.import.done', { count: r.plan.sheets.length }) : L('ui.docs.import.nothing'),
        lines,
      };
    });
  };

  const model = result?.model ?? null;
  const groups = model ? goalGroups(model.goals) : [];
  const projects = model?.projects ?? [];
  const chosen = project || projects[0]?.name || '';
  const file = kind === 'jahresbericht' ? 'jahresbericht.docx' : kind === 'konferenz' ? 'konferenz.docx' : `nachfrage${goal ? `-${goal}` : ''}.docx`;
  const command = `zielwerk report MAPPE.xlsx --kind ${kind}${kind === 'nachfrage' && goal ? ` --goal ${goal}` : ''}${kind === 'jahresbericht' && chosen ? ` --project "${chosen}"` : ''} -o ${file}`;
  const canReport = !!model && (kind !== 'jahresbericht' ? model.goals.length > 0 : !!findProject(model, chosen || undefined));

  const makeReport = () => {
    if (!model) return;
    void run('ui.busy.report', async () => {
      const bytes = await writeReportDocx(buildReport(model, kind, { today, goal: goal || undefined, project: chosen || undefined }));
      const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      setDownload({ url: URL.createObjectURL(blob), file });
      return null;
    });
  };

  return (
    <>
      <section style={S.section} aria-labelledby="zw-docs-import-h">
        <h2 id="zw-docs-import-h" style={S.h2}>
          {L('ui.docs.import.heading')}
        </h2>
        <p style={S.hint}>{L('ui.docs.import.hint')}</p>
        <label style={S.field}>
          {L('ui.docs.import.choose')}
          <input type="file" accept=".docx,.txt" disabled={busy} data-testid="zw-doc-file" onChange={(e) => choose(e.target.files?.[0])} />
        </label>
        {doc && (
          <>
            <p style={{ margin: 0 }}>{L('ui.docs.import.read', { file: doc.file, kind: L(`import.kind.${doc.doc.kind}`) })}</p>
            <ul style={S.list} data-testid="zw-doc-preview">
              {doc.model.goals.map((g) => (
                <li key={g.id}>
                  {L('ui.docs.import.goal', {
                    id: g.id,
                    lead: g.leads.map((l) => l.name).join(', ') || L('import.none'),
                    participants: g.participants.length,
                    milestones: g.milestones.length,
                    checks: g.statusChecks.length ? L('ui.docs.import.checks', { dates: g.statusChecks.map((c) => c.date?.raw ?? '').join(', ') }) : '',
                  })}
                  {existing.has(g.id) && <span style={S.exists}> – {L('ui.docs.import.exists')}</span>}
                </li>
              ))}
              {doc.model.projects.map((p) => (
                <li key={p.name}>{L('ui.docs.import.project', { name: p.name, goals: p.goals.length, partners: p.partners.length })}</li>
              ))}
            </ul>
            {doc.model.goals.some((g) => existing.has(g.id)) && (
              <label>
                <input type="checkbox" checked={beside} disabled={busy} onChange={(e) => setBeside(e.target.checked)} /> {L('ui.docs.import.beside')}
              </label>
            )}
            <Button appearance="primary" disabled={busy} onClick={write}>
              {L('ui.docs.import.write')}
            </Button>
            <p style={S.hint}>{L('ui.docs.import.never')}</p>
          </>
        )}
      </section>
      <section style={S.section} aria-labelledby="zw-docs-report-h">
        <h2 id="zw-docs-report-h" style={S.h2}>
          {L('ui.docs.report.heading')}
        </h2>
        <label style={S.field}>
          {L('ui.docs.report.kind')}
          <select style={S.select} value={kind} disabled={busy} onChange={(e) => (setKind(e.target.value as ReportKind), setDownload(null))}>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {L(`ui.docs.report.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'nachfrage' && (
          <label style={S.field}>
            {L('ui.docs.report.goal')}
            <select style={S.select} value={goal} disabled={busy} onChange={(e) => (setGoal(e.target.value), setDownload(null))}>
              <option value="">{L('ui.docs.report.allGoals')}</option>
              {groups.map((gr) => (
                <option key={gr[0].id} value={gr[0].id}>
                  {gr.map((g) => g.id).join(' und ')}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'jahresbericht' &&
          (projects.length ? (
            <label style={S.field}>
              {L('ui.docs.report.project')}
              <select style={S.select} value={chosen} disabled={busy} onChange={(e) => (setProject(e.target.value), setDownload(null))}>
                {projects.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p style={S.hint}>{L('ui.docs.report.noProject')}</p>
          ))}
        <Button appearance="primary" disabled={busy || !canReport} onClick={makeReport}>
          {L('ui.docs.report.create')}
        </Button>
        {download && (
          <a href={download.url} download={download.file} data-testid="zw-doc-download">
            {L('ui.docs.report.download', { file: download.file })}
          </a>
        )}
        <p style={S.hint}>
          {L(isWeb() ? 'ui.docs.report.web' : 'ui.docs.report.desktop', { command: '' })}
          <span style={S.code}>{command}</span>
        </p>
      </section>
    </>
  );
}
