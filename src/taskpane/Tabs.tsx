/**
 * Tabs following the WAI-ARIA tabs pattern: one tab in the tab order, arrow keys (and Home,
 * End) move between tabs and select them. Styled like Fluent's tabs, without focus helpers
 * that screen readers would meet as hidden yet focusable elements.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useRef } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', gap: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  tab: {
    background: 'transparent',
    border: 'none',
    borderBottom: '3px solid transparent',
    padding: '8px 10px 6px',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px', borderRadius: tokens.borderRadiusMedium },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

export function Tabs<T extends string>({ tabs, selected, onSelect, label }: { tabs: { value: T; label: string }[]; selected: T; onSelect: (v: T) => void; label: string }) {
  const s = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, i: number) => {
    const n = tabs.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={s.list}>
      {tabs.map((t, i) => (
        <button
          key={t.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          id={`zw-tab-${t.value}`}
          type="button"
          role="tab"
          aria-selected={t.value === selected}
          aria-controls="zw-panel"
          tabIndex={t.value === selected ? 0 : -1}
          className={`${s.tab} ${t.value === selected ? s.selected : ''}`}
          onClick={() => onSelect(t.value)}
          onKeyDown={(e) => move(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
