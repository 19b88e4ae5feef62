#!/usr/bin/env node
/*
 * Keeps package-lock.json acceptable to `npm ci` on every machine.
 *
 * The registry this project is installed from serves only some of the per-platform binary
 * packages (for example unrs-resolver's `@unrs/resolver-binding-darwin-x64` answers 404).
 * `npm install` then silently leaves those optional dependencies out of the lock file, and
 * `npm ci` refuses the lock ("Missing: … from lock file"). This script adds a lock entry for
 * every declared optional dependency that has none, with the os/cpu/libc that its name
 * encodes, so npm skips it on other platforms without fetching it.
 *
 *   node scripts/lock-platforms.js          # repair package-lock.json in place
 *   node scripts/lock-platforms.js --check  # exit 1 and list what is missing
 */
"use strict";
const fs = require("fs");
const path = require("path");

const OS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32", "sunos", "netbsd", "openbsd", "aix"];
const CPU = ["arm64", "arm", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

/** Platform fields a binary package's name encodes, e.g. "linux-arm-musleabihf". */
function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os || !cpu) return null;
  const fields = { cpu: [cpu], os: [os] };
  if (os === "linux") {
    if (parts.some((p) => p.startsWith("musl"))) fields.libc = ["musl"];
    else if (parts.some((p) => p.startsWith("gnu"))) fields.libc = ["glibc"];
  }
  return fields;
}

/** Where npm would find `dep` from the package at `from` (walks up node_modules folders). */
function resolves(packages, from, dep) {
  let base = from;
  for (;;) {
    if (packages[(base ? base + "/" : "") + "node_modules/" + dep]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

/** Optional dependencies declared in the lock that have no entry of their own. */
function missingOptional(lock) {
  const missing = [];
  for (const [where, pkg] of Object.entries(lock.packages)) {
    for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      if (!resolves(lock.packages, where, dep)) missing.push({ where, dep, version, pkg });
    }
  }
  return missing;
}

function repair(lock) {
  const added = [];
  for (const { where, dep, version, pkg } of missingOptional(lock)) {
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue; // not a pinned binary package
    // Hoisted to the top like npm would, unless another version already sits there.
    const top = "node_modules/" + dep;
    const key = !lock.packages[top] ? top : (where ? where + "/" : "") + "node_modules/" + dep;
    lock.packages[key] = {
      version,
      ...platform,
      ...(pkg.dev ? { dev: true } : {}),
      ...(pkg.devOptional ? { devOptional: true } : {}),
      optional: true,
    };
    added.push(key);
  }
  // npm keeps the packages map sorted by path (localeCompare 'en'); put each new entry in its
  // place without reordering the others, to keep diffs small.
  if (added.length) {
    const isNew = new Set(added);
    const entries = Object.entries(lock.packages).filter(([k]) => !isNew.has(k));
    for (const key of added) {
      const at = entries.findIndex(([k]) => k !== "" && k.localeCompare(key, "en") > 0);
      entries.splice(at < 0 ? entries.length : at, 0, [key, lock.packages[key]]);
    }
    lock.packages = Object.fromEntries(entries);
  }
  return added;
}

module.exports = { platformOf, missingOptional, repair };

if (require.main === module) {
  const file = path.join(__dirname, "..", "package-lock.json");
  const lock = JSON.parse(fs.readFileSync(file, "utf8"));
  if (process.argv.includes("--check")) {
    const missing = missingOptional(lock);
    for (const m of missing) console.error(`missing from lock: ${m.dep}@${m.version} (needed by ${m.where})`);
    if (missing.length) console.error("run: node scripts/lock-platforms.js");
    process.exit(missing.length ? 1 : 0);
  }
  const added = repair(lock);
  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
  console.log(added.length ? `added ${added.length} lock entries:\n  ${added.join("\n  ")}` : "lock file complete");
}
