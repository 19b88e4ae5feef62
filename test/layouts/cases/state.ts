/**
 * Milestone state (done | in-progress | open | postponed | cancelled) from a status column
 * ("Status", "Erledigt?") or from the report text, covering each status word and the ways
 * reports say what happened, has not happened yet, was postponed (with the new date) or was
 * called off. A report of what happened is done even when it holds a negation
 * ("… konnte … nicht gewonnen werden.").
 */
import { formSheet } from '../../helpers/grid';
import type { ExpectedMilestone, LayoutCase } from '../expect';
import { TITLE } from './texts';

type Row = [
  date: string,
  text: string,
  status: string | null,
  report: string | null,
  state: ExpectedMilestone['state'],
  postponedTo?: string,
];

/** Reports only: the state comes from what the report says. */
const REPORTS: Row[] = [
  [
    '01/19',
    'In der Dokumentation zur Umsetzungskonferenz wird ein nächstes Treffen angekündigt, sodass sich Interessenten noch melden können.',
    null,
    'Zum Treffen kamen lediglich eine Vertreterin des KreisSportBunds, des KI und der AWO',
    'done',
  ],
  ['03/19', 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet', null, 'noch nicht begonnen', 'open'],
  [
    '4/19',
    'Vorstellung unserer Ziele und Vorhaben bei der AG Altersgerechte Quartiersentwicklung',
    null,
    'Die AG konnte als Kooperationspartnerin nicht gewonnen werden.',
    'done',
  ],
  ['09/19', 'Fachtag Quartiersarbeit im Kreishaus', null, 'Fachtag fand am 24.09.2019 statt', 'done'],
  ['11/19', 'Fragebogen an die Quartiersmanagerinnen und Quartiersmanager', null, 'Fragebogen wurde verschickt', 'done'],
  ['12/19', 'Protokoll an alle Beteiligten', null, 'erledigt', 'done'],
  ['02/20', 'Treffen mit dem Seniorenbeirat', null, 'hat stattgefunden', 'done'],
  ['05/20', 'Konzept für Quartierspatenschaften', null, 'Entwurf liegt vor', 'done'],
  ['06/20', 'Austausch mit dem Integrationsrat', null, 'vertagt auf Herbst 2020', 'postponed', '2020-11-30'],
  ['Bis 8/20', 'Akquise weiterer Mitglieder', null, 'steht noch aus', 'open'],
  ['8/20', 'Treffen zur Strategieplanung', null, null, 'open'],
  ['09/20', 'Quartiersfest in Schloß Neuhaus', null, 'Fest wurde abgesagt', 'cancelled'],
  ['10/20', 'Stadtteilspaziergang mit der AG', null, '-', 'open'],
  ['11/20', 'Zwischenbericht an den Lenkungskreis', null, 'noch offen', 'open'],
];

/** A status column beside the report. */
const STATUS: Row[] = [
  [
    '03/19',
    'Worldcafé / Planspiel Diskussionsforum / Jugendtreff / Schulen',
    'erledigt',
    'Worldcafé mit 40 Jugendlichen im Jugendtreff',
    'done',
  ],
  ['03/19', 'Lehrerfortbildung / Formate', 'abgeschlossen', null, 'done'],
  ['09/18', 'Baustein Menschenwürde', '✓', null, 'done'],
  ['09/18', 'Hingucker - Zivilcourage üben', 'x', null, 'done'],
  ['09/19', 'Demokratiefest im Kreishaus', 'in Arbeit', 'Programm wird mit den Schulen abgestimmt', 'in-progress'],
  ['11/19', 'Projektbörse für Schulen', 'läuft', null, 'in-progress'],
  ['01/20', 'Zwischenbilanz der Projekte', 'begonnen', null, 'in-progress'],
  ['02/20', 'Planspiel Kommunalpolitik', 'offen', null, 'open'],
  ['03/20', 'Workshop Frauen-Empowerment', 'noch offen', null, 'open'],
  ['04/20', 'Fortbildung für Jugendleiterinnen und Jugendleiter', 'geplant', null, 'open'],
  ['05/20', 'Ausstellung „Demokratie leben“', '-', null, 'open'],
  ['11/19', 'Elternabend interkulturell', 'verschoben auf 03/20', null, 'postponed', '2020-03-31'],
  ['04/20', 'Fahrt zum Landtag', 'entfällt', null, 'cancelled'],
  ['05/20', 'Zeitzeugengespräch', 'abgesagt', 'wegen Corona', 'cancelled'],
  ['06/20', 'Flyer „Projekte für Demokratie“', 'gestrichen', null, 'cancelled'],
];

/** An "Erledigt?" column and no report. */
const DONE: Row[] = [
  ['09/19', 'Verständigung über verschiedene Medienkompetenzprofile', 'ja', null, 'done'],
  ['03/19', 'Austausch über zielgruppenspezifische Medienkonzepte', '✓', null, 'done'],
  ['Ab sofort', 'Ausbau der Kooperation der Akteure / Beteiligten', 'nein', null, 'open'],
  ['03/20', 'Fortbildung Medienkompetenz für Lehrkräfte', 'x', null, 'done'],
  ['06/20', 'Medienkompetenzraster veröffentlichen', null, null, 'open'],
];

const G747 = formSheet('7.47', {
  title: TITLE['7.47'],
  lead: 'Ansprechpartner: Yannis Krone, AWO Kreisverband Paderborn e.V.',
  participants: 'KreisSportBund Paderborn e.V., Bildungs- und Integrationszentrum Kreis Paderborn',
  interim: 'Akquise weiterer Kooperationspartner*innen aus der Quartiersarbeit im Kreis Paderborn',
  milestones: REPORTS.map(([date, text, , report]) => [date, text, report]),
});

const G1272 = formSheet('12.72', {
  title: TITLE['12.72'],
  lead: 'Ansprechperson: Verani Kartum',
  participants: 'VHS Paderborn, Kommunales Integrationszentrum, Kreismuseum Wewelsburg',
  interim: 'Zusammenstellung von Projekten',
  header: ['MM/JJ', 'Maßnahme/Meilenstein', 'Status', 'Umsetzungsbericht'],
  milestones: STATUS.map(([date, text, status, report]) => [date, text, status, report]),
});

const G431 = formSheet('4.31', {
  title: TITLE['4.31'],
  lead: 'Ansprechperson: Matthias Groß (m.gross@bksn.de)',
  participants: 'Berufskollegs, Schulträger, Kammern, Bildungsträger, Regionale Netzwerkpartner',
  interim: 'Weiterentwicklung Medienkompetenzraster',
  header: ['MM/JJ', 'Maßnahme/Meilenstein', 'Erledigt?'],
  milestones: DONE.map(([date, text, status]) => [date, text, status]),
});

/** The expected milestones of rows; `withReport`: the sheet has a report column. */
function expected(rows: Row[], withReport: boolean): ExpectedMilestone[] {
  return rows.map(([date, text, , report, state, postponedTo]) => ({
    date,
    text,
    ...(withReport ? { report } : {}),
    state,
    ...(postponedTo ? { postponedTo } : {}),
  }));
}

export const state: LayoutCase = {
  name: 'state',
  description:
    'Zielblätter, deren Meilensteine ihren Stand in einer Statusspalte („Status“, „Erledigt?“) oder im Umsetzungsbericht tragen: erledigt, abgeschlossen, ✓, x, ja, „fand am … statt“, „liegt vor“; in Arbeit, läuft, begonnen; offen, geplant, „-“, „noch nicht begonnen“, „steht noch aus“; „verschoben auf 03/20“, „vertagt auf Herbst 2020“; entfällt, abgesagt, gestrichen.',
  grids: [G747, G1272, G431],
  goals: [
    {
      id: '4.31',
      leads: [{ name: 'Matthias Groß', email: 'm.gross@bksn.de' }],
      milestones: expected(DONE, false),
    },
    {
      id: '7.47',
      leads: [{ name: 'Yannis Krone', organization: 'AWO Kreisverband Paderborn e.V.' }],
      milestones: expected(REPORTS, true),
    },
    {
      id: '12.72',
      leads: [{ name: 'Verani Kartum' }],
      milestones: expected(STATUS, true),
    },
  ],
};
