import { findEmail, findEmailLike, findPhone, parseLeads, parseParticipants } from './index';

describe('contacts in free text', () => {
  it('finds e-mail and phone', () => {
    expect(findEmail('Matthias Groß (m.gross@bksn.de)')).toBe('m.gross@bksn.de');
    expect(findEmail('Mail an: mailto:c.schoen@cww-paderborn.de bis Ende')).toBe('c.schoen@cww-paderborn.de');
    expect(findPhone('E-mail: y.krone@awo-paderborn.de / Telefon: 0 52 51 – 29066-19')).toBe('0 52 51 – 29066-19');
    expect(findPhone('Tel.: +49 5221 189 742')).toBe('+49 5221 189 742');
    expect(findPhone('05251/308-4610')).toBe('05251/308-4610');
    expect(findPhone('am 17.01.2019 um 14 Uhr')).toBeNull();
    expect(findPhone('Leostraße 45, 33098 Paderborn')).toBeNull();
    expect(findEmail('kein Kontakt angegeben')).toBeNull();
  });
  it('keeps a malformed address as written, so that validation can report it', () => {
    expect(findEmailLike('Frau Muster, muster@example, 05251 1234')).toBe('muster@example');
    expect(findEmailLike('E-Mail: (fulland at@ksb)')).toBe('at@ksb');
    expect(findEmailLike('Mail an: mailto:c.schoen@cww-paderborn.de bis Ende')).toBe('c.schoen@cww-paderborn.de');
    expect(findEmailLike('Team @ BIZ')).toBeNull();
    expect(findEmailLike('kein Kontakt')).toBeNull();
    expect(parseLeads('Frau Muster, muster@example, 05251 1234')).toMatchObject([
      { name: 'Frau Muster', email: 'muster@example', phone: '05251 1234' },
    ]);
    expect(parseLeads('Frau Fulland (fulland@ksb)')).toMatchObject([{ name: 'Frau Fulland', organization: null, email: 'fulland@ksb' }]);
  });
});

describe('leads written as a sentence', () => {
  it("keep the sentence as the lead, cut to a name's length, rather than finding nobody", () => {
    const [lead] = parseLeads(
      'Anna Beispiel und Otto Müller übernehmen gemeinsam die Koordination bis zum Jahresende 2019 im Quartier Nord',
    );
    expect(lead.name).toBe('Anna Beispiel und Otto Müller übernehmen gemeinsam die Koordination bis zum…');
    expect(parseLeads('Koordination ab 2019: Frau X')).toHaveLength(1);
  });
  it('do not make a lead of a phone number alone', () => {
    expect(parseLeads('Ansprechperson: 05251 123456')).toEqual([]);
  });
});

describe('organisation words', () => {
  it('count as whole words when short (AWO, Amt, VHS), anywhere when long (Kreisverband)', () => {
    expect(parseLeads('Kontakt: Lena Amt')).toMatchObject([{ name: 'Lena Amt', organization: 'Lena Amt' }]);
    expect(parseLeads('Kontakt: Lena Amtmann')).toMatchObject([{ name: 'Lena Amtmann', organization: null }]);
    expect(parseLeads('Nora Vhsen')).toMatchObject([{ name: 'Nora Vhsen', organization: null }]);
    expect(parseLeads('Nora Awo-Kreis')).toMatchObject([{ organization: 'Nora Awo-Kreis' }]);
  });
});

describe('parseLeads', () => {
  const lead = (name: string, organization: string | null = null, email: string | null = null, phone: string | null = null) => ({
    name,
    organization,
    email,
    phone,
  });
  it.each([
    ['Ansprechperson: Frau Hagen', [lead('Frau Hagen')]],
    ['Ansprechperson: Herr Pägel, Herr Zumbrock', [lead('Herr Pägel'), lead('Herr Zumbrock')]],
    ['Ansprechperson: C. Schön (CWW), D. Esken (IFD)', [lead('C. Schön', 'CWW'), lead('D. Esken', 'IFD')]],
    ['Ansprechperson: Matthias Groß (m.gross@bksn.de)', [lead('Matthias Groß', null, 'm.gross@bksn.de')]],
    [
      'Ansprechperson: Frau Fulland (fabienne.fulland@ksb-paderborn.de) → bis Ende September 2018',
      [lead('Frau Fulland', null, 'fabienne.fulland@ksb-paderborn.de')],
    ],
    [
      'Ansprechpartner: Yannis Krone, Quartiersmanagement AWO Kreisverband Paderborn e.V., Leostraße 45, 33098 Paderborn, y.krone@awo-paderborn.de, 0 52 51 – 29066-19',
      [lead('Yannis Krone', 'Quartiersmanagement AWO Kreisverband Paderborn e.V.', 'y.krone@awo-paderborn.de', '0 52 51 – 29066-19')],
    ],
    [
      'Ansprechperson: Ulrike Mertens, FAW gGmbH, ulrike.mertens@faw.de, 05251 14287-122',
      [lead('Ulrike Mertens', 'FAW gGmbH', 'ulrike.mertens@faw.de', '05251 14287-122')],
    ],
    ['Ansprechperson: K. John-Stucke (Kreismuseum Wewelsburg)', [lead('K. John-Stucke', 'Kreismuseum Wewelsburg')]],
    ['Ansprechperson: Johanna Leifeld (BIZ)', [lead('Johanna Leifeld', 'BIZ')]],
    [
      'Bildungs- und Integrationszentrum Kreis Paderborn (Auftrag des Kreistags vom 17.09.2018)',
      [lead('Bildungs- und Integrationszentrum Kreis Paderborn', 'Bildungs- und Integrationszentrum Kreis Paderborn')],
    ],
    [
      'Yanis Krone, AWO\nJohanna Leifeld, Bildungs- und Integrationszentrum Kreis Paderborn',
      [lead('Yanis Krone', 'AWO'), lead('Johanna Leifeld', 'Bildungs- und Integrationszentrum Kreis Paderborn')],
    ],
    [
      'Ansprechpartnerin: Dr. Viviane Vidot\nE-Mail: Viviane.Vidot@Herford.de\nTel.: +49 5221 189 742',
      [lead('Dr. Viviane Vidot', null, 'Viviane.Vidot@Herford.de', '+49 5221 189 742')],
    ],
    ['Verani Kartum', [lead('Verani Kartum')]],
  ])('%s', (text, expected) => {
    expect(parseLeads(text)).toEqual(expected);
  });
});

describe('parseParticipants', () => {
  it('splits at commas outside parentheses', () => {
    expect(parseParticipants('Duale Partner (Kammern, Schulen, Uni), Stadt').participants).toEqual([
      'Duale Partner (Kammern, Schulen, Uni)',
      'Stadt',
    ]);
    expect(parseParticipants('Frau Dreyer, Herr Kremer, Frau Hagen, (Frau Schlüter?)').participants).toHaveLength(4);
  });
  it('takes bullet lines as items and keeps prose apart', () => {
    const r = parseParticipants(
      'Es arbeiten mit:\n- KreisSportBund Paderborn e.V.\n- ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.\n- Bildungs- und Integrationszentrum Kreis Paderborn, Stadt Paderborn.',
    );
    expect(r.participants).toEqual([
      'KreisSportBund Paderborn e.V.',
      'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.',
      'Bildungs- und Integrationszentrum Kreis Paderborn, Stadt Paderborn',
    ]);
    expect(r.prose).toEqual(['Es arbeiten mit:']);
  });
});
