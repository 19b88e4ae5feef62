import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../excel/host';

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  table: { width: '100%', borderCollapse: 'collapse', marginBottom: '12px', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px', fontWeight: tokens.fontWeightSemibold },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

export function StructureView({ L, result, busy, onCreate }: { L: L; result: CheckResult | null; busy: boolean; onCreate: () => void }) {
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
              {L('ui.structure.goals')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.model.sheets.map((sh) => (
            <tr key={sh.sheet}>
              <td className={s.td}>{sh.sheet}</td>
              <td className={s.td}>{L(`sheet.${sh.kind}`)}</td>
              <td className={s.td}>{sh.goals.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button appearance="primary" disabled={busy || result.model.goals.length === 0} onClick={onCreate}>
        {L('ui.structure.create')}
      </Button>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>{L('ui.structure.createHint')}</Caption1>
    </section>
  );
}
