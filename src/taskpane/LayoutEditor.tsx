/**
 * Teaching Zielwerk a sheet ("Lesart anpassen", issue 19), loaded on demand: the sheet's kind,
 * for a table its header row (typed, or taken from the selection in Excel) and each column's
 * role, for a goal sheet its goal id and where its details stand — prefilled with how Zielwerk
 * reads the sheet now. A preview reads the sheet with this entry before anything is stored
 * (from the grids the pane already holds: no new read of the workbook). Also the preview of a
 * map taken from a file ("Lesart aus Datei übernehmen"). Its texts (core/i18n/layout.ts) are
 * loaded before it is shown (StructureView), so they stay out of the pane's first view.
 */
import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { columnLetters, fromA1 } from '../core/a1';
import { extract } from '../core/extract';
import { roleLabel } from '../core/extract/roles';
import { cellText, type Grid } from '../core/grid';
import { type Lang, t } from '../core/i18n';
import { entryFor } from '../core/layout/describe';
import { resolveLayout } from '../core/layout/resolve';
import type { LayoutMap, SheetMap } from '../core/layout/schema';
import { mergeLayouts, storedLayout, withFingerprints } from '../core/layout/store';
import { LAYOUT_KINDS, LAYOUT_ROLES, type LayoutKind } from '../core/layout/words';
import type { Model, ReadProblem } from '../core/model';
import { foldLabel } from '../core/text';
import { LAYOUT_PROBLEM_VARIANTS } from '../core/validate/rules/layout-map-stale';

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '12px 0 4px' },
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', marginBottom: '-6px' },
  grow: { flexGrow: 1, minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
  take: { flexShrink: 0 },
  fieldset: { border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: '4px' },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dl: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 10px', margin: 0 },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0 },
  full: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  partly: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  problem: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', gap: '8px', marginTop: '4px' },
  list: { margin: 0, paddingLeft: '16px' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

/** The goal-sheet details a map can place, in the order the editor shows them. */
const FIELDS = ['id', 'title', 'lead', 'participants', 'interimGoal'] as const;
type FieldName = (typeof FIELDS)[number];

/** Sheet kinds read as goal forms (their details have places), and those that name one goal. */
const FORM_KINDS: readonly LayoutKind[] = ['goal-sheet', 'goal-blocks', 'project'];
const ONE_GOAL_KINDS: readonly LayoutKind[] = ['goal-sheet', 'project'];

/** At most this many columns of a header row get a role dropdown. */
const MAX_COLUMNS = 40;

/** "(offen)": a column the entry says nothing about (not in the map, so read as not understood). */
const UNSET = '';

const GOAL_ID = /^\d{1,2}\.\d{1,3}$/;
const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

interface Draft {
  kind: LayoutKind;
  /** The header row as typed (1-based). */
  row: string;
  /** Column letter → role, for the header row `rolesRow`. */
  roles: Record<string, string>;
  goal: string;
  fields: Record<FieldName, string>;
}

/** The name of a role in the user's language. */
export function roleName(lang: Lang, role: string): string {
  if (role === 'round' || role === 'ignore') return t(lang, `layout.role.${role}`);
  return roleLabel(lang, role);
}

/** The texts and columns of a row (1-based): the columns with a heading there or data below, left to right. */
function columnsOf(grid: Grid | undefined, row: number): { col: string; text: string }[] {
  if (!grid || !(row >= 1)) return [];
  const texts = new Map<number, string>();
  const below = new Set<number>();
  for (const c of grid.cells) {
    if (c.row === row - 1) {
      const text = cellText(c);
      if (text) texts.set(c.col, text);
    } else if (c.row > row - 1) below.add(c.col);
  }
  const cols = [...new Set([...texts.keys(), ...below])].sort((a, b) => a - b).slice(0, MAX_COLUMNS);
  return cols.map((c) => ({ col: columnLetters(c), text: texts.get(c) ?? '' }));
}

/** Each column's role for a header row: the entry's where it names this row, else a role whose name is the heading. */
function guessRoles(grid: Grid | undefined, row: number, entry: SheetMap | null): Record<string, string> {
  if (entry?.header && entry.header.row === row) return { ...entry.header.columns };
  const byName = new Map<string, string>();
  for (const role of LAYOUT_ROLES) {
    if (role === 'ignore' || role === 'round') continue;
    for (const lang of ['de', 'en'] as const) byName.set(foldLabel(roleLabel(lang, role)), role);
  }
  const out: Record<string, string> = {};
  for (const { col, text } of columnsOf(grid, row)) {
    const role = text ? byName.get(foldLabel(text)) : undefined;
    if (role) out[col] = role;
  }
  return out;
}

function placeText(place: string | string[] | undefined): string {
  if (place === undefined) return '';
  return Array.isArray(place) ? place.join('; ') : place;
}

/** A detail's place as typed: a cell ("B4"), or label words separated by ";". */
function placeOf(text: string): string | string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (CELL.test(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const words = trimmed
    .split(';')
    .map((w) => w.trim().slice(0, 80))
    .filter(Boolean)
    .slice(0, 20);
  return words.length ? words : undefined;
}

/** How Zielwerk reads the sheet now, as the editor's starting point. */
function initialDraft(sheet: string, grids: Grid[], model: Model): { draft: Draft; entry: SheetMap | null } {
  const info = model.sheets.find((s) => s.sheet === sheet);
  const grid = grids.find((g) => g.name === sheet);
  const mapped = resolveLayout(grids).bySheet.get(sheet);
  const entry = info ? entryFor(info, grid, mapped) : null;
  const fields = Object.fromEntries(FIELDS.map((f) => [f, placeText(entry?.fields?.[f])])) as Record<FieldName, string>;
  return {
    entry,
    draft: {
      kind: entry?.kind ?? (info?.kind === 'goal-form' ? 'goal-sheet' : 'milestone-list'),
      row: entry?.header ? String(entry.header.row) : '',
      roles: entry?.header ? { ...entry.header.columns } : {},
      goal: entry?.goal ?? '',
      fields,
    },
  };
}

/** The map entry the draft says, or null while a part of it is not valid. */
function entryOf(sheet: string, d: Draft, grid: Grid | undefined): SheetMap | null {
  if (d.kind === 'ignore') return { sheet, kind: 'ignore' };
  const entry: SheetMap = { sheet, kind: d.kind };
  if (d.row.trim()) {
    const row = Number(d.row);
    if (!Number.isInteger(row) || row < 1) return null;
    const columns: Record<string, string> = {};
    for (const { col } of columnsOf(grid, row)) if (d.roles[col]) columns[col] = d.roles[col];
    if (Object.keys(columns).length) entry.header = { row, columns };
  }
  if (ONE_GOAL_KINDS.includes(d.kind) && d.goal.trim()) {
    if (!GOAL_ID.test(d.goal.trim())) return null;
    entry.goal = d.goal.trim();
  }
  if (FORM_KINDS.includes(d.kind)) {
    const fields: NonNullable<SheetMap['fields']> = {};
    for (const f of FIELDS) {
      const place = placeOf(d.fields[f]);
      if (place !== undefined) fields[f] = place;
    }
    if (Object.keys(fields).length) entry.fields = fields;
  }
  return entry;
}

/** What a model read on one sheet: its kind, goals, rows read and share understood. */
interface SheetPreview {
  kind: string;
  goals: string[];
  milestones: number;
  checks: number;
  partners: number;
  coverage: number;
  problems: ReadProblem[];
}

function previewOf(model: Model, sheet: string): SheetPreview {
  const info = model.sheets.find((s) => s.sheet === sheet);
  const milestones = new Set([...model.goals.flatMap((g) => g.milestones), ...model.orphans.milestones].filter((m) => m.source.sheet === sheet));
  const checks = model.goals.flatMap((g) => g.statusChecks).filter((c) => c.source.sheet === sheet).length;
  const partners = model.partners.filter((p) => p.source.sheet === sheet).length;
  return {
    kind: info?.kind ?? 'skipped',
    goals: info?.goals ?? [],
    milestones: milestones.size,
    checks,
    partners,
    coverage: info?.coverage ?? 0,
    problems: model.problems.filter((p) => p.sheet === sheet && p.kind.startsWith('layout-')),
  };
}


/** The preview box: what would be read, live. */
function Preview({ L, p, id }: { L: L; p: SheetPreview; id: string }) {
  const s = useStyles();
  const pct = Math.round(p.coverage * 100);
  // checks and partners only where the sheet has them
  const lines: [string, ReactNode][] = [
    ['kind', L(`sheet.${p.kind}`)],
    ['goals', p.goals.join(', ') || L('ui.layout.preview.none')],
    ['milestones', p.milestones],
    ...(p.checks ? [['checks', p.checks] as [string, ReactNode]] : []),
    ...(p.partners ? [['partners', p.partners] as [string, ReactNode]] : []),
    ['coverage', <span className={pct === 100 ? s.full : s.partly}>{pct} %</span>],
  ];
  return (
    <section className={s.preview} aria-labelledby={id} role="status">
      <h3 id={id} className={s.h3} style={{ marginTop: 0 }}>
        {L('ui.layout.preview')}
      </h3>
      <dl className={s.dl}>
        {lines.map(([key, value]) => (
          <Fragment key={key}>
            <dt className={s.dt}>{L(`ui.layout.preview.${key}`)}</dt>
            <dd className={s.dd}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {p.problems.map((x, i) => (
        <Caption1 key={i} block className={s.problem}>
          {L(`rule.layout-map-stale.${LAYOUT_PROBLEM_VARIANTS[x.kind] ?? 'nothingRead'}`, { sheet: x.sheet, value: x.value })}
        </Caption1>
      ))}
    </section>
  );
}

export interface SheetEditorProps {
  L: L;
  lang: Lang;
  sheet: string;
  grids: Grid[];
  model: Model;
  busy: boolean;
  /** The cell or range selected in Excel. */
  onSelection: () => Promise<{ sheet: string; address: string }>;
  onSave: (entries: LayoutMap) => void;
  onCancel: () => void;
}

/** "Lesart anpassen" for one sheet. */
export function SheetEditor({ L, lang, sheet, grids, model, busy, onSelection, onSave, onCancel }: SheetEditorProps) {
  const s = useStyles();
  const grid = useMemo(() => grids.find((g) => g.name === sheet), [grids, sheet]);
  const start = useMemo(() => initialDraft(sheet, grids, model), [sheet, grids, model]);
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [selectionNote, setSelectionNote] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const rowNumber = Number(draft.row);
  const rowOk = draft.row.trim() === '' || (Number.isInteger(rowNumber) && rowNumber >= 1);
  const goalOk = draft.goal.trim() === '' || GOAL_ID.test(draft.goal.trim());
  const columns = useMemo(() => (rowOk ? columnsOf(grid, rowNumber) : []), [grid, rowNumber, rowOk]);
  const entry = entryOf(sheet, draft, grid);
  const key = JSON.stringify(entry);
  // the preview: this sheet read with this entry alone (the grids the pane holds, no new read)
  const preview = useMemo(() => {
    if (!entry || !grid) return null;
    return previewOf(extract([grid], { layout: { version: 1, sheets: [entry] } }), sheet);
    // the entry's JSON is its identity
  }, [key, grid, sheet]);

  const setRow = (row: string) => {
    const n = Number(row);
    const roles = Number.isInteger(n) && n >= 1 ? guessRoles(grid, n, start.entry) : {};
    setDraft((d) => ({ ...d, row, roles }));
  };
  /** The selection in Excel, when it is on this sheet: its first cell. */
  const takeSelection = async (): Promise<{ row: number; col: number } | null> => {
    setSelectionNote(null);
    try {
      const sel = await onSelection();
      if (sel.sheet !== sheet) {
        setSelectionNote(L('ui.layout.selectionElsewhere', { other: sel.sheet, sheet }));
        return null;
      }
      return fromA1(sel.address.split(':')[0]);
    } catch {
      setSelectionNote(L('ui.layout.selectionFailed'));
      return null;
    }
  };
  const takeRow = async () => {
    const at = await takeSelection();
    if (at) setRow(String(at.row + 1));
  };
  const takeCell = async (f: FieldName) => {
    const at = await takeSelection();
    if (at) setDraft((d) => ({ ...d, fields: { ...d.fields, [f]: `${columnLetters(at.col)}${at.row + 1}` } }));
  };

  const kindName = (k: string) => L(`layout.kind.${k}`);
  const isForm = FORM_KINDS.includes(draft.kind);
  const roleOptions = (current: string | undefined) => {
    const list: string[] = [UNSET, ...LAYOUT_ROLES];
    if (current && !list.includes(current)) list.push(current);
    return list;
  };
  const roleText = (r: string) => (r === UNSET ? L('ui.layout.unset') : roleName(lang, r));
  return (
    <section aria-labelledby="zw-layout-h">
      <h2 id="zw-layout-h" ref={heading} tabIndex={-1} className={s.h2}>
        {L('ui.layout.heading', { sheet })}
      </h2>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>
        {L('ui.layout.intro')}
      </Caption1>
      <form
        className={s.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (entry) onSave({ version: 1, sheets: [entry] });
        }}
      >
        <Field label={L('ui.layout.kind')}>
          <Dropdown
            value={kindName(draft.kind)}
            selectedOptions={[draft.kind]}
            onOptionSelect={(_, d) => d.optionValue && setDraft((x) => ({ ...x, kind: d.optionValue as LayoutKind }))}
          >
            {LAYOUT_KINDS.map((k) => (
              <Option key={k} value={k}>
                {kindName(k)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {draft.kind !== 'ignore' && (
          <>
            <div className={s.row}>
              <Field
                className={s.grow}
                label={L('ui.layout.headerRow')}
                validationState={rowOk ? 'none' : 'error'}
                validationMessage={rowOk ? undefined : L('ui.layout.invalidRow')}
              >
                <Input className={s.input} type="number" min={1} value={draft.row} onChange={(_, d) => setRow(d.value)} />
              </Field>
              <Button className={s.take} disabled={busy} onClick={() => void takeRow()} aria-label={L('ui.layout.takeRowLabel')}>
                {L('ui.layout.take')}
              </Button>
            </div>
            <Caption1 block>{L('ui.layout.headerRowHint')}</Caption1>
            {selectionNote && (
              <Caption1 block role="alert" className={s.problem}>
                {selectionNote}
              </Caption1>
            )}
            {draft.row.trim() !== '' && rowOk && (
              <fieldset className={s.fieldset}>
                <legend className={s.legend}>{L('ui.layout.columns')}</legend>
                {columns.length === 0 && <Caption1>{L('ui.layout.noColumns')}</Caption1>}
                {columns.map(({ col, text }) => {
                  const current = draft.roles[col] ?? UNSET;
                  return (
                    <Field key={col} label={text ? L('ui.layout.column', { col, text }) : L('ui.layout.columnEmpty', { col })}>
                      <Dropdown
                        value={roleText(current)}
                        selectedOptions={[current]}
                        onOptionSelect={(_, d) => setDraft((x) => ({ ...x, roles: { ...x.roles, [col]: d.optionValue ?? UNSET } }))}
                      >
                        {roleOptions(current).map((r) => (
                          <Option key={r || '-'} value={r} text={roleText(r)}>
                            {roleText(r)}
                          </Option>
                        ))}
                      </Dropdown>
                    </Field>
                  );
                })}
              </fieldset>
            )}
            {ONE_GOAL_KINDS.includes(draft.kind) && (
              <Field
                label={L('ui.layout.goal')}
                validationState={goalOk ? 'none' : 'error'}
                validationMessage={goalOk ? undefined : L('ui.layout.invalidGoal')}
              >
                <Input value={draft.goal} onChange={(_, d) => setDraft((x) => ({ ...x, goal: d.value }))} />
              </Field>
            )}
            {isForm && (
              <fieldset className={s.fieldset}>
                <legend className={s.legend}>{L('ui.layout.fields')}</legend>
                <Caption1 block>{L('ui.layout.fieldsHint')}</Caption1>
                {FIELDS.map((f) => (
                  <div key={f} className={s.row}>
                    <Field className={s.grow} label={L(`layout.field.${f}`)}>
                      <Input className={s.input} value={draft.fields[f]} onChange={(_, d) => setDraft((x) => ({ ...x, fields: { ...x.fields, [f]: d.value } }))} />
                    </Field>
                    <Button className={s.take} disabled={busy} onClick={() => void takeCell(f)} aria-label={L('ui.layout.takeCellLabel', { field: L(`layout.field.${f}`) })}>
                      {L('ui.layout.take')}
                    </Button>
                  </div>
                ))}
              </fieldset>
            )}
          </>
        )}
        {preview && <Preview L={L} p={preview} id="zw-layout-preview-h" />}
        <div className={s.actions}>
          <Button appearance="primary" type="submit" disabled={busy || !entry}>
            {L('ui.layout.save')}
          </Button>
          <Button onClick={onCancel}>{L('ui.layout.cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

export interface FileLayoutProps {
  L: L;
  file: string;
  map: LayoutMap;
  grids: Grid[];
  busy: boolean;
  onSave: (entries: LayoutMap) => void;
  onCancel: () => void;
}

/** "Lesart aus Datei übernehmen": what the workbook's sheets would read with the file's map, before it is stored. */
export function FileLayout({ L, file, map, grids, busy, onSave, onCancel }: FileLayoutProps) {
  const s = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { fitting, missing, rows } = useMemo(() => {
    const fit = withFingerprints(map, grids);
    const kept = storedLayout(grids);
    const model = extract(grids, { layout: mergeLayouts(kept && 'map' in kept ? kept.map : null, fit.map) });
    const before = extract(grids);
    return {
      fitting: fit.map,
      missing: fit.missing,
      rows: fit.map.sheets.map((e) => ({
        entry: e,
        before: before.sheets.find((x) => x.sheet === e.sheet)?.coverage ?? 0,
        after: previewOf(model, e.sheet),
      })),
    };
  }, [map, grids]);
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return (
    <section aria-labelledby="zw-layout-file-h">
      <h2 id="zw-layout-file-h" ref={heading} tabIndex={-1} className={s.h2}>
        {L('ui.layout.file.heading', { file })}
      </h2>
      <section aria-labelledby="zw-layout-file-preview" role="status" className={s.preview}>
        <h3 id="zw-layout-file-preview" className={s.h3} style={{ marginTop: 0 }}>
          {L('ui.layout.preview')}
        </h3>
        {rows.length === 0 && <Caption1 block>{L('ui.layout.file.nothing')}</Caption1>}
        <ul className={s.list}>
          {rows.map((r) => (
            <li key={r.entry.sheet}>
              {r.entry.sheet} – {L(`layout.kind.${r.entry.kind}`)}
              {r.after.goals.length ? ` (${r.after.goals.join(', ')})` : ''}: {pct(r.before)} →{' '}
              <span className={r.after.coverage === 1 ? s.full : s.partly}>{pct(r.after.coverage)}</span>
            </li>
          ))}
        </ul>
        {missing.length > 0 && (
          <Caption1 block className={s.problem}>
            {L('ui.layout.file.missing', { sheets: missing.join(', ') })}
          </Caption1>
        )}
      </section>
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy || fitting.sheets.length === 0} onClick={() => onSave(fitting)}>
          {L('ui.layout.save')}
        </Button>
        <Button onClick={onCancel}>{L('ui.layout.cancel')}</Button>
      </div>
    </section>
  );
}

