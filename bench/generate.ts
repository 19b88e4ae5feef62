/**
 * A generated tracking workbook for benchmarks: N goal sheets in the conference template
 * with M milestones in all, dates in the forms people write (including real date cells and
 * dates only in the text), plus an overview, a partner list and a status log.
 */
import { toA1 } from '../src/core/a1';
import { isoToSerial } from '../src/core/dates/serial';
import type { Grid, GridCell } from '../src/core/grid';

const FIRST = [
  'Anna',
  'Bernd',
  'Carla',
  'Deniz',
  'Elif',
  'Frank',
  'Gül',
  'Hanna',
  'Ingo',
  'Jana',
  'Kemal',
  'Lena',
  'Mirko',
  'Nora',
  'Oskar',
  'Petra',
  'Rainer',
  'Sanja',
  'Tobias',
  'Ute',
  'Volker',
  'Wiebke',
  'Yusuf',
  'Zora',
  'Aylin',
];
const LAST = [
  'Althoff',
  'Brinkmann',
  'Czerny',
  'Dreier',
  'Eickhoff',
  'Fromme',
  'Grewe',
  'Hagedorn',
  'Isenberg',
  'Jäger',
  'Kleine',
  'Lüke',
  'Mertens',
  'Niggemeier',
  'Oevermann',
  'Pöppe',
  'Quante',
  'Rüther',
  'Sander',
  'Tegethoff',
  'Uhlenbrock',
  'Vogt',
  'Wiemers',
  'Zumbrock',
  'Bökamp',
  'Füllenkamp',
  'Heggemann',
  'Kemper',
  'Löseke',
  'Mönnikes',
  'Nolte',
  'Pieper',
  'Rustemeier',
  'Schlüter',
  'Tewes',
  'Voß',
  'Wessel',
  'Brockmeier',
  'Hartmann',
  'Köhler',
];
/** A distinct, realistic name for person i (1 000 combinations). */
const person = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

const DATE_FORMS = [
  '03/19',
  'Ca. 06/19',
  'Bis 8/20',
  '14.11.18',
  'Sept 2019',
  '2. Halbjahr 2019',
  'KW 12/2020',
  'Ab sofort',
  '',
  'Q1/2020',
  'Febr. 19',
  'ab 09/19',
];

/** `count` goal ids; `first` numbers them on (the workbooks of several groups hold different goals). */
export function goalIds(count: number, first = 0): string[] {
  const ids: string[] = [];
  for (let i = first; i < first + count; i++) ids.push(`${(i % 12) + 1}.${i + 1}`);
  return ids;
}

export function generateGrids(sheets = 72, milestones = 10_000, firstGoal = 0): Grid[] {
  const ids = goalIds(sheets, firstGoal);
  const grids: Grid[] = [];
  let made = 0;
  ids.forEach((id, s) => {
    const cells: GridCell[] = [];
    const put = (row: number, col: number, value: string | number, format?: string) =>
      cells.push(
        typeof value === 'number'
          ? { row, col, type: 'number', value, ...(format ? { format } : {}) }
          : { row, col, type: 'string', value },
      );
    put(0, 0, `Ziel ${id}`);
    put(1, 0, `Zieltext für Ziel ${id}: gemeinsam mit den Partnern im Kreis Paderborn umsetzen.`);
    put(3, 0, 'Wer ist federführend für die Umsetzung?');
    put(
      4,
      0,
      `Ansprechperson: ${person(s)} (${person(s)
        .toLowerCase()
        .replace(/[^a-z]+/g, '.')}@example.org), 05251 308-${1000 + s}`,
    );
    put(6, 0, 'Wer ist beteiligt?');
    put(7, 0, 'Kreissportbund, Jobcenter, Stadt Paderborn, Berufskollegs');
    put(9, 0, 'Zwischenziel bis September 2019');
    put(10, 0, 'Bestandsaufnahme abgeschlossen');
    put(12, 0, 'Maßnahmen und Meilensteine');
    put(13, 0, 'MM/JJ');
    put(13, 1, 'Maßnahme/Meilenstein');
    put(13, 2, 'Umsetzungsbericht');
    const here = Math.floor(milestones / sheets) + (s < milestones % sheets ? 1 : 0);
    for (let i = 0; i < here; i++, made++) {
      const r = 14 + i;
      const form = DATE_FORMS[made % DATE_FORMS.length];
      if (made % 13 === 0) put(r, 0, isoToSerial(`2019-${String((made % 12) + 1).padStart(2, '0')}-15`), 'dd.mm.yyyy');
      else if (form) put(r, 0, form);
      put(
        r,
        1,
        form ? `Maßnahme ${made}: Treffen der Arbeitsgruppe und Abstimmung` : `Nächstes Treffen: Di, 20.11.2018, 14 Uhr (Maßnahme ${made})`,
      );
      if (made % 3 === 0) put(r, 2, `Umgesetzt, Bericht ${made}`);
    }
    grids.push({ name: id, visibility: 'visible', cells, merges: [{ r1: 1, c1: 0, r2: 1, c2: 2 }] });
  });
  const overview: GridCell[] = [];
  ['Nr.', 'Kurztitel', 'Farbe', 'Federführung'].forEach((h, c) => overview.push({ row: 0, col: c, type: 'string', value: h }));
  ids.forEach((id, i) => {
    overview.push({ row: i + 1, col: 0, type: 'string', value: id });
    overview.push({ row: i + 1, col: 1, type: 'string', value: `Kurztitel ${id}` });
    overview.push({ row: i + 1, col: 2, type: 'string', value: i % 5 === 0 ? 'blau' : 'grün' });
    overview.push({ row: i + 1, col: 3, type: 'string', value: person(i) });
  });
  grids.unshift({ name: 'Übersicht', visibility: 'visible', cells: overview, merges: [] });
  const partners: GridCell[] = [];
  ['Organisation', 'Ansprechperson', 'E-Mail', 'Telefon', 'Ziele'].forEach((h, c) =>
    partners.push({ row: 0, col: c, type: 'string', value: h }),
  );
  for (let i = 0; i < 40; i++) {
    [
      `Förderverein ${LAST[i % LAST.length]} e.V.`,
      person(999 - i),
      `p${i}@example.org`,
      `05251 ${10000 + i}`,
      `${ids[i % ids.length]}, ${ids[(i + 7) % ids.length]}`,
    ].forEach((v, c) => partners.push({ row: i + 1, col: c, type: 'string', value: v }));
  }
  grids.push({ name: 'Partner', visibility: 'visible', cells: partners, merges: [] });
  return grids;
}

/** The number of cells, and the address of the last one (sanity for the bench output). */
export function describeGrids(grids: Grid[]): { sheets: number; cells: number; last: string } {
  const cells = grids.reduce((n, g) => n + g.cells.length, 0);
  const lastGrid = grids[grids.length - 1];
  const last = lastGrid.cells[lastGrid.cells.length - 1];
  return { sheets: grids.length, cells, last: last ? toA1(last.row, last.col) : '' };
}
