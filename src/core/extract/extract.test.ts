import { formSheet, grid } from '../../../test/helpers/grid';
import { ModelSchema } from '../model';
import { extract } from './index';

const one = (g: ReturnType<typeof grid>) => extract([g]);

describe('goal forms', () => {
  it('reads the template: id, title, lead, participants, interim goal, milestones, notes', () => {
    const m = one(
      formSheet('1.2', {
        title: 'Empfehlungen für den Übergang Kita-Grundschule',
        lead: 'Ansprechperson: Frau Hagen',
        participants: 'Frau Dreyer, Herr Kremer',
        interim: 'Auftragsklärung',
        milestones: [
          [null, 'Kontakt zu Kita-Träger', null],
          ['02/2019', 'Nächstes Treffen', 'hat stattgefunden'],
        ],
        notes: ['- Wo? Kreis PB', '- Wann? Bis 2022'],
      }),
    );
    expect(ModelSchema.safeParse(m).success).toBe(true);
    expect(m.goals).toHaveLength(1);
    const g = m.goals[0];
    expect(g).toMatchObject({
      id: '1.2',
      leitziel: 1,
      mittlerziel: 2,
      title: 'Empfehlungen für den Übergang Kita-Grundschule',
      participants: ['Frau Dreyer', 'Herr Kremer'],
      notes: '- Wo? Kreis PB\n- Wann? Bis 2022',
      source: { sheet: '1.2', cell: 'A1' },
      labels: {
        lead: { sheet: '1.2', cell: 'A4' },
        participants: { sheet: '1.2', cell: 'A7' },
        interimGoal: { sheet: '1.2', cell: 'A10' },
        milestones: { sheet: '1.2', cell: 'A13' },
      },
    });
    expect(g.leads).toEqual([{ name: 'Frau Hagen', organization: null, email: null, phone: null, source: { sheet: '1.2', cell: 'A5' } }]);
    expect(g.interimGoal).toMatchObject({ text: 'Auftragsklärung', due: { end: '2019-09-30', qualifier: 'by' }, source: { cell: 'A10' } });
    expect(g.milestones).toHaveLength(2);
    expect(g.milestones[0]).toMatchObject({
      goalIds: ['1.2'],
      date: null,
      text: 'Kontakt zu Kita-Träger',
      report: null,
      source: { sheet: '1.2', cell: 'A15' },
    });
    expect(g.milestones[1]).toMatchObject({
      date: { raw: '02/2019', start: '2019-02-01', end: '2019-02-28' },
      text: 'Nächstes Treffen',
      report: 'hat stattgefunden',
      cells: { date: 'A16', text: 'B16', report: 'C16', responsible: null, goal: null },
    });
    expect(m.sheets).toMatchObject([
      { sheet: '1.2', kind: 'goal-form', visibility: 'visible', goals: ['1.2'], anchor: 'A1', coverage: 1, unread: [] },
    ]);
  });

  it('reads values to the right of labels, in a block that starts at C5, with merged cells', () => {
    const m = one(
      grid(
        'Ziel',
        [
          ['Ziel Nr. 4.31', null, null],
          [null, null, null],
          ['Ziel', 'Die Berufskollegs vereinbaren …', null],
          ['Federführung:', 'Matthias Groß (m.gross@bksn.de)', null],
          ['Wer ist beteiligt?', 'Berufskollegs, Schulträger', null],
          ['Zwischenziel bis 09/19', 'Medienkompetenzraster', null],
          [],
          ['Termin', 'Maßnahme', 'Bericht', 'Verantwortlich'],
          ['09/19', 'Verständigung über Profile', null, 'Herr Groß'],
          [{ date: '2019-03-15' }, 'Austausch', 'erledigt', null],
          ['Ab sofort', 'Ausbau der Kooperation', null, null],
        ],
        { at: 'C5', merges: ['C5:E5', 'D7:E7'] },
      ),
    );
    const g = m.goals[0];
    expect(g.id).toBe('4.31');
    expect(g.source).toEqual({ sheet: 'Ziel', cell: 'C5' });
    expect(g.leads[0]).toMatchObject({ name: 'Matthias Groß', email: 'm.gross@bksn.de', source: { cell: 'D8' } });
    expect(g.participants).toEqual(['Berufskollegs', 'Schulträger']);
    expect(g.interimGoal).toMatchObject({ text: 'Medienkompetenzraster', due: { end: '2019-09-30' } });
    expect(g.milestones.map((x) => [x.date?.start ?? null, x.text, x.report, x.responsible, x.source.cell])).toEqual([
      ['2019-09-01', 'Verständigung über Profile', null, 'Herr Groß', 'C13'],
      ['2019-03-15', 'Austausch', 'erledigt', null, 'C14'],
      [null, 'Ausbau der Kooperation', null, null, 'C15'],
    ]);
    expect(g.milestones[1].date).toMatchObject({ precision: 'day', raw: '15.03.2019' });
    expect(g.milestones[2].date).toMatchObject({ qualifier: 'from', start: null });
    expect(g.milestones[2].date?.error).toBeUndefined();
  });

  it.each([
    [['MMJJ', 'Maßnahmen/Meilensteine', 'Stand der Umsetzung']],
    [['Datum', 'Maßnahme', 'Umsetzungsstand']],
    [['MM/JJJJ', 'Meilenstein', 'Bericht']],
    [['Date', 'Milestone', 'Report']],
  ])('accepts header words %j', (header) => {
    const m = one(formSheet('7.49', { header, milestones: [['10/18', 'Telefonleitfragen', 'ok']] }));
    expect(m.goals[0].milestones).toHaveLength(1);
    expect(m.goals[0].milestones[0]).toMatchObject({ text: 'Telefonleitfragen', report: 'ok', date: { start: '2018-10-01' } });
  });

  it.each([
    ['Ziel 07.47', '7.47', '07.47', 'leading-zero'],
    ['Ziel 07:47', '7.47', '07:47', 'separator'],
    ['07:47', '7.47', '07:47', 'separator'],
    ['Ziel Nr. 1.2', '1.2', null, null],
  ])('reads the id heading %j', (heading, id, repaired, repair) => {
    const m = one(formSheet('Tabelle1', { heading }));
    expect(m.goals.map((g) => g.id)).toEqual([id]);
    const found = m.problems.filter((p) => p.kind === 'goal-id-repaired');
    expect(found).toEqual(
      repaired ? [{ kind: 'goal-id-repaired', sheet: 'Tabelle1', cell: 'A1', value: repaired, assumed: id, goal: id, repair }] : [],
    );
  });

  it('takes the id from the sheet name when the sheet has no heading', () => {
    const g = grid('10.64', [
      ['Wer ist federführend für die Umsetzung?'],
      ['Ulrike Mertens, FAW gGmbH'],
      ['Wer ist beteiligt?'],
      ['Jobcenter'],
    ]);
    expect(one(g).goals.map((x) => x.id)).toEqual(['10.64']);
  });

  it.each([
    'Ziel 7.47',
    '  ziel 7.47',
    'Mittlerziel 7.47',
    'MITTLERZIEL Nr. 7.47',
    'Workshop zur Umsetzung des Mittlerziels 7.47',
    'Goal 7.47',
  ])('reads the heading %j', (heading) => {
    const m = one(formSheet('Tabelle1', { heading }));
    expect(m.goals.map((x) => x.id)).toEqual(['7.47']);
  });

  it('reports a heading whose id cannot be read', () => {
    const m = one(formSheet('x', { heading: 'Ziel 7' }));
    expect(m.problems).toContainEqual(expect.objectContaining({ kind: 'goal-id-malformed', cell: 'A1', value: 'Ziel 7' }));
  });

  it('takes a date from the measure text when the date cell is empty', () => {
    const m = one(formSheet('4.29', { milestones: [[null, 'Nächste Sitzung: Di, 20.11.2018, 14 Uhr Familienzentrum', null]] }));
    expect(m.goals[0].milestones[0].date).toMatchObject({ start: '2018-11-20', fromText: true, raw: 'Di, 20.11.2018' });
  });

  it('reads two goals that share one sheet and one milestone table (Ziel 07:47 und 07.49)', () => {
    const m = one(
      grid('7.47+7.49', [
        ['Ziel 07:47 und 07.49'],
        ['Ziel 07.47'],
        ['In den kommenden fünf Jahren lösen wir uns …'],
        ['Ziel 07.49'],
        ['In den kommenden fünf Jahren entwickeln wir …'],
        ['Datum der telefonischen Nachfrage'],
        ['10. Juni 2020'],
        ['Wer ist federführend für die Umsetzung?'],
        ['Yanis Krone, AWO'],
        ['Johanna Leifeld, Bildungs- und Integrationszentrum Kreis Paderborn'],
        ['Wer ist beteiligt?'],
        ['Es arbeiten mit:'],
        ['- KreisSportBund Paderborn e.V.'],
        ['- ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.'],
        ['Zwischenziel bis September 2019'],
        ['Akquise weiterer Kooperationspartner*innen'],
        ['Maßnahmen und Meilensteine'],
        ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
        ['01/19', 'Nächstes Treffen am 17.01.2019', 'Zum Treffen kamen lediglich …'],
        ['Bis 8/20', 'Akquise weiterer Mitglieder', null],
      ]),
    );
    expect(m.goals.map((g) => g.id)).toEqual(['7.47', '7.49']);
    const [a, b] = m.goals;
    expect(a.title).toBe('In den kommenden fünf Jahren lösen wir uns …');
    expect(b.title).toBe('In den kommenden fünf Jahren entwickeln wir …');
    for (const g of [a, b]) {
      expect(g.leads.map((l) => [l.name, l.organization])).toEqual([
        ['Yanis Krone', 'AWO'],
        ['Johanna Leifeld', 'Bildungs- und Integrationszentrum Kreis Paderborn'],
      ]);
      expect(g.participants).toEqual(['KreisSportBund Paderborn e.V.', 'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.']);
      expect(g.statusChecks.map((c) => c.date?.start)).toEqual(['2020-06-10']);
      expect(g.milestones.map((x) => x.goalIds)).toEqual([
        ['7.47', '7.49'],
        ['7.47', '7.49'],
      ]);
      expect(g.milestones[1].date).toMatchObject({ qualifier: 'by', end: '2020-08-31' });
    }
    expect(a.milestones[0]).toBe(b.milestones[0]);
    // one note per goal, at the heading that introduced it, showing the id as written
    expect(m.problems.filter((p) => p.kind === 'goal-id-repaired').map((p) => [p.cell, p.value, p.assumed])).toEqual([
      ['A1', '07:47', '7.47'],
      ['A1', '07.49', '7.49'],
    ]);
  });

  it('reads several goal blocks one below the other', () => {
    const m = one(
      grid('Leitziel 7', [
        ['Ziel 7.47'],
        ['Quartiersarbeit'],
        ['Wer ist federführend?'],
        ['Yannis Krone'],
        ['MM/JJ', 'Maßnahme', 'Bericht'],
        ['03/19', 'Feststellen, wo Quartiersarbeit stattfindet', null],
        [],
        ['Ziel 7.49'],
        ['Patenschaftsmodelle'],
        ['Wer ist federführend?'],
        ['Johanna Leifeld'],
        ['MM/JJ', 'Maßnahme', 'Bericht'],
        ['10/18', 'Telefonleitfragen', null],
        ['11/18', 'Einladen', null],
      ]),
    );
    expect(m.goals.map((g) => [g.id, g.title, g.leads.map((l) => l.name), g.milestones.map((x) => x.text)])).toEqual([
      ['7.47', 'Quartiersarbeit', ['Yannis Krone'], ['Feststellen, wo Quartiersarbeit stattfindet']],
      ['7.49', 'Patenschaftsmodelle', ['Johanna Leifeld'], ['Telefonleitfragen', 'Einladen']],
    ]);
  });

  it('stops the milestone table at the next label and after two blank rows', () => {
    const m = one(
      grid('1.5', [
        ['Ziel 1.5'],
        ['Wer ist federführend für die Umsetzung?'],
        ['Frau Fitzner'],
        ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
        ['09/19', 'Sichtung', null],
        [],
        ['04/19', 'Flyer', null],
        ['Anmerkungen:'],
        ['eine Notiz'],
        [],
        [],
        [],
        ['Kontakt', 'nicht Teil der Tabelle'],
      ]),
    );
    expect(m.goals[0].milestones.map((x) => x.text)).toEqual(['Sichtung', 'Flyer']);
    expect(m.goals[0].notes).toBe('eine Notiz');
  });
});

