/**
 * Contact details in free text and what makes one plausible: e-mail addresses, phone
 * numbers, and the labels people write before them ("Ansprechperson:", "Tel.:").
 * Used by extraction (leads, partner rows), validation (email-invalid, phone-implausible)
 * and the summaries.
 */

// bounded as addresses are (64 characters before the @, 63 per label): unbounded runs made a
// long cell with one @ quadratic
const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;
const EMAIL_RE_G = new RegExp(EMAIL_RE.source, 'g');
/** A phone number: starts with 0 or +, digits with spaces, dashes, slashes, dots, parentheses; ≥ 6 digits. */
const PHONE_RE_G = /(?:\+|(?<![\d.])\b0)[\d ()/.\-–]{5,}\d/g;
export const MAILTO_RE = /mailto:/gi;

/** The first e-mail address in a text. @example findEmail('Matthias Groß (m.gross@bksn.de)') === 'm.gross@bksn.de' */
export function findEmail(text: string): string | null {
  if (!text.includes('@')) return null;
  const m = EMAIL_RE.exec(text.replace(MAILTO_RE, ''));
  return m ? m[0].replace(/\.$/, '') : null;
}

/** Text around an '@' up to a space or separator: an address as written, valid or not. */
const EMAIL_LIKE_RE = /[^\s,;()<>[\]"']{0,64}@[^\s,;()<>[\]"']{0,255}/;

/**
 * The first e-mail address in a text, or else the first address-like token (text around an
 * '@'), as written: a malformed address is still the contact's address, and the
 * email-invalid rule reports it rather than extraction dropping it.
 *
 * @example findEmailLike('Frau Muster, muster@example') === 'muster@example'
 * @example findEmailLike('Team @ BIZ') === null (a lone '@' is not an address)
 */
export function findEmailLike(text: string): string | null {
  if (!text.includes('@')) return null;
  const valid = findEmail(text);
  if (valid) return valid;
  const m = EMAIL_LIKE_RE.exec(text.replace(MAILTO_RE, ''));
  return m && m[0].length > 1 ? m[0] : null;
}

/** The first phone number in a text (as written, trimmed). @example findPhone('Telefon: 0 52 51 – 29066-19') === '0 52 51 – 29066-19' */
export function findPhone(text: string): string | null {
  // a number has six digits or more: a text with fewer holds none (and needs no search)
  if (digitCount(text) < 6) return null;
  const withoutMail = text.includes('@') ? text.replace(EMAIL_RE_G, ' ') : text;
  // exec rather than matchAll: matchAll copies the expression on every call
  PHONE_RE_G.lastIndex = 0;
  for (let m = PHONE_RE_G.exec(withoutMail); m; m = PHONE_RE_G.exec(withoutMail)) {
    const s = m[0].trim();
    const digits = s.replace(/\D/g, '');
    if (digits.length < 6 || digits.length > 16) continue;
    // a date such as 01.02.2019 or a postcode-and-street run is not a phone number
    if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(s)) continue;
    if (/^0\d{4}$/.test(digits) && !/\s/.test(s)) continue;
    return s;
  }
  return null;
}

/** How many digits a text holds. */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Digits of a phone number with a leading + kept: for comparing and for plausibility checks. */
export function phoneDigits(phone: string): string {
  const plus = phone.trim().startsWith('+');
  return (plus ? '+' : '') + phone.replace(/\D/g, '');
}

const LABEL_PREFIX_RE =
  /^(?:ansprechperson(?:en)?|ansprechpartner(?:in|\/in|\*in)?|anspruchspartner|kontakt(?:person)?|federführung|federführend|e-?mail|mail|tel\.?|telefon|fax|lead|contact(?: person)?)\s*[:.]\s*/i;

/** Strips a leading "Ansprechperson:" (and similar) from a value. */
export function stripContactLabel(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 3; i++) {
    const label = LABEL_PREFIX_RE.exec(s);
    if (!label) break;
    s = s.slice(label[0].length);
  }
  return s;
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** True for a plausible e-mail address. @example isValidEmail('m.gross@bksn.de') === true */
export function isValidEmail(s: string): boolean {
  const v = s.trim();
  return EMAIL.test(v) && !v.includes('..') && !v.startsWith('.') && !/\.@/.test(v);
}

/**
 * True for a plausible German or international phone number: starts with 0 or +, 6 to 15
 * digits, only digits, spaces and - / ( ) . – in between.
 *
 * @example isPlausiblePhone('0 52 51 – 29066-19') === true
 */
export function isPlausiblePhone(s: string): boolean {
  const v = s.trim();
  if (!/^[+0(]/.test(v) || /[^\d\s()/.\-–+]/.test(v)) return false;
  const digits = phoneDigits(v).replace('+', '');
  return digits.length >= 6 && digits.length <= 15;
}
