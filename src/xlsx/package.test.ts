import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { columnLetters, parseRange } from '../core/a1';
import { extract } from '../core/extract';
import { isGeneratedGrid } from '../core/marker';
import { blankSheet, existingSheets, readSnapshot, type SheetPlan, structure, summarize, summaryOptions } from '../core/summarize';
import { validate } from '../core/validate';
import { UserError } from '../core/errors';
import { applyPlanToPackage } from './package';
import { readWorkbookBuffer } from './read';
import { deflateEntry, inflate, readZip, writeZip, type ZipEntry } from './zip';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'umsetzungsstand-2019.xlsx'));
const TODAY = '2019-11-15';

async function summarized(bytes: Uint8Array, today = TODAY): Promise<{ bytes: Uint8Array; plan: SheetPlan }> {
  const { grids } = await readWorkbookBuffer(bytes);
  const model = extract(grids);
  const plan = summarize(
    { model, findings: validate(model, { today }), existing: existingSheets(grids), previous: readSnapshot(grids) },
    summaryOptions({ today, lang: 'de' }),
  );
  return { bytes: applyPlanToPackage(bytes, plan).bytes, plan };
}

function parts(bytes: Uint8Array): Map<string, ZipEntry> {
  return new Map(readZip(bytes).map((e) => [e.name, e]));
}

const text = (e: ZipEntry) => new TextDecoder().decode(inflate(e));
const same = (a: Uint8Array | undefined, b: Uint8Array) => !!a && Buffer.from(a).equals(b);
const setText = (bytes: Uint8Array, name: string, edit: (xml: string) => string) =>
  writeZip(readZip(bytes).map((e) => (e.name === name ? deflateEntry(name, edit(text(e))) : e)));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Tags open and close in order, attributes are quoted: enough to catch a broken writer. */
function expectWellFormed(name: string, xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<') throw new Error(`${name}: stray "<" at ${m.index}`);
    if (m[0] === '>') throw new Error(`${name}: stray ">" at ${m.index}: ${body.slice(Math.max(0, m.index! - 40), m.index! + 10)}`);
    if (m[4]) continue;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`${name}: </${m[2]}> closes <${open}>`);
    } else stack.push(m[2]);
  }
  expect({ name, open: stack }).toEqual({ name, open: [] });
}