describe('flat lists', () => {
  const overview = grid('Übersicht', [
    ['Nr.', 'Kurztitel', 'Farbe', 'Federführung', 'Letzte Nachfrage', 'Einschätzung'],
    ['1.2', 'Übergang Kita–Grundschule', 'grün', 'Frau Meier', null, null],
    ['7.47', 'Quartiersarbeit', 'Grün', 'Yannis Krone', '14.05.2019', 'teilweise erreicht'],
    ['12.72', 'Demokratie-Projekte', 'blau', 'Verani Kartum', { date: '2019-11-12' }, 'offen'],
  ]);
  const milestones = grid('Meilensteine', [
    ['Meilensteine aller Ziele'],
    [],
    ['Ziel', 'MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht', 'Verantwortlich'],
    ['1.2', '02/2019', 'Auftragsklärung', null, 'Frau Hagen'],
    ['7.47, 12.72', 'Ca. 06/19', 'Gemeinsames Treffen', 'fand statt', null],
    ['9.99', '03/19', 'Unbekanntes Ziel', null, null],
    [null, null, null, null, null],
    ['1.2', null, 'Ohne Datum', null, null],
  ]);
  const partners = grid('Partner', [
    ['Organisation', 'Ansprechperson', 'E-Mail', 'Telefon', 'Ziele'],
    ['AWO Kreisverband Paderborn', 'Yannis Krone', 'y.krone@awo-paderborn.de', '05251 29066-19', '7.47, 7.49'],
    ['FAW gGmbH', 'Ulrike Mertens (ulrike.mertens@faw.de)', null, null, '12.72'],
  ]);
  const log = grid('Nachfragen', [
    ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner', 'Stand der Umsetzung', 'Einschätzung'],
    ['7.47', '14.05.2019', 'Yanis Krone', 'Treffen mit wenigen Teilnehmenden', 'teilweise erreicht'],
    ['7.47', '12.11.2019', 'Yannis Krone', 'Weitere Partner gesucht', 'offen'],
    ['8.50', '12.11.2019', 'Niemand', null, null],
  ]);

  it('reads an overview, a milestone list, a partner list and a status log and merges them', () => {
    const m = extract([overview, milestones, partners, log]);
    expect(ModelSchema.safeParse(m).success).toBe(true);
    expect(m.sheets.map((s) => [s.sheet, s.kind, s.anchor])).toEqual([
      ['Übersicht', 'overview', 'A1'],
      ['Meilensteine', 'milestone-list', 'A3'],
      ['Partner', 'partner-list', 'A1'],
      ['Nachfragen', 'status-log', 'A1'],
    ]);
    expect(m.goals.map((g) => [g.id, g.shortTitle, g.color, g.rating, g.leads.map((l) => l.name)])).toEqual([
      ['1.2', 'Übergang Kita–Grundschule', 'grün', null, ['Frau Meier']],
      ['7.47', 'Quartiersarbeit', 'grün', 'teilweise erreicht', ['Yannis Krone']],
      ['12.72', 'Demokratie-Projekte', 'blau', 'offen', ['Verani Kartum']],
    ]);
    const g12 = m.goals.find((g) => g.id === '1.2')!;
    expect(g12.milestones.map((x) => [x.text, x.responsible, x.source.cell, x.cells.goal])).toEqual([
      ['Auftragsklärung', 'Frau Hagen', 'A4', 'A4'],
      ['Ohne Datum', null, 'A8', 'A8'],
    ]);
    const shared = m.goals.find((g) => g.id === '7.47')!.milestones[0];
    expect(shared.goalIds).toEqual(['7.47', '12.72']);
    expect(m.goals.find((g) => g.id === '12.72')!.milestones[0]).toBe(shared);
    expect(m.orphans.milestones.map((x) => x.text)).toEqual(['Unbekanntes Ziel']);
    expect(m.orphans.statusChecks.map((c) => c.goalId)).toEqual(['8.50']);
    const checks = m.goals.find((g) => g.id === '7.47')!.statusChecks;
    expect(checks.map((c) => [c.date?.start, c.person, c.rating, c.personCell])).toEqual([
      ['2019-05-14', 'Yanis Krone', 'teilweise erreicht', 'C2'],
      ['2019-11-12', 'Yannis Krone', 'offen', 'C3'],
    ]);
    expect(m.goals.find((g) => g.id === '12.72')!.statusChecks[0].date).toMatchObject({ start: '2019-11-12', precision: 'day' });
    expect(m.partners).toEqual([
      {
        name: 'AWO Kreisverband Paderborn',
        contact: 'Yannis Krone',
        email: 'y.krone@awo-paderborn.de',
        phone: '05251 29066-19',
        goals: ['7.47', '7.49'],
        source: { sheet: 'Partner', cell: 'A2' },
        cells: { contact: 'B2', email: 'C2', phone: 'D2', goals: 'E2' },
      },
      {
        name: 'FAW gGmbH',
        contact: 'Ulrike Mertens',
        email: 'ulrike.mertens@faw.de',
        phone: null,
        goals: ['12.72'],
        source: { sheet: 'Partner', cell: 'A3' },
        cells: { contact: 'B3', email: null, phone: null, goals: 'E3' },
      },
    ]);
    expect(m.references.filter((r) => r.id === '9.99' || r.id === '7.49').map((r) => [r.id, r.kind, r.source.cell])).toEqual([
      ['9.99', 'milestone', 'A6'],
      ['7.49', 'partner', 'E2'],
    ]);
  });

  it('keeps what the overview and the goal sheet say, both with their cells', () => {
    const m = extract([overview, formSheet('1.2', { lead: 'Ansprechperson: Frau Hagen' })]);
    const g = m.goals.find((x) => x.id === '1.2')!;
    expect(g.leads.map((l) => l.name)).toEqual(['Frau Hagen']);
    expect(g.mentions.filter((x) => x.field === 'lead')).toEqual([
      { field: 'lead', value: 'Frau Hagen', source: { sheet: '1.2', cell: 'A5' } },
      { field: 'lead', value: 'Frau Meier', source: { sheet: 'Übersicht', cell: 'D2' } },
    ]);
    expect(g.source).toEqual({ sheet: '1.2', cell: 'A1' });
  });

  it('builds the goals from a milestone list when nothing else defines them', () => {
    const m = extract([milestones]);
    expect(m.goals.map((g) => g.id)).toEqual(['1.2', '7.47', '9.99', '12.72']);
    expect(m.orphans.milestones).toEqual([]);
  });

  it('flags ids stored as numbers and as German dates', () => {
    const m = extract([
      grid('Übersicht', [
        ['Nr.', 'Kurztitel'],
        [4.3, 'Berufsbilder'],
        [{ date: '2019-02-01', format: 'dd.mm.' }, 'Übergang'],
      ]),
    ]);
    expect(m.goals.map((g) => g.id)).toEqual(['1.2', '4.3']);
    expect(m.problems.map((p) => [p.kind, p.cell, p.assumed])).toEqual([
      ['goal-id-as-number', 'A2', '4.3'],
      ['goal-id-repaired', 'A3', '1.2'],
    ]);
  });
});

