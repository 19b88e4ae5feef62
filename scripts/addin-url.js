/* eslint-disable no-undef */
// The address the add-in is served from, and the manifest for it. manifest.xml names the
// development server (https://localhost:3000/); a build for another address
// (`npm run build -- --env url=…` or ZIELWERK_URL) gets a manifest naming only that one.
'use strict';

const DEV_URL = 'https://localhost:3000/';

/**
 * The add-in's base address, ending in "/". Office loads add-ins over https only; anything
 * else is refused with a one-line message (German, then English).
 */
function addinUrl(raw) {
  let u;
  try {
    u = new URL(String(raw).trim());
  } catch {
    throw new Error(`Keine gültige Adresse: „${raw}“ (erwartet z. B. https://server/zielwerk/). / Not a valid address: "${raw}".`);
  }
  if (u.protocol !== 'https:') {
    throw new Error(`Office lädt Add-ins nur über https: „${raw}“. / Office loads add-ins over https only: "${raw}".`);
  }
  if (u.search || u.hash) throw new Error(`Die Adresse darf weder ? noch # enthalten: „${raw}“. / The address may contain neither ? nor #: "${raw}".`);
  return u.href.replace(/\/?$/, '/');
}

/**
 * manifest.xml for `url`: every address of the development server replaced; none may remain.
 * For another address the developer's comments go and one line says what the file is for.
 */
function manifestFor(xml, url) {
  let out = xml;
  if (url !== DEV_URL) {
    const api = /<Set Name="ExcelApi" MinVersion="([^"]+)"/.exec(xml)?.[1] ?? '?';
    out = out.replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, '');
    out = out.replace(/^(<\?xml[^>]*\?>\r?\n?)?/, (decl) => `${decl}<!-- Zielwerk für ${url} – Excel 2021, 2024, Microsoft 365 (Windows, Mac), Excel im Web (ExcelApi ${api}). -->\n`);
    out = out.split(DEV_URL).join(url);
  }
  const foreign = [...out.matchAll(/"(https?:\/\/[^"]*)"/g)].map((m) => m[1]).filter((u) => !u.startsWith(url) && !isNamespace(u));
  if (foreign.length) throw new Error(`manifest.xml names other addresses than ${url}: ${foreign.join(', ')}`);
  return out;
}

/** XML namespace and schema names are not addresses the add-in loads. */
function isNamespace(u) {
  return /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u);
}

module.exports = { DEV_URL, addinUrl, manifestFor };