/** Every relationship points at a part, every part has a content type, nothing dangles. */
function expectConsistent(bytes: Uint8Array): void {
  const p = parts(bytes);
  const types = text(p.get('[Content_Types].xml')!);
  const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
  const defaults = [...types.matchAll(/Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  for (const o of overrides) expect({ override: o, exists: p.has(o) }).toEqual({ override: o, exists: true });
  expect(new Set(overrides).size).toBe(overrides.length);
  for (const [name, e] of p) {
    if (name.endsWith('/')) continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    expect({ name, typed: overrides.includes(name) || defaults.includes(ext) }).toEqual({ name, typed: true });
    if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, text(e));
    if (name.endsWith('.rels')) {
      const dir = name.replace(/_rels\/[^/]*$/, '');
      for (const m of text(e).matchAll(/<Relationship\b[^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = /Target="([^"]+)"/.exec(m[0])![1];
        const path = target.startsWith('/') ? target.slice(1) : join(dir, target).replace(/\\/g, '/');
        expect({ from: name, target: path, exists: p.has(path) }).toEqual({ from: name, target: path, exists: true });
      }
    }
  }
  const wb = text(p.get('xl/workbook.xml')!);
  const sheetIds = [...wb.matchAll(/<sheet\b[^>]*sheetId="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(sheetIds).size).toBe(sheetIds.length);
  const tables = [...p.keys()].filter((n) => n.startsWith('xl/tables/')).map((n) => /<table\b[^>]*>/.exec(text(p.get(n)!))![0]);
  const ids = tables.map((t) => /\sid="(\d+)"/.exec(t)![1]);
  const names = tables.map((t) => /\sname="([^"]+)"/.exec(t)![1].toLowerCase());
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(names).size).toBe(names.length);
}

describe('the package writer', () => {
  it('adds the summary sheets and keeps every other part of the file as it was', async () => {
    const { bytes, plan } = await summarized(SAMPLE);
    expectConsistent(bytes);
    const before = parts(SAMPLE);
    const after = parts(bytes);
    const rewritten = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    for (const [name, e] of before) {
      if (rewritten.includes(name)) continue;
      // the user's sheets too: no tab is reselected
      expect({ name, same: same(after.get(name)?.raw, e.raw) }).toEqual({ name, same: true });
    }
    // the sheet that was active stays active, at its new place
    const activeBefore = /activeTab="(\d+)"/.exec(text(before.get('xl/workbook.xml')!))?.[1] ?? '0';
    const sheetNames = (wbXml: string) => [...wbXml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const wbAfter = text(after.get('xl/workbook.xml')!);
    expect(sheetNames(wbAfter)[Number(/activeTab="(\d+)"/.exec(wbAfter)?.[1] ?? 0)]).toBe(
      sheetNames(text(before.get('xl/workbook.xml')!))[Number(activeBefore)],
    );
    for (const n of after.keys())
      if (!before.has(n)) expect({ n, selected: /tabSelected/.test(text(after.get(n)!)) }).toEqual({ n, selected: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const p of plan.sheets) expect(names).toContain(p.name);
    expect(wb.getWorksheet('Zielwerk_Stand')!.state).toBe('veryHidden');
  });

  it('writes values, formats, links, merges, tables, dropdowns and print settings that read back', async () => {
    const { bytes, plan } = await summarized(SAMPLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const due = plan.sheets.find((s) => s.key === 'due')!;
    const ws = wb.getWorksheet(due.name)!;
    // every planned value reads back as written
    due.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const got = ws.getCell(r + 1, c + 1).value;
        if (v === null) return; // (merged cells read as their first cell in ExcelJS)
        if (typeof v !== 'object') expect(got).toBe(v);
        else if ('date' in v) expect((got as Date).toISOString().slice(0, 10)).toBe(v.date);
        else expect(got).toBe(v.text); // ExcelJS reads no internal links; the XML below has them
      }),
    );
    const dueXml = [...parts(bytes).values()]
      .map(text)
      .find((x) => x.includes('<worksheet') && x.includes(escape(due.values[0][0] as string)))!;
    const link = due.values.flat().find((v) => v && typeof v === 'object' && 'link' in v) as { link: { sheet: string; cell: string } };
    expect(dueXml).toContain(`location="'${link.link.sheet}'!${link.link.cell}"`);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: due.freeze!.rows });
    expect(ws.pageSetup).toMatchObject({
      orientation: due.print!.landscape ? 'landscape' : 'portrait',
      printTitlesRow: due.print!.repeatRows,
    });
    const dated = due.values
      .flatMap((row, r) => row.map((v, c) => ({ v, r, c })))
      .find((x) => x.v && typeof x.v === 'object' && 'date' in x.v)!;
    expect(ws.getCell(dated.r + 1, dated.c + 1).numFmt).toBe('DD.MM.YYYY');

    const st = new ExcelJS.Workbook();
    await st.xlsx.load((await summarizedStructure(SAMPLE)).bytes as unknown as ArrayBuffer);
    const goals = st.getWorksheet('Ziele')!;
    const model = (goals as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(model).map((v) => v.formulae[0])).toContain('"grün,blau"');
    expect(Object.keys((goals as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['Ziele']);
  });

  it('replaces its own sheets on the next run, with their tables, and reads its snapshot back', async () => {
    const first = await summarized(SAMPLE);
    const second = await summarized(first.bytes, '2019-11-20');
    expectConsistent(second.bytes);
    const sheetsOf = (b: Uint8Array) => [...parts(b).keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).length;
    expect(sheetsOf(second.bytes)).toBe(sheetsOf(first.bytes));
    expect(second.plan.sheets.filter((s) => s.replaces).map((s) => s.name)).toEqual(first.plan.sheets.map((s) => s.name));
    const { grids } = await readWorkbookBuffer(second.bytes);
    expect(readSnapshot(grids)).not.toBeNull();
    const generated = grids.filter(isGeneratedGrid).map((g) => g.name);
    expect(generated).toEqual(expect.arrayContaining(first.plan.sheets.map((s) => s.name)));
    // the user's sheets still read as they did
    const { grids: original } = await readWorkbookBuffer(SAMPLE);
    expect(extract(grids).goals).toEqual(extract(original).goals);
    const wb = text(parts(second.bytes).get('xl/workbook.xml')!);
    expect(wb.match(/_xlnm\.Print_Titles/g)!.length).toBe(second.plan.sheets.filter((s) => s.print?.repeatRows).length);
  });

  it("draws the planned chart: a drawing on the sheet, a chart over the sheet's cells", async () => {
    const { bytes, plan } = await summarized(SAMPLE);
    const timeline = plan.sheets.find((s) => s.key === 'timeline')!;
    expect(timeline.charts.length).toBe(1);
    const p = parts(bytes);
    const chart = text(p.get('xl/charts/chart1.xml')!);
    expect(chart).toContain(`<a:t>${timeline.charts[0].title}</a:t>`);
    expect(chart).toContain('<c:grouping val="stacked"/>');
    // one series per status column of the source, named by its header cell
    const src = parseRange(timeline.charts[0].source)!;
    expect(chart.match(/<c:ser>/g)!.length).toBe(src.c2 - src.c1);
    expect(chart).toContain(`<c:f>'Zeitplan'!$${columnLetters(src.c1 + 1)}$${src.r1 + 1}</c:f>`);
    // each series filled with the colour the legend gives its status, in the source's column order
    const fills = [...chart.matchAll(/<c:ser>.*?<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => `#${m[1]}`);
    expect(fills).toEqual(timeline.charts[0].colors);
    const drawing = text(p.get('xl/drawings/drawing1.xml')!);
    expect(drawing).toContain('r:id="rId1"');
    const sheetPart = [...p.keys()].find((n) => /^xl\/worksheets\/_rels\//.test(n) && text(p.get(n)!).includes('drawings/drawing1.xml'))!;
    expect(text(p.get(sheetPart.replace('_rels/', '').replace(/\.rels$/, ''))!)).toMatch(/<drawing r:id="rId\d+"\/>/);
    // a second run replaces the chart with its sheet, nothing is left behind
    const second = await summarized(bytes, '2019-11-20');
    expectConsistent(second.bytes);
    expect([...parts(second.bytes).keys()].filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
    ]);
  });

  it("names tables apart from the workbook's defined names", async () => {
    const entries = readZip(SAMPLE).map((e) =>
      e.name === 'xl/workbook.xml'
        ? deflateEntry(
            e.name,
            text(e).replace('</sheets>', '</sheets><definedNames><definedName name="Ziele">Hinweise!$A$1</definedName></definedNames>'),
          )
        : e,
    );
    const out = await summarizedStructure(writeZip(entries));
    expectConsistent(out.bytes);
    const names = [...parts(out.bytes).values()]
      .map(text)
      .flatMap((x) => [...x.matchAll(/<table\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]));
    expect(names).toContain('Ziele_2');
    expect(names).not.toContain('Ziele');
  });

  it('keeps charts, drawings and other parts it does not know', async () => {
    const entries = readZip(SAMPLE);
    const chart = deflateEntry('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    const withChart = writeZip([...entries, chart]);
    const { bytes } = await summarized(withChart);
    expect(same(parts(bytes).get('xl/charts/chart1.xml')!.raw, chart.raw)).toBe(true);
  });

  it('keeps text as text: formulas, control characters and escapes survive', async () => {
    const sheet = blankSheet('overview', 'Text');
    const texts = [
      '=SUMME(A1:A3)',
      '+49 5251 123',
      '@home',
      '-',
      'a < b & c > "d"',
      'Zeile 1\nZeile 2',
      ' rand ',
      'x_x0041_y',
      'Tab\tund\u0007Glocke',
    ];
    sheet.values = texts.map((t) => [t]);
    const out = applyPlanToPackage(SAMPLE, { lang: 'de', today: TODAY, sheets: [{ ...sheet, position: 0 }] });
    expectConsistent(out.bytes);
    const xml = [...parts(out.bytes).values()].map(text).find((x) => x.includes('SUMME'))!;
    expect(xml).not.toContain('<f>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Text')!;
    // Excel decodes _xHHHH_ in cell text; ExcelJS leaves it as written
    expect(texts.map((_, i) => ws.getCell(i + 1, 1).value)).toEqual(
      texts.map((t) => t.replace('_x0041_', '_x005F_x0041_').replace('\u0007', '_x0007_')),
    );
    // Zielwerk's own reader decodes them as Excel does: every text reads back as written
    const { grids } = await readWorkbookBuffer(out.bytes);
    expect(grids.find((g) => g.name === 'Text')!.cells.map((c) => c.value)).toEqual(texts);
  });

  it('refuses input it cannot extend, naming the part, instead of changing it silently', () => {
    const code = (bytes: Uint8Array) => {
      try {
        applyPlanToPackage(bytes, { lang: 'de', today: TODAY, sheets: [] }, 'x.xlsx');
        return 'written';
      } catch (e) {
        return e instanceof UserError ? `${e.code} ${e.params.part ?? ''}`.trim() : String(e);
      }
    };
    expect(code(Buffer.from('not a zip'))).toBe('corrupt');
    const odd = setText(SAMPLE, 'xl/workbook.xml', (x) => x.replace('spreadsheetml/2006/main"', 'spreadsheetml/2099/main"'));
    expect(code(odd)).toBe('write-unsupported xl/workbook.xml');
  });

  it('extends prefixed (x:) and strict OOXML packages in their own dialect', async () => {
    const prefixed = ['xl/workbook.xml', 'xl/styles.xml'].reduce(
      (b, name) =>
        setText(b, name, (x) =>
          x
            .replace(/<(\/?)(?=[a-zA-Z])(?![\w.-]+:)/g, '<$1x:')
            .replace(
              /xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
              'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            ),
        ),
      SAMPLE as Uint8Array,
    );
    const p = await summarized(prefixed);
    expectConsistent(p.bytes);
    const wb = text(parts(p.bytes).get('xl/workbook.xml')!);
    expect(wb).toContain('<x:sheet name="Fällig"');
    expect(wb).not.toMatch(/<sheet\b/);
    expect(text(parts(p.bytes).get('xl/styles.xml')!)).not.toMatch(/<(?:xf|font|numFmt)\b/);
    const { grids } = await readWorkbookBuffer(p.bytes);
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(p.plan.sheets.map((s) => s.name)));

    const strictNs = (x: string) =>
      x
        .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        .replace(
          /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
          'http://purl.oclc.org/ooxml/officeDocument/relationships',
        );
    let strict: Uint8Array = SAMPLE;
    for (const e of readZip(SAMPLE))
      if (/\.(xml|rels)$/.test(e.name) && e.name !== '[Content_Types].xml') strict = setText(strict, e.name, strictNs);
    const s = await summarized(strict);
    const added = [...parts(s.bytes).entries()].filter(([n]) => !parts(SAMPLE).has(n));
    expect(added.length).toBeGreaterThan(0);
    for (const [n, e] of added)
      expect({ n, transitional: /schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument|drawingml)/.test(text(e)) }).toEqual({
        n,
        transitional: false,
      });
    expect(extract((await readWorkbookBuffer(s.bytes)).grids).goals).toEqual(extract((await readWorkbookBuffer(SAMPLE)).grids).goals);
  });

  it('keeps duplicate zip entries apart and reads ZIP64 input', async () => {
    const entries = readZip(SAMPLE);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const twin = deflateEntry(sheet.name, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    const { bytes } = await summarized(toZip64(writeZip([...entries, twin])));
    const twins = readZip(bytes).filter((e) => e.name === sheet.name);
    expect(twins.map((e) => same(e.raw, sheet.raw) || same(e.raw, twin.raw))).toEqual([true, true]);
    expect(same(twins[0].raw, twins[1].raw)).toBe(false);
  });

  it('drops the cells of a replaced sheet from the calculation chain, and keeps the chain otherwise', async () => {
    const first = await summarized(SAMPLE);
    const sheetId = (b: Uint8Array, name: string) =>
      /sheetId="(\d+)"/.exec(new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*>`).exec(text(parts(b).get('xl/workbook.xml')!))![0])![1];
    const due = sheetId(first.bytes, 'Fällig');
    const user = sheetId(first.bytes, 'Hinweise');
    const chain = `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="${user}"/><c r="C3" i="${due}"/><c r="C4"/><c r="D5" i="${user}"/></calcChain>`;
    const withChain = writeZip([
      ...readZip(
        setText(
          setText(first.bytes, 'xl/_rels/workbook.xml.rels', (x) =>
            x.replace(
              '</Relationships>',
              '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
            ),
          ),
          '[Content_Types].xml',
          (x) =>
            x.replace(
              '</Types>',
              '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
            ),
        ),
      ),
      deflateEntry('xl/calcChain.xml', chain),
    ]);
    const second = await summarized(withChain, '2019-11-20');
    expectConsistent(second.bytes);
    expect(text(parts(second.bytes).get('xl/calcChain.xml')!)).toBe(
      `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="${user}"/><c r="D5" i="${user}"/></calcChain>`,
    );
    // a chain of the user's sheets only is kept byte for byte
    const userChain = chain.replace(/<c r="C3"[^>]*\/><c r="C4"\/>/, '');
    const third = await summarized(
      setText(withChain, 'xl/calcChain.xml', () => userChain),
      '2019-11-21',
    );
    expect(text(parts(third.bytes).get('xl/calcChain.xml')!)).toBe(userChain);
  });
});

async function summarizedStructure(bytes: Uint8Array): Promise<{ bytes: Uint8Array }> {
  const { grids } = await readWorkbookBuffer(bytes);
  const plan = structure({ model: extract(grids), existing: existingSheets(grids) }, summaryOptions({ today: TODAY, lang: 'de' }));
  return { bytes: applyPlanToPackage(bytes, plan).bytes };
}

/** The same archive with ZIP64 records: every size and offset in the extra field, a ZIP64 end record. */
function toZip64(zip: Uint8Array): Uint8Array {
  const buf = Buffer.from(zip);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  const cdStart = buf.readUInt32LE(end + 16);
  const records: Buffer[] = [];
  for (let i = 0, p = cdStart; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const head = Buffer.from(buf.subarray(p, p + 46));
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(42)), 20);
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt32LE(0xffffffff, 42);
    head.writeUInt16LE(extraLen + 28, 30);
    records.push(
      head,
      buf.subarray(p + 46, p + 46 + nameLen + extraLen),
      extra,
      buf.subarray(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + commentLen),
    );
    p += 46 + nameLen + extraLen + commentLen;
  }
  const cd = Buffer.concat(records);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(cdStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdStart + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([buf.subarray(0, cdStart), cd, end64, locator, eocd]);
}