describe('sheets that are not goal data', () => {
  it('skips cover sheets, empty sheets and generated sheets, and lists them', () => {
    const m = extract([
      grid('Hinweise', [['Umsetzungsstand der grünen Ziele'], ['Stand: 15.11.2019']]),
      grid('Leer', []),
      grid('Übersicht (Zielwerk)', [
        ['Übersicht'],
        ['Erzeugt von Zielwerk am 23.11.2026 – wird bei jeder Zusammenfassung ersetzt'],
        ['Nr.', 'Kurztitel', 'Farbe'],
        ['1.2', 'x', 'grün'],
      ]),
      grid('Zielwerk_Stand', [['{}']], { visibility: 'veryHidden' }),
    ]);
    expect(m.goals).toEqual([]);
    expect(m.skipped).toEqual([
      { sheet: 'Hinweise', reason: 'no-goal-data', visibility: 'visible' },
      { sheet: 'Leer', reason: 'empty', visibility: 'visible' },
      { sheet: 'Übersicht (Zielwerk)', reason: 'generated', visibility: 'visible' },
      { sheet: 'Zielwerk_Stand', reason: 'generated', visibility: 'veryHidden' },
    ]);
  });

  it('handles a sheet whose only cell is XFD1048576', () => {
    const g = {
      name: 'Weit',
      visibility: 'visible' as const,
      cells: [{ row: 1048575, col: 16383, type: 'string' as const, value: 'x' }],
      merges: [],
    };
    const m = extract([g]);
    expect(m.skipped).toEqual([{ sheet: 'Weit', reason: 'no-goal-data', visibility: 'visible' }]);
  });

  it('reads hidden sheets and records error values and formulas without results', () => {
    const m = extract([
      formSheet('2.21', { milestones: [[{ error: '#REF!' }, 'Zertifikat', { formula: 'SUM(A1:A2)' }]] }, { visibility: 'hidden' }),
    ]);
    expect(m.sheets[0]).toMatchObject({ kind: 'goal-form', visibility: 'hidden' });
    expect(m.problems).toEqual([
      { kind: 'error-value', sheet: '2.21', cell: 'A15', value: '#REF!', assumed: null, goal: '2.21' },
      { kind: 'formula-without-value', sheet: '2.21', cell: 'C15', value: '=SUM(A1:A2)', assumed: null, goal: '2.21' },
    ]);
    expect(m.goals[0].milestones[0].date).toMatchObject({ error: 'unrecognized', raw: '#REF!' });
  });

  it('treats numbers and booleans where text is expected as text', () => {
    const m = one(formSheet('3.27', { participants: 'Berufskollegs', milestones: [[2019, 42, true]] }));
    expect(m.goals[0].milestones[0]).toMatchObject({ text: '42', report: 'WAHR', date: { precision: 'year', start: '2019-01-01' } });
  });
});

