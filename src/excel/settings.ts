/**
 * Settings stored in the workbook (Office document settings), so colleagues who open the
 * same workbook get the same reference date, due window, goal-id bounds and language.
 */
import type { Lang } from '../core/i18n';
import type { IsoDate } from '../core/model';

export interface Settings {
  /** Reference day; null means "today". */
  today: IsoDate | null;
  /** Due window of the Fällig sheet, in weeks. */
  weeks: number;
  bounds: { leitziel: [number, number]; mittlerziel: [number, number] };
  /** Language of generated sheets and messages; null follows Excel's display language. */
  lang: Lang | null;
}

export const DEFAULT_SETTINGS: Settings = { today: null, weeks: 8, bounds: { leitziel: [1, 12], mittlerziel: [1, 72] }, lang: null };

const KEY = 'zielwerk.settings';

/** Reads the workbook's settings, repairing anything out of range to its default. */
export function loadSettings(): Settings {
  try {
    const raw = Office.context.document.settings.get(KEY) as Partial<Settings> | null;
    return sanitize(raw ?? {});
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function sanitize(raw: Partial<Settings>): Settings {
  const s = { ...DEFAULT_SETTINGS, ...raw };
  const isoOk = typeof s.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.today);
  const range = (v: unknown, lo: number, hi: number, d: [number, number]): [number, number] =>
    Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && n >= lo && n <= hi) && v[0] <= v[1] ? [v[0], v[1]] : d;
  return {
    today: isoOk ? s.today : null,
    weeks: Number.isInteger(s.weeks) && s.weeks >= 1 && s.weeks <= 104 ? s.weeks : DEFAULT_SETTINGS.weeks,
    bounds: {
      leitziel: range(s.bounds?.leitziel, 0, 99, DEFAULT_SETTINGS.bounds.leitziel),
      mittlerziel: range(s.bounds?.mittlerziel, 0, 999, DEFAULT_SETTINGS.bounds.mittlerziel),
    },
    lang: s.lang === 'de' || s.lang === 'en' ? s.lang : null,
  };
}

/** Stores settings in the document (saved with the workbook). */
export function saveSettings(settings: Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      Office.context.document.settings.set(KEY, sanitize(settings));
      Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)));
    } catch (e) {
      reject(e);
    }
  });
}
