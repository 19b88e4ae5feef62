/**
 * Today's row-per-check log with other header words ("Mittlerziel | Telefonat am | Gespräch
 * mit | Rückmeldung"), a goal id merged over two checks, an overview whose lead cells hold
 * "Name, Organisation, e-mail, phone", and a contact list with its own header words.
 */
import { grid } from '../../helpers/grid';
import type { LayoutCase } from '../expect';

const OVERVIEW = grid('Übersicht', [
  ['Nr.', 'Kurztitel', 'Farbe', 'Federführung'],
  [
    '2.21',
    'Zertifikat Ehrenamt',
    'grün',
    'Fabienne Fulland, KreisSportBund Paderborn e.V., fabienne.fulland@ksb-paderborn.de, 05251 2998-30',
  ],
  ['3.27', 'Gründe für Ausbildungsabbrüche', 'blau', 'Bildungs- und Integrationszentrum Kreis Paderborn'],
  ['6.45', 'Einstieg Arbeitswelt mit Assistenzbedarf', 'grün', 'C. Schön (CWW), D. Esken (IFD)'],
  ['10.64', 'Qualifizierung Migrant/innen', 'grün', 'Ulrike Mertens, FAW gGmbH, ulrike.mertens@faw.de, 05251 14287-122'],
  ['12.71', 'Schule ohne Rassismus +5', 'grün', 'N.N.'],
]);

const CALLS = grid(
  'Telefonate',
  [
    ['Mittlerziel', 'Telefonat am', 'Gespräch mit', 'Rückmeldung', 'Einschätzung'],
    ['2.21', { date: '2020-05-12' }, 'Frau Fulland', 'Vorlage für das Zertifikat ist in Arbeit', 'teilweise erreicht'],
    ['6.45', { date: '2020-05-19' }, 'Frau Schön', 'Treffen wegen Corona ausgefallen', 'offen'],
    [null, { date: '2020-11-17' }, 'Herr Esken', 'Angebotsübersicht liegt vor', 'teilweise erreicht'],
    ['10.64', '13.05.2020', 'Ulrike Mertens', 'Ausbildungsmodell startet im Herbst'],
    ['10.64', 'Nov. 2020', 'Ulrike Mertens', 'keine Rückmeldung'],
    ['3.27', { date: '2020-11-24' }, 'Frau Leifeld', 'Interviews mit drei Berufskollegs geführt', 'teilweise erreicht'],
  ],
  { merges: ['A3:A4'] },
);

const CONTACTS = grid('Kontakte', [
  ['Institution', 'Name', 'Mail', 'Tel.', 'Mittlerziele'],
  ['KreisSportBund Paderborn e.V.', 'Fabienne Fulland', 'fabienne.fulland@ksb-paderborn.de', '05251 2998-30', '2.21'],
  ['CWW Paderborn', 'C. Schön', 'c.schoen@cww-paderborn.de', null, '6.45'],
  ['IFD Paderborn', 'D. Esken', null, null, '6.45'],
  ['FAW gGmbH', 'Ulrike Mertens', 'ulrike.mertens@faw.de', '05251 14287-122', '10.64'],
  ['Bildungs- und Integrationszentrum Kreis Paderborn', 'Johanna Leifeld', null, '05251 308 4610', '3.27, 12.71'],
]);

export const roundsRows: LayoutCase = {
  name: 'rounds-rows',
  description:
    'Nachfrage-Protokoll mit einer Zeile je Telefonat und anderen Spaltenwörtern („Mittlerziel | Telefonat am | Gespräch mit | Rückmeldung“), eine Zielnummer über zwei Telefonate verbunden, dazu eine Übersicht mit Federführung als „Name, Organisation, E-Mail, Telefon“ und eine Kontaktliste.',
  grids: [OVERVIEW, CALLS, CONTACTS],
  goals: [
    {
      id: '2.21',
      shortTitle: 'Zertifikat Ehrenamt',
      color: 'grün',
      leads: [
        {
          name: 'Fabienne Fulland',
          organization: 'KreisSportBund Paderborn e.V.',
          email: 'fabienne.fulland@ksb-paderborn.de',
          phone: '05251 2998-30',
        },
      ],
      statusChecks: [{ date: '2020-05-12', person: 'Frau Fulland', text: 'Vorlage für das Zertifikat ist in Arbeit' }],
    },
    {
      id: '3.27',
      shortTitle: 'Gründe für Ausbildungsabbrüche',
      color: 'blau',
      leads: [
        {
          name: 'Bildungs- und Integrationszentrum Kreis Paderborn',
          organization: 'Bildungs- und Integrationszentrum Kreis Paderborn',
          email: null,
          phone: null,
        },
      ],
      statusChecks: [{ date: '2020-11-24', person: 'Frau Leifeld', text: 'Interviews mit drei Berufskollegs geführt' }],
    },
    {
      id: '6.45',
      shortTitle: 'Einstieg Arbeitswelt mit Assistenzbedarf',
      color: 'grün',
      leads: [
        { name: 'C. Schön', organization: 'CWW', email: null, phone: null },
        { name: 'D. Esken', organization: 'IFD', email: null, phone: null },
      ],
      statusChecks: [
        { date: '2020-05-19', person: 'Frau Schön', text: 'Treffen wegen Corona ausgefallen' },
        { date: '2020-11-17', person: 'Herr Esken', text: 'Angebotsübersicht liegt vor' },
      ],
    },
    {
      id: '10.64',
      shortTitle: 'Qualifizierung Migrant/innen',
      color: 'grün',
      leads: [{ name: 'Ulrike Mertens', organization: 'FAW gGmbH', email: 'ulrike.mertens@faw.de', phone: '05251 14287-122' }],
      statusChecks: [
        { date: '2020-05-13', person: 'Ulrike Mertens', text: 'Ausbildungsmodell startet im Herbst' },
        { date: '2020-11-01', person: 'Ulrike Mertens', text: 'keine Rückmeldung' },
      ],
    },
    {
      id: '12.71',
      shortTitle: 'Schule ohne Rassismus +5',
      color: 'grün',
      leads: [],
      statusChecks: [],
    },
  ],
  partners: [
    {
      name: 'KreisSportBund Paderborn e.V.',
      contact: 'Fabienne Fulland',
      email: 'fabienne.fulland@ksb-paderborn.de',
      phone: '05251 2998-30',
      goals: ['2.21'],
    },
    { name: 'CWW Paderborn', contact: 'C. Schön', email: 'c.schoen@cww-paderborn.de', phone: null, goals: ['6.45'] },
    { name: 'IFD Paderborn', contact: 'D. Esken', email: null, phone: null, goals: ['6.45'] },
    { name: 'FAW gGmbH', contact: 'Ulrike Mertens', email: 'ulrike.mertens@faw.de', phone: '05251 14287-122', goals: ['10.64'] },
    {
      name: 'Bildungs- und Integrationszentrum Kreis Paderborn',
      contact: 'Johanna Leifeld',
      email: null,
      phone: '05251 308 4610',
      goals: ['3.27', '12.71'],
    },
  ],
};
