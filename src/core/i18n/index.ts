/**
 * Messages in German (first) and English. Every user-facing text lives in the catalogues
 * of this folder; code refers to messages by key. Placeholders are written `{name}`.
 */
import { COMMON } from './common';

export type Lang = 'de' | 'en';
export interface Entry {
  de: string;
  en: string;
}

// feature catalogues (CLI, rules, summary sheets, task pane) register themselves when loaded,
// so each bundle carries only the texts it shows
const CATALOGUE: Record<string, Entry> = { ...COMMON };

/** Adds a catalogue (used by feature folders: validation rules, summary sheets). */
export function register(entries: Record<string, Entry>): void {
  for (const [k, v] of Object.entries(entries)) {
    if (CATALOGUE[k] && (CATALOGUE[k].de !== v.de || CATALOGUE[k].en !== v.en)) throw new Error(`duplicate message key ${k}`);
    CATALOGUE[k] = v;
  }
  COMPILED.de.clear();
  COMPILED.en.clear();
}

/**
 * Renders a message. Unknown keys render as the key itself, so a missing text is visible
 * rather than fatal. `{name}` is replaced by the parameter; `{name:one|many}` by the number
 * with its word in singular or plural ("1 Hinweis", "2 Hinweise").
 *
 * @example t('de', 'date.precision.month') === 'Monat'
 */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const parts = compiled(lang, key);
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    out += placeholder(parts[i], params) + parts[i + 1];
  }
  return out;
}

function placeholder(spec: string, params: Record<string, string | number>): string {
  const colon = spec.indexOf(':');
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const v = params[name];
  if (v === undefined) return `{${spec}}`;
  if (colon < 0) return String(v);
  const [one, many = one] = spec.slice(colon + 1).split('|');
  return `${v} ${Number(v) === 1 ? one : many}`;
}

/** Templates split once into literal, name, literal, … (messages are rendered thousands of times), by language. */
const COMPILED: Record<Lang, Map<string, string[]>> = { de: new Map(), en: new Map() };
function compiled(lang: Lang, key: string): string[] {
  const byKey = COMPILED[lang];
  let parts = byKey.get(key);
  if (!parts) {
    const entry = CATALOGUE[key];
    parts = (entry ? entry[lang] : key).split(/\{(\w+(?::[^{}]*)?)\}/g);
    byKey.set(key, parts);
  }
  return parts;
}

/**
 * A message as a function of its parameters, for rendering one message thousands of times
 * (validation findings): the lookup happens once. `text` transforms every text parameter
 * put into the message (validation quotes the user's text on one short line).
 */
export function renderer(lang: Lang, key: string, text?: (s: string) => string): (params: Record<string, string | number>) => string {
  const parts = compiled(lang, key);
  if (parts.length === 1) return () => parts[0];
  return (params) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const p = placeholder(parts[i], params);
      out += (text && typeof params[parts[i]] === 'string' ? text(p) : p) + parts[i + 1];
    }
    return out;
  };
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
