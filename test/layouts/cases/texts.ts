/**
 * Goal texts of the goal system as the conference documentation writes them
 * (/work/shared/seeds), shared by the layout cases. 7.48 is not in the documentation; its
 * text is written in the same manner.
 */
export const TITLE: Record<string, string> = {
  '1.2':
    'Empfehlungen für den Übergang Kita-Grundschule (unter besonderer Berücksichtigung von Kindern mit Förderbedarf) werden gemeinsam mit den Fachkräften der Kitas und Grundschulen im Zuständigkeitsbereich des Kreisjugendamtes bis 2022 entwickelt und umgesetzt.',
  '1.5':
    'Für Kolleginnen und Kollegen, die Schülerinnen und Schüler mit dem Förderbedarf „Emotionale und soziale Entwicklung“ neu unterrichten, steht besonders in der Anfangszeit eine strukturierte Unterstützung und praxisbezogene Fortbildung zur Verfügung.',
  '2.21':
    'Der KreisSportBund, der Landessportbund NRW und regionale Großunternehmen entwickeln gemeinsam das Format eines Zertifikats, um Ehrenamtlichen solche sozialen Kompetenzen zu bescheinigen, die in Bewerbungsverfahren hilfreich sind.',
  '3.27':
    'Die Berufskollegs und die Kammern erheben die Gründe für die Abbrüche in der dualen Ausbildung und in den vollzeitschulischen Ausbildungsgängen.',
  '4.29': 'Der Anteil der Männer an den Beschäftigten in Kindergärten und Familienzentren und Grundschulen steigt auf 10%.',
  '4.30':
    'Die Schulaufsicht für die Berufskollegs klärt mit den Bildungsakteuren im Kreis Paderborn, insbesondere mit den Hochschulen, wie sich Berufsbilder zukünftig entwickeln. Die Partner in der Region sichern gemeinsam die Ausbildung einer ausreichenden Anzahl von Lehrerinnen und Lehrern für diese zukunftsfähigen Berufsprofile.',
  '4.31':
    'Die Berufskollegs vereinbaren mit den regionalen Partnern, z. B. Kammern, Agentur für Arbeit, Bildungsträgern, Unternehmen, welche Medienkompetenzen im beruflichen Alltag gefordert sind. Es finden entsprechende Aus- und Fortbildungsmaßnahmen für die Lehrerinnen und Lehrer statt.',
  '6.45':
    'Sozialwirtschaft, Unternehmen und weitere Akteure (Universität, Medizin, Vereine ...) kooperieren, damit Jugendliche, Auszubildende und Menschen mit Assistenzbedarf einen guten Einstieg in die Arbeitswelt finden, ganzheitlich begleitet werden und erfolgreich in den Unternehmen mitarbeiten können.',
  '7.47':
    'In den kommenden fünf Jahren lösen wir uns von den zielgruppen-spezifischen Angeboten für Geflüchtete und stärken die Quartiersarbeit in mindestens 5 Quartieren im Kreis Paderborn, um Beteiligung zu fördern und Begegnung zu schaffen (=wirksame Integrationsarbeit).',
  '7.48':
    'Ehrenamtliche Sprachpatinnen und Sprachpaten werden für die Begleitung von Zugewanderten qualifiziert und in einem kreisweiten Netzwerk begleitet.',
  '7.49':
    'In den kommenden fünf Jahren entwickeln wir bewährte Patenschaftsmodelle zu den Themen Familie, Arbeit, Wohnraum, soziale und berufliche Integration im Rahmen der Quartiersarbeit weiter.',
  '10.64':
    'Jobcenter, Agentur für Arbeit, und weitere Akteure bieten Migrantinnen und Migranten auf der Basis ihrer schulischen und beruflichen Kompetenzen Qualifizierungen und einen passenden Einstieg in Beschäftigung an, um die Arbeitslosigkeit der Ausländer von 15 auf 10% zu senken.',
  '12.71': 'Bis 2023 gibt es 5 weitere Schulen, die sich am Programm "Schule ohne Rassismus – Schulen mit Courage" beteiligen.',
  '12.72':
    'Bis zum 31.12.2019 bieten die VHS, das KI und weitere Fachdienste (z. B. offene Jugendarbeit) min. 10 Projekte differenziert für Kinder, Jugendliche und Erwachsene an, die demokratische und soziale Grundwerte unserer Gesellschaft vermitteln.',
};

/** The template's milestone header. */
export const MMJJ = ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'];
