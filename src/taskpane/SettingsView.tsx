import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDay, readDay } from '../core/format';
import type { Lang } from '../core/i18n';
import { sanitize, type Settings } from '../excel/settings';

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '360px', minWidth: 0 },
  // two fields side by side share the width, however narrow the pane (320 px and less)
  pair: { display: 'flex', gap: '8px', '> *': { flex: '1 1 0', minWidth: 0 } },
  input: { minWidth: 0, width: '100%' },
});

type L = (key: string, params?: Record<string, string | number>) => string;

export function SettingsView({
  L,
  lang,
  settings,
  busy,
  onSave,
  onRemove,
}: {
  L: L;
  lang: Lang;
  settings: Settings;
  busy: boolean;
  onSave: (s: Settings) => Promise<void>;
  /** Takes out every sheet Zielwerk added, after the user said yes. */
  onRemove: () => void;
}) {
  const s = useStyles();
  // the day as the pane's language writes it: 15.11.2019 in German (a date input would follow the browser's locale)
  const [today, setToday] = useState(settings.today ? formatDay(settings.today, lang) : '');
  const [weeks, setWeeks] = useState(String(settings.weeks));
  const [l1, setL1] = useState(String(settings.bounds.leitziel[0]));
  const [l2, setL2] = useState(String(settings.bounds.leitziel[1]));
  const [m1, setM1] = useState(String(settings.bounds.mittlerziel[0]));
  const [m2, setM2] = useState(String(settings.bounds.mittlerziel[1]));
  const [langChoice, setLangChoice] = useState<string>(settings.lang ?? 'auto');
  const [tried, setTried] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const day = today.trim() === '' ? null : readDay(today);
  const todayOk = day === null || 'iso' in day;
  const int = (v: string, lo: number, hi: number) => /^\d+$/.test(v) && Number(v) >= lo && Number(v) <= hi;
  const weeksOk = int(weeks, 1, 104);
  const lOk = int(l1, 0, 99) && int(l2, 0, 99) && Number(l1) <= Number(l2);
  const mOk = int(m1, 0, 999) && int(m2, 0, 999) && Number(m1) <= Number(m2);
  const ok = todayOk && weeksOk && lOk && mOk;
  const state = (valid: boolean) => (tried && !valid ? 'error' : 'none');

  const save = () => {
    setTried(true);
    if (!ok) return;
    void onSave(
      sanitize({
        today: day && 'iso' in day ? day.iso : null,
        weeks: Number(weeks),
        bounds: { leitziel: [Number(l1), Number(l2)], mittlerziel: [Number(m1), Number(m2)] },
        lang: langChoice === 'de' || langChoice === 'en' ? langChoice : null,
      }),
    );
  };
  const langLabel = (v: string) => L(`ui.settings.lang.${v}`);
  return (
    <section aria-labelledby="zw-settings-h">
      <h2 id="zw-settings-h" className={s.h2}>
        {L('ui.settings.heading')}
      </h2>
      <Caption1 block as="p" style={{ margin: '4px 0 8px' }}>{L('ui.settings.hint')}</Caption1>
      <form
        noValidate
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label={L('ui.settings.today')} hint={L('ui.settings.todayHint')} validationState={state(todayOk)}>
          <Input className={s.input} value={today} placeholder={L('ui.settings.todayPlaceholder')} inputMode="numeric" onChange={(_, d) => setToday(d.value)} />
        </Field>
        <Field label={L('ui.settings.weeks')} validationState={state(weeksOk)}>
          <Input className={s.input} type="number" min={1} max={104} value={weeks} onChange={(_, d) => setWeeks(d.value)} />
        </Field>
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>{L('ui.settings.leitziel')}</legend>
          <div className={s.pair}>
            <Field label={L('ui.settings.from')} validationState={state(lOk)}>
              <Input className={s.input} type="number" value={l1} onChange={(_, d) => setL1(d.value)} />
            </Field>
            <Field label={L('ui.settings.to')} validationState={state(lOk)}>
              <Input className={s.input} type="number" value={l2} onChange={(_, d) => setL2(d.value)} />
            </Field>
          </div>
        </fieldset>
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>{L('ui.settings.mittlerziel')}</legend>
          <div className={s.pair}>
            <Field label={L('ui.settings.from')} validationState={state(mOk)}>
              <Input className={s.input} type="number" value={m1} onChange={(_, d) => setM1(d.value)} />
            </Field>
            <Field label={L('ui.settings.to')} validationState={state(mOk)}>
              <Input className={s.input} type="number" value={m2} onChange={(_, d) => setM2(d.value)} />
            </Field>
          </div>
        </fieldset>
        <Field label={L('ui.settings.lang')}>
          <Dropdown className={s.input} value={langLabel(langChoice)} selectedOptions={[langChoice]} onOptionSelect={(_, d) => setLangChoice(d.optionValue ?? 'auto')}>
            <Option value="auto">{langLabel('auto')}</Option>
            <Option value="de">{langLabel('de')}</Option>
            <Option value="en">{langLabel('en')}</Option>
          </Dropdown>
        </Field>
        {tried && !ok && <Caption1 role="alert">{L('ui.settings.invalid')}</Caption1>}
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {L('ui.settings.save')}
          </Button>
        </div>
      </form>
      <section aria-labelledby="zw-remove-h" className={s.form} style={{ marginTop: '20px' }}>
        <h3 id="zw-remove-h" className={s.h2}>
          {L('ui.settings.remove.heading')}
        </h3>
        <Caption1 block as="p" style={{ margin: 0 }}>
          {L('ui.settings.remove.hint')}
        </Caption1>
        {!confirmRemove ? (
          <div>
            <Button disabled={busy} onClick={() => setConfirmRemove(true)}>
              {L('ui.settings.remove')}
            </Button>
          </div>
        ) : (
          <div role="group" aria-label={L('ui.settings.remove.confirm')} className={s.pair} style={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Caption1 block as="p" style={{ margin: 0, width: '100%' }}>
              {L('ui.settings.remove.confirm')}
            </Caption1>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setConfirmRemove(false);
                onRemove();
              }}
            >
              {L('ui.settings.remove.yes')}
            </Button>
            <Button disabled={busy} onClick={() => setConfirmRemove(false)}>
              {L('ui.settings.remove.no')}
            </Button>
          </div>
        )}
      </section>
    </section>
  );
}
