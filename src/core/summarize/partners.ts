/**
 * Partner: a partner × goal matrix. Partners are the partner list's organisations plus the
 * organisations of leads that the list does not name; "F" marks the lead, "●" a partner
 * the list or the goal sheet names for the goal. Counts per partner and per goal.
 */
import { t } from '../i18n';
import type { Goal, Model } from '../model';
import { fold } from '../text';
import { normalizeOrganization, normalizePerson, prepareOrganization, type PreparedOrganization, similarPrepared } from '../people';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, germanOrIso, SheetWriter } from './writer';
import { refValue } from './sources';

interface Row {
  name: string;
  contact: string;
  email: string;
  phone: string;
  marks: Map<string, 'lead' | 'member'>;
  source: { sheet: string; cell: string } | null;
}

/**
 * The partner rows. `merge` (a model consolidated from several workbooks, whose partner lists
 * name the same organisations): a partner written alike to an earlier one joins its row.
 */
export function partnerRows(model: Model, merge = false): Row[] {
  const rows: Row[] = [];
  const norms = new Map<Row, string>();
  const normalized = (r: Row) => {
    let n = norms.get(r);
    if (n === undefined) norms.set(r, (n = normalizeOrganization(r.name)));
    return n;
  };
  const persons = new Map<string, string>();
  const personOf = (name: string) => {
    let n = persons.get(name);
    if (n === undefined) persons.set(name, (n = normalizePerson(name)));
    return n;
  };
  // each row's and each asked name's comparison form once (a consolidation asks thousands of times)
  const prepared = new Map<Row, { folded: string; org: PreparedOrganization }>();
  const preparedOf = (r: Row) => {
    let p = prepared.get(r);
    if (!p) prepared.set(r, (p = { folded: fold(r.name), org: prepareOrganization(r.name, normalized(r)) }));
    return p;
  };
  const found = new Map<string, Row>();
  const find = (org: string) => {
    const hit = found.get(org);
    if (hit) return hit;
    const folded = fold(org);
    const po = prepareOrganization(org);
    const row = rows.find((r) => {
      const p = preparedOf(r);
      return p.folded === folded || similarPrepared(p.org, po);
    });
    // rows are only ever added: the first match stays the first
    if (row) found.set(org, row);
    return row;
  };
  for (const p of model.partners) {
    const same = merge ? find(p.name) : undefined;
    if (same) {
      for (const id of p.goals) if (!same.marks.has(id)) same.marks.set(id, 'member');
      same.contact ||= p.contact ?? '';
      same.email ||= p.email ?? '';
      same.phone ||= p.phone ?? '';
      continue;
    }
    const row: Row = {
      name: p.name,
      contact: p.contact ?? '',
      email: p.email ?? '',
      phone: p.phone ?? '',
      marks: new Map(),
      source: p.source,
    };
    for (const id of p.goals) row.marks.set(id, 'member');
    rows.push(row);
  }
  for (const g of model.goals) {
    for (const l of g.leads) {
      const org = l.organization;
      const person = personOf(l.name);
      // a person leading several goals without an organisation is one row
      let row =
        (org ? find(org) : undefined) ??
        rows.find((r) => (r.contact ? personOf(r.contact) === person : !org && personOf(r.name) === person));
      if (!row) {
        // a lead the partner list does not know: its organisation, or the person
        row = {
          name: org ?? l.name,
          contact: org && l.name !== org ? l.name : '',
          email: l.email ?? '',
          phone: l.phone ?? '',
          marks: new Map(),
          source: l.source ?? g.source,
        };
        rows.push(row);
      }
      row.marks.set(g.id, 'lead');
    }
    // a participant named like a known partner counts as involved
    for (const part of g.participants) {
      const np = normalizeOrganization(part);
      const row = rows.find((r) => r.name.length > 3 && np.includes(normalized(r)));
      if (row && !row.marks.has(g.id)) row.marks.set(g.id, 'member');
    }
  }
  return rows.sort((a, b) => b.marks.size - a.marks.size || a.name.localeCompare(b.name, 'de'));
}

export function partnersSheet(model: Model, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('partners', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  // a goal whose copies in several workbooks differ is one column
  const ids = new Set<string>();
  const goals: Goal[] = model.goals.filter((g) => !ids.has(g.id) && !!ids.add(g.id));
  const fixed = ['name', 'contact', 'email', 'phone', 'count'].map((c) => L(`partners.col.${c}`));
  const last = fixed.length + goals.length - 1;
  w.header(L('partners.title', { date: germanOrIso(o.today, o.lang) }), o.today, Math.max(last, 5));
  w.set(2, 0, L('partners.subtitle'));
  w.format(2, 0, 2, last, { color: COLORS.muted });
  const head = 3;
  w.columnHeader(head, [...fixed, ...goals.map((g) => g.id)]);
  w.format(head, fixed.length, head, last, { horizontal: 'center' });
  const rows = partnerRows(model, !!o.sources);
  let r = head + 1;
  for (const p of rows) {
    const name = p.source ? refValue(p.source, p.name, o) : p.name;
    w.row(r, [
      name,
      p.contact,
      p.email,
      p.phone,
      p.marks.size,
      ...goals.map((g) => (p.marks.get(g.id) === 'lead' ? L('partners.lead') : p.marks.get(g.id) ? L('partners.member') : '')),
    ]);
    r++;
  }
  if (rows.length) {
    w.format(head + 1, fixed.length, r - 1, last, { horizontal: 'center' });
    w.format(head + 1, 0, r - 1, last, { border: 'all' });
    w.sheet.conditional.push({
      range: `${w.address(head + 1, fixed.length)}:${w.address(r - 1, last)}`,
      type: 'equals',
      value: L('partners.lead'),
      fill: COLORS.planFill,
      color: COLORS.plan,
    });
    w.sheet.conditional.push({ range: `${w.address(head + 1, 4)}:${w.address(r - 1, 4)}`, type: 'dataBar', color: '#9DC3E6' });
  }
  w.row(r, [L('partners.countRow'), null, null, null, null, ...goals.map((g) => rows.filter((p) => p.marks.has(g.id)).length)]);
  w.format(r, 0, r, last, { bold: true, border: 'top' });
  w.format(r, fixed.length, r, last, { horizontal: 'center' });
  w.format(head + 1, 0, r, 0, { wrap: true });
  w.widths([30, 18, 24, 14, 7, ...goals.map(() => 5)]);
  w.sheet.freeze = { rows: head + 1, columns: 1 };
  w.print(o.today, head, L('partners.title', { date: germanOrIso(o.today, o.lang) }));
  return w.finish();
}
