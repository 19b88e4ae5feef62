/**
 * `npm run audit:api`: which Office.js members the add-in uses, and the requirement set each
 * needs. The TypeScript compiler reads src/excel, src/taskpane, src/commands, src/functions and
 * everything they import; every member that resolves to a declaration of @types/office-js or
 * @types/custom-functions-runtime is looked up in its documentation (`[Api set: ExcelApi
 * 1.9]`, or "Requirement set: DialogApi 1.1"; a member without one inherits its type's). A
 * member counts as used when the code
 * - reads, writes or calls it (`range.values`, `ws.getRange(…)`, `const { values } = range`),
 * - names it in an object literal typed by Office.js (`dv.rule = { list: … }`),
 * - names it in a `load('address,areas/items/address')` string, or
 * - passes a string that stands for an enum member (`'ColumnStacked'`, `'Constants'`).
 *
 * Every use must lie within the floor: the manifest's requirement sets (ExcelApi 1.14,
 * CustomFunctionsRuntime 1.3) and the common sets every supported Excel has (IMPLIED). A use
 * above it passes only with a feature check, recognised as
 * - inside `if (C) …`, `C ? … : …` or `C && …` where C calls `supportsExcelApi('1.16')`
 *   (src/excel/features.ts) or `Office.context.requirements.isSetSupported('Set', '1.x')`
 *   with the member's set at its version or higher (not negated), or
 * - after `if (!C) return …;` / `if (!C) throw …;` earlier in the same block, or
 * - listed in ALLOWED below, with the reason.
 * Anything else is a problem: the test (test/api-audit.test.ts) fails and this script exits 1.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');

/** Where the add-in's code starts; the audit follows their imports. */
export const ENTRY_DIRS = ['src/excel', 'src/taskpane', 'src/commands', 'src/functions'];

/**
 * Common requirement sets every supported Excel (Office LTSC 2021 and later, Microsoft 365,
 * Excel on the web) has, beyond those the manifest names. Office LTSC 2021 supports
 * DialogApi 1.2 and the original document settings ("Settings").
 */
export const IMPLIED: Record<string, string> = { DialogApi: '1.2', Settings: '1.1' };

/** Members above the floor used without a recognisable check, each with its reason. */
export const ALLOWED: Record<string, string> = {};

export interface ApiSet {
  name: string;
  version: string;
}

export type Status = 'floor' | 'checked' | 'allowed' | 'above' | 'core';

export interface Use {
  /** e.g. "Excel.Range.getMergedAreasOrNullObject" */
  member: string;
  /** "src/excel/read.ts:42" */
  at: string;
  /** Requirement sets named in the documentation (any one suffices); empty for Office.js core. */
  sets: ApiSet[];
  status: Status;
  /** The check that makes an above-floor use safe. */
  check?: string;
}

export interface Audit {
  floor: Record<string, string>;
  uses: Use[];
  problems: Use[];
}

/** "1.14" ≥ "1.9" numerically, part by part. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The requirement sets of manifest.xml plus the implied ones. */
export function floorOf(manifestXml: string): Record<string, string> {
  const xml = manifestXml.replace(/<!--[\s\S]*?-->/g, '');
  const sets = Object.fromEntries([...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
  return { ...IMPLIED, ...sets };
}

/** Requirement sets named in a documentation comment. */
export function setsIn(doc: string): ApiSet[] {
  const out: ApiSet[] = [];
  for (const m of doc.matchAll(/\[Api set: (\w+) ([\d.]+)\s*\]/g)) out.push({ name: m[1], version: m[2] });
  for (const m of doc.matchAll(/\{@link [^|}]*\|\s*(\w+)(?: ([\d.]+))?\s*\}/g)) {
    if (/requirement-sets/.test(m[0]) && m[1] !== 'Not') out.push({ name: m[1], version: m[2] ?? '1.1' });
  }
  return out;
}

const isOfficeDeclaration = (d: ts.Declaration) =>
  /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/.test(d.getSourceFile().fileName);

function docOf(node: ts.Node): string {
  const text = node.getSourceFile().getFullText();
  return text.slice(node.getFullStart(), node.getStart());
}

/** The documented sets of a declaration, else of the type or namespace that holds it. */
function declarationSets(d: ts.Declaration): ApiSet[] {
  for (let n: ts.Node | undefined = d; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isModuleBlock(n)) continue;
    const own = setsIn(docOf(ts.isVariableDeclaration(n) ? n.parent.parent : n));
    if (own.length) return own;
    if (ts.isModuleDeclaration(n)) break;
  }
  return [];
}

/** "Excel.Range.values" for a member declared in Office.js. */
function qualifiedName(symbol: ts.Symbol): string {
  const d = symbol.declarations![0];
  const parts = [symbol.getName()];
  for (let n: ts.Node | undefined = d.parent; n && !ts.isSourceFile(n); n = n.parent) {
    const name = (n as ts.NamedDeclaration).name;
    if (
      name &&
      ts.isIdentifier(name) &&
      (ts.isClassLike(n) || ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n) || ts.isEnumDeclaration(n))
    ) {
      parts.unshift(name.text);
    }
  }
  return parts.join('.');
}

