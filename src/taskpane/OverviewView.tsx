import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { countFindings } from '../core/validate';
import type { CheckResult } from '../excel/host';
import { formatDay } from '../core/format';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '8px', margin: '8px 0 12px' },
  stat: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '8px', textAlign: 'center' },
  number: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, display: 'block', lineHeight: '1.1' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  list: { margin: '4px 0 8px', paddingLeft: '18px' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

export function OverviewView({ L, result, busy, onCreate }: { L: L; result: CheckResult | null; busy: boolean; onCreate: () => void }) {
  const s = useStyles();
  if (!result) return null;
  const { model, findings } = result;
  const milestones = new Set(model.goals.flatMap((g) => g.milestones)).size + model.orphans.milestones.length;
  const counts = countFindings(findings);
  const skipped = model.skipped.filter((x) => x.reason !== 'generated');
  return (
    <section aria-labelledby="zw-overview-h">
      <h2 id="zw-overview-h" className={s.h2}>
        {L('ui.overview.heading')}
      </h2>
      <div className={s.grid}>
        <div className={s.stat}>
          <span className={s.number}>{model.goals.length}</span>
          <Caption1>{L('ui.overview.goals')}</Caption1>
        </div>
        <div className={s.stat}>
          <span className={s.number}>{milestones}</span>
          <Caption1>{L('ui.overview.milestones')}</Caption1>
        </div>
        <div className={s.stat}>
          <span className={s.number}>{model.partners.length}</span>
          <Caption1>{L('ui.overview.partners')}</Caption1>
        </div>
      </div>
      <Body1 block as="p" style={{ margin: '4px 0' }}>{L('ui.overview.findings', counts)}</Body1>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>{L('ui.overview.asOf', { date: formatDay(result.today, result.lang) })}</Caption1>
      {model.goals.length === 0 && <Body1 block as="p" style={{ margin: '4px 0' }}>{L('ui.overview.noGoals')}</Body1>}
      {skipped.length > 0 && (
        <>
          <h3 className={s.h2}>{L('ui.overview.skipped')}</h3>
          <ul className={s.list}>
            {skipped.map((x) => (
              <li key={x.sheet}>
                {x.sheet} – {L(`skip.${x.reason}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <Button appearance="primary" disabled={busy || model.goals.length === 0} onClick={onCreate}>
        {L('ui.overview.create')}
      </Button>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>{L('ui.overview.createHint')}</Caption1>
    </section>
  );
}
