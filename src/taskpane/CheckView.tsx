import { Badge, Button, Caption1, Checkbox, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { SEVERITIES } from '../core/constants';
import type { Finding, Severity } from '../core/validate/finding';
import type { CheckResult } from '../excel/host';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '8px', marginBottom: '8px' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', alignItems: 'center', marginBottom: '8px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '12px 0 4px' },
  h4: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: '6px 0 2px', color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 3.6em 1fr',
    gap: '6px',
    alignItems: 'start',
    width: '100%',
    textAlign: 'left',
    background: 'transparent',
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '6px 2px',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

type L = (key: string, params?: Record<string, string | number>) => string;

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const SEVERITY_LABEL: Record<Severity, string> = { error: 'severity.error', warning: 'severity.warning', info: 'severity.info' };

export function CheckView(props: { L: L; result: CheckResult | null; busy: boolean; onRecheck: () => void; onReport: () => void; onJump: (sheet: string, cell: string) => void }) {
  const { L, result, busy } = props;
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [rule, setRule] = useState<string>('');
  const findings = useMemo(() => result?.findings ?? [], [result]);
  // rules by the title the coordinator reads; the id stays in the tooltip
  const title = useCallback((id: string) => ruleTitleOf(L, id), [L]);
  const rules = useMemo(() => [...new Set(findings.map((f) => f.rule))].sort((a, b) => title(a).localeCompare(title(b))), [findings, title]);
  const visible = findings.filter((f) => shown[f.severity] && (!rule || f.rule === rule));
  // grouped by goal, then by sheet (goals in the model's order, findings without a goal last)
  const groups = useMemo(() => {
    const order = new Map((result?.model.goals ?? []).map((g, i) => [g.id, i]));
    const byGoal = new Map<string, Finding[]>();
    for (const f of visible) {
      const k = f.goal ?? '';
      byGoal.set(k, [...(byGoal.get(k) ?? []), f]);
    }
    return [...byGoal].sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : (order.get(a[0]) ?? 999) - (order.get(b[0]) ?? 999)));
  }, [visible, result]);
  const counts = (sev: Severity) => findings.filter((f) => f.severity === sev).length;
  return (
    <section aria-labelledby="zw-check-h">
      <h2 id="zw-check-h" className={s.h2}>
        {L('ui.check.heading')}
      </h2>
      <div className={s.toolbar}>
        <Button disabled={busy} onClick={props.onRecheck}>
          {L('ui.check.recheck')}
        </Button>
        <Button disabled={busy || !result} onClick={props.onReport}>
          {L('ui.check.asSheet')}
        </Button>
      </div>
      <fieldset className={s.filters} style={{ border: 'none', padding: 0, margin: '0 0 8px' }}>
        <legend className={s.h4}>{L('ui.check.severity')}</legend>
        {SEVERITIES.map((sev) => (
          <Checkbox
            key={sev}
            checked={shown[sev]}
            onChange={(_, d) => setShown({ ...shown, [sev]: !!d.checked })}
            label={`${L(SEVERITY_LABEL[sev])} (${counts(sev)})`}
          />
        ))}
      </fieldset>
      <Field label={L('ui.check.rule')}>
        <Dropdown value={rule ? title(rule) : L('ui.check.allRules')} selectedOptions={[rule]} onOptionSelect={(_, d) => setRule(d.optionValue ?? '')}>
          <Option value="">{L('ui.check.allRules')}</Option>
          {rules.map((r) => (
            <Option key={r} value={r} text={title(r)} title={L('ui.check.ruleId', { id: r })}>
              {title(r)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1 block as="p" role="status">
        {L('ui.check.count', { shown: visible.length, total: findings.length })}
      </Caption1>
      {findings.length === 0 && result && <p>{L('ui.check.none')}</p>}
      {findings.length > 0 && visible.length === 0 && <p>{L('ui.check.noneFiltered')}</p>}
      {groups.map(([goal, list]) => (
        <div key={goal || '-'}>
          <h3 className={s.h3}>{goal ? L('ui.check.goal', { id: goal }) : L('ui.check.noGoal')}</h3>
          {[...new Set(list.map((f) => f.sheet))].map((sheet) => (
            <div key={sheet}>
              <h4 className={s.h4}>{L('ui.check.sheet', { sheet })}</h4>
              <ul className={s.list}>
                {list
                  .filter((f) => f.sheet === sheet)
                  .map((f, i) => (
                    <li key={`${f.rule}-${f.cell}-${i}`}>
                      <button
                        type="button"
                        className={s.item}
                        title={`${title(f.rule)} (${L('ui.check.ruleId', { id: f.rule })})`}
                        aria-label={L('ui.check.jump', { severity: L(SEVERITY_LABEL[f.severity]), sheet: f.sheet, cell: f.cell, message: f.message })}
                        onClick={() => props.onJump(f.sheet, f.cell)}
                      >
                        <Badge appearance="tint" color={BADGE[f.severity]} size="small">
                          {L(SEVERITY_LABEL[f.severity])}
                        </Badge>
                        <span className={s.cell}>{f.cell}</span>
                        <span>{f.message}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

/** A rule's title in the pane's language (its messages' catalogue is loaded with the rules), else its id. */
function ruleTitleOf(L: L, id: string): string {
  const key = `rule-title.${id}`;
  const text = L(key);
  return text === key ? id : text;
}