/** The guard a condition expresses: calls of supportsExcelApi / isSetSupported that are not negated. */
function guardsIn(checker: ts.TypeChecker, condition: ts.Expression, negated: boolean): ApiSet[] {
  const out: ApiSet[] = [];
  const literal = (e: ts.Expression | undefined): string | null => {
    if (!e) return null;
    if (ts.isStringLiteralLike(e)) return e.text;
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : null;
  };
  const visit = (n: ts.Node, neg: boolean) => {
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) return visit(n.operand, !neg);
    if (ts.isParenthesizedExpression(n)) return visit(n.expression, neg);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && !neg) {
      visit(n.left, neg);
      visit(n.right, neg);
      return;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.BarBarToken && neg) {
      // !(a || b) = !a && !b
      visit(n.left, neg);
      visit(n.right, neg);
      return;
    }
    if (ts.isCallExpression(n) && neg === negated) {
      const callee = n.expression.getText();
      if (/(^|\.)supportsExcelApi$/.test(callee)) {
        const v = literal(n.arguments[0]);
        if (v) out.push({ name: 'ExcelApi', version: v });
      } else if (/(^|\.)isSetSupported$/.test(callee)) {
        const name = literal(n.arguments[0]);
        const v = literal(n.arguments[1]) ?? '1.1';
        if (name) out.push({ name, version: v });
      }
    }
  };
  visit(condition, false);
  return out;
}

const exits = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) ||
  ts.isThrowStatement(s) ||
  (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]));

/** The feature checks in force where `node` runs. */
function checksAt(checker: ts.TypeChecker, node: ts.Node): ApiSet[] {
  const out: ApiSet[] = [];
  let child: ts.Node = node;
  for (let n: ts.Node | undefined = node.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n) && child === n.thenStatement) out.push(...guardsIn(checker, n.expression, false));
    if (ts.isIfStatement(n) && child === n.elseStatement) out.push(...guardsIn(checker, n.expression, true));
    if (ts.isConditionalExpression(n) && child === n.whenTrue) out.push(...guardsIn(checker, n.condition, false));
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === n.right) {
      out.push(...guardsIn(checker, n.left, false));
    }
    if (ts.isBlock(n) || ts.isSourceFile(n)) {
      // an early exit before this statement: if (!supportsExcelApi('1.16')) return;
      for (const s of n.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) out.push(...guardsIn(checker, s.expression, true));
      }
    }
  }
  return out;
}

interface Found {
  node: ts.Node;
  symbol: ts.Symbol;
}

