/* eslint-disable no-undef */
// The https certificate of `npm run dev-server` (https://localhost:3000/), without sudo.
//
// On Windows and macOS office-addin-dev-certs makes a development CA and trusts it for the
// current user (Windows: the user's certificate store; macOS: the login keychain), as Office
// needs. On Linux it would call `sudo` to trust it system-wide, and Excel does not run there:
// the certificate is made (or reused) in the user's folder ~/.office-addin-dev-certs and one
// line says how to trust it. Where trusting fails on Windows or macOS the same happens.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { X509Certificate } = require('node:crypto');

const DAYS = 30;

/** The certificate files in `dir` while all three exist and the certificate is valid for another day. */
function readValid(dir) {
  const files = { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
  try {
    const out = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(f)]));
    const until = Date.parse(new X509Certificate(out.cert).validTo);
    return until - Date.now() > 24 * 3600 * 1000 ? out : null;
  } catch {
    return null;
  }
}

/** Where Debian-like systems keep a CA trusted system-wide (ours, or office-addin-dev-certs' own). */
const SYSTEM_CAS = ['/usr/local/share/ca-certificates/office-addin-dev-ca.crt', '/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt'];

function trustedSystemWide(ca) {
  return SYSTEM_CAS.some((f) => {
    try {
      return fs.readFileSync(f).equals(ca);
    } catch {
      return false;
    }
  });
}

/** One line, German then English, on how to trust the certificate. */
function trustHint(dir) {
  const ca = path.join(dir, 'ca.crt');
  return (
    `Entwicklungszertifikat: ${ca} ist nicht systemweit vertraut – im Browser unter Zertifikate › Zertifizierungsstellen importieren` +
    ` (Linux systemweit: sudo cp ${ca} ${SYSTEM_CAS[0]} && sudo update-ca-certificates).` +
    ` / Development certificate ${ca} is not trusted system-wide: import it as a certificate authority in your browser.`
  );
}

/**
 * https options {ca, cert, key} for webpack-dev-server. `platform` and `dir` exist for tests
 * (defaults: this machine, ~/.office-addin-dev-certs); `log` receives the one-line hint.
 */
async function httpsOptions({ platform = process.platform, dir, log = (line) => console.warn(line) } = {}) {
  const devCerts = require('office-addin-dev-certs');
  const defaults = require('office-addin-dev-certs/lib/defaults');
  const folder = dir ?? defaults.certificateDirectory;
  if (platform === 'win32' || platform === 'darwin') {
    try {
      // makes and trusts the certificate for the current user (no administrator rights)
      return await devCerts.getHttpsServerOptions(DAYS);
    } catch (e) {
      log(`Zertifikat konnte nicht vertraut werden / could not trust the certificate: ${String(e?.message ?? e).split('\n')[0]}`);
    }
  }
  let certs = readValid(folder);
  if (!certs) {
    fs.rmSync(folder, { recursive: true, force: true });
    await devCerts.generateCertificates(
      path.join(folder, 'ca.crt'),
      path.join(folder, 'localhost.crt'),
      path.join(folder, 'localhost.key'),
      DAYS,
    );
    certs = readValid(folder);
    if (!certs) throw new Error(`Entwicklungszertifikat in ${folder} nicht lesbar / development certificate not readable`);
  }
  if (!trustedSystemWide(certs.ca)) log(trustHint(folder));
  return certs;
}

module.exports = { httpsOptions };
