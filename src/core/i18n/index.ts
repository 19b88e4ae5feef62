/**
 * Messages in German (first) and English. Every user-facing text lives in the catalogues
 * of this folder; code refers to messages by key. Placeholders are written `{name}`.
 */
import { CLI } from './cli';
import { COMMON } from './common';

export type Lang = 'de' | 'en';
export interface Entry {
  de: string;
  en: string;
}

const CATALOGUE: Record<string, Entry> = { ...COMMON, ...CLI };

/** Adds a catalogue (used by feature folders: validation rules, summary sheets). */
export function register(entries: Record<string, Entry>): void {
  for (const [k, v] of Object.entries(entries)) {
    if (CATALOGUE[k] && (CATALOGUE[k].de !== v.de || CATALOGUE[k].en !== v.en)) throw new Error(`duplicate message key ${k}`);
    CATALOGUE[k] = v;
  }
}

/**
 * Renders a message. Unknown keys render as the key itself, so a missing text is visible
 * rather than fatal.
 *
 * @example t('de', 'date.precision.month') === 'Monat'
 */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = CATALOGUE[key];
  const template = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** True when the catalogue has the key. */
export function has(key: string): boolean {
  return key in CATALOGUE;
}

/** All keys (for completeness tests). */
export function keys(): string[] {
  return Object.keys(CATALOGUE);
}

/** English for English display languages ("en-US", "en-GB"), German for everything else. */
export function langFrom(displayLanguage: string | null | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'de';
}

/** Parses a --lang value; null when it is neither de nor en. */
export function parseLang(value: string): Lang | null {
  const v = value.trim().toLowerCase();
  if (v === 'de' || v.startsWith('de-')) return 'de';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return null;
}