/** Office.js members a source file uses. */
function membersIn(checker: ts.TypeChecker, file: ts.SourceFile): Found[] {
  const found: Found[] = [];
  const office = (s: ts.Symbol | undefined): s is ts.Symbol => !!s?.declarations?.length && s.declarations.some(isOfficeDeclaration);
  const add = (node: ts.Node, s: ts.Symbol | undefined) => {
    if (office(s)) found.push({ node, symbol: s });
  };
  const propertyOf = (t: ts.Type | undefined, name: string): ts.Symbol | undefined => {
    if (!t) return undefined;
    const direct = t.getProperty(name);
    if (direct) return direct;
    if (t.isUnion()) for (const u of t.types) if (u.getProperty(name)) return u.getProperty(name);
    return undefined;
  };
  const elementOf = (t: ts.Type): ts.Type => (checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t);

  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const s = checker.getSymbolAtLocation(node.name);
      if (s && !(s.flags & (ts.SymbolFlags.Module | ts.SymbolFlags.Namespace))) add(node.name, s);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      add(node.argumentExpression, checker.getSymbolAtLocation(node.argumentExpression));
    } else if (ts.isObjectBindingPattern(node)) {
      // const { values, rowIndex } = range;
      const t = checker.getTypeAtLocation(node);
      for (const el of node.elements) {
        const name = el.propertyName ?? el.name;
        if (ts.isIdentifier(name) || ts.isStringLiteral(name)) add(el, propertyOf(t, name.text));
      }
    } else if (ts.isObjectLiteralExpression(node)) {
      const t = checker.getContextualType(node);
      for (const p of node.properties) {
        if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) add(p.name, propertyOf(t, p.name.text));
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'load') {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) {
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        for (const path of arg.text.split(',')) {
          let t: ts.Type | undefined = receiver;
          for (const name of path.trim().split('/')) {
            const s = propertyOf(t, name);
            if (!s) break;
            add(arg, s);
            t = elementOf(checker.getTypeOfSymbol(s));
          }
        }
      }
    } else if (ts.isStringLiteralLike(node) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
      // a string standing for an Office.js enum member: 'ColumnStacked' for Excel.ChartType.columnStacked
      const t = checker.getContextualType(node);
      for (const u of t ? (t.isUnion() ? t.types : [t]) : []) {
        if (u.flags & ts.TypeFlags.EnumLiteral && u.isStringLiteral() && u.value === node.text) add(node, u.symbol);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function statusOf(sets: ApiSet[], floor: Record<string, string>): 'floor' | 'above' | 'core' {
  if (sets.length === 0) return 'core';
  return sets.some((s) => floor[s.name] !== undefined && versionAtLeast(floor[s.name], s.version)) ? 'floor' : 'above';
}

function program(roots: string[]): ts.Program {
  const configFile = join(ROOT, 'tsconfig.build.json');
  const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  return ts.createProgram({
    rootNames: roots,
    options: { ...config.options, noEmit: true, typeRoots: [join(ROOT, 'node_modules', '@types')] },
  });
}

function sourceFilesOf(dir: string): string[] {
  return ts.sys.readDirectory(join(ROOT, dir), ['.ts', '.tsx'], ['**/*.test.ts', '**/*.test.tsx']);
}

/**
 * The audit. `roots` default to the add-in's entry folders; `manifest` to manifest.xml.
 * Files inside node_modules are not audited (only the add-in's own code and what it imports).
 */
export function auditApi(options: { roots?: string[]; manifest?: string } = {}): Audit {
  const floor = floorOf(options.manifest ?? readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
  const roots = (options.roots ?? ENTRY_DIRS.flatMap(sourceFilesOf)).map((f) => resolve(f));
  const prog = program(roots);
  const checker = prog.getTypeChecker();
  const uses: Use[] = [];
  for (const file of prog.getSourceFiles()) {
    if (file.isDeclarationFile || /[\\/]node_modules[\\/]/.test(file.fileName)) continue;
    for (const { node, symbol } of membersIn(checker, file)) {
      const decls = symbol.declarations!.filter(isOfficeDeclaration);
      const sets = decls
        .flatMap(declarationSets)
        .filter((x, i, all) => all.findIndex((y) => y.name === x.name && y.version === x.version) === i);
      const member = qualifiedName(symbol);
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      const at = `${relative(ROOT, file.fileName).split('\\').join('/')}:${line + 1}`;
      let status: Status = statusOf(sets, floor);
      let check: string | undefined;
      if (status === 'above') {
        const guard = checksAt(checker, node).find((g) => sets.some((s) => s.name === g.name && versionAtLeast(g.version, s.version)));
        if (guard) [status, check] = ['checked', `${guard.name} ${guard.version}`];
        else if (ALLOWED[member]) [status, check] = ['allowed', ALLOWED[member]];
      }
      uses.push({ member, at, sets, status, ...(check ? { check } : {}) });
    }
  }
  return { floor, uses, problems: uses.filter((u) => u.status === 'above') };
}

/** One row per member: its sets, status, how often and where it is used. */
export function table(audit: Audit): string[] {
  const rows = new Map<string, { sets: string; status: Status; check?: string; at: string[] }>();
  for (const u of audit.uses) {
    const sets = u.sets.length ? u.sets.map((s) => `${s.name} ${s.version}`).join(' | ') : '— (Office.js core)';
    const key = `${u.member}\u0000${u.status}`;
    const row = rows.get(key) ?? { sets, status: u.status, check: u.check, at: [] };
    row.at.push(u.at);
    rows.set(key, row);
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    `floor: ${Object.entries(audit.floor)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    '| member | requirement set | status | uses | first use |',
    '|---|---|---|---|---|',
  ];
  for (const [key, r] of sorted) {
    const member = key.split('\u0000')[0];
    const status =
      r.status === 'checked' || r.status === 'allowed' ? `${r.status} (${r.check})` : r.status === 'above' ? 'ABOVE FLOOR' : r.status;
    lines.push(`| ${member} | ${r.sets} | ${status} | ${r.at.length} | ${r.at[0]} |`);
  }
  const count = (s: Status) => audit.uses.filter((u) => u.status === s).length;
  const members = (s: Status) => sorted.filter(([, r]) => r.status === s).length;
  lines.push(
    '',
    `${sorted.length} members, ${audit.uses.length} uses: within the floor ${members('floor')} (${count('floor')} uses), Office.js core ${members('core')} (${count('core')}), ` +
      `checked ${members('checked')}, allowed ${members('allowed')}, above the floor without a check ${members('above')}.`,
  );
  return lines;
}

if (require.main === module) {
  const audit = auditApi();
  for (const line of table(audit)) console.log(line);
  if (audit.problems.length) {
    console.error(
      `\n${audit.problems.length} Verwendung(en) über ExcelApi ${audit.floor.ExcelApi} ohne Prüfung / use(s) above the floor without a feature check:`,
    );
    for (const p of audit.problems) console.error(`  ${p.at}  ${p.member}  (${p.sets.map((s) => `${s.name} ${s.version}`).join(' | ')})`);
    process.exit(1);
  }
}
