/** Default settings of the validation rules (zod-free, so the custom functions can use them). */
import type { IsoDate } from '../model';

/** Leitziel 1–12, Mittlerziel 1–72. */
export const DEFAULT_BOUNDS: { leitziel: [number, number]; mittlerziel: [number, number] } = { leitziel: [1, 12], mittlerziel: [1, 72] };
/** Dates outside 2018–2024 are suspicious. */
export const DEFAULT_PERIOD: { from: IsoDate; to: IsoDate } = { from: '2018-01-01', to: '2024-12-31' };
