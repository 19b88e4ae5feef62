import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { roleLabel } from '../core/extract/roles';
import type { Lang } from '../core/i18n';
import type { SheetInfo } from '../core/model';
import type { CheckResult } from '../excel/host';

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  table: { width: '100%', borderCollapse: 'collapse', marginBottom: '12px', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px', fontWeight: tokens.fontWeightSemibold },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
  partly: { color: tokens.colorPaletteDarkOrangeForeground1 },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginTop: '2px' },
  list: { margin: '2px 0 0', paddingLeft: '16px' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

/**
 * Struktur: how each sheet was read — its kind and how clearly it was recognised, the share of
 * its cells Zielwerk understood, the blocks and tables it found (with their columns' roles),
 * and a button that selects the cells it did not understand.
 */
export function StructureView({
  L,
  lang,
  result,
  busy,
  onCreate,
  onShowUnread,
}: {
  L: L;
  lang: Lang;
  result: CheckResult | null;
  busy: boolean;
  onCreate: () => void;
  onShowUnread: (sheet: string, cells: string[]) => void;
}) {
  const s = useStyles();
  if (!result) return null;
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