describe('dates in the context of their sheet', () => {
  it('lends the year a sheet names to dates written without one', () => {
    const m = extract([
      grid('Meilensteine 2020', [
        ['Ziel', 'Termin', 'Maßnahme'],
        ['7.47', '2. Quartal', 'Treffen'],
        ['7.47', 'Mai', 'Flyer'],
        ['7.47', '03/21', 'Auswertung'],
      ]),
    ]);
    expect(m.goals[0].milestones.map((x) => [x.date?.start, x.date?.end, x.date?.yearAssumed ?? false])).toEqual([
      ['2020-04-01', '2020-06-30', true],
      ['2020-05-01', '2020-05-31', true],
      ['2021-03-01', '2021-03-31', false],
    ]);
  });
  it('leaves the year missing where the sheet names none', () => {
    const m = extract([formSheet('7.47', { milestones: [['2. Quartal', 'Treffen', null]] })]);
    expect(m.goals[0].milestones[0].date).toMatchObject({ error: 'missing-year' });
  });
  it('reads a date cell formatted as a month as that month', () => {
    const m = extract([formSheet('7.47', { milestones: [[{ date: '2019-06-01', format: 'mm/yyyy' }, 'Treffen', null]] })]);
    expect(m.goals[0].milestones[0].date).toMatchObject({ start: '2019-06-01', end: '2019-06-30', precision: 'month' });
  });
});
