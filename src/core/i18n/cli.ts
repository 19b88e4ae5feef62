/** Texts of the `zielwerk` command line: help, usage errors, summaries. */
import { type Entry, register } from './index';

export const CLI: Record<string, Entry> = {
  'cli.help': {
    de: `Zielwerk – Zielsystem-Arbeitsmappen strukturieren, prüfen und zusammenfassen

Aufruf:
  zielwerk extract DATEI.xlsx [--json] [--explain]
                                                Ziele, Meilensteine und Partner auslesen;
                                                --explain: wie jedes Blatt gelesen wurde
  zielwerk validate DATEI.xlsx [--json] [--today TT.MM.JJJJ]
                                                Arbeitsmappe prüfen (jeder Befund mit Zelle)
  zielwerk summarize DATEI.xlsx -o AUS.xlsx [--today TT.MM.JJJJ] [--sheets Übersicht,Fällig,…] [--weeks N] [--in-place] [--force]
                                                Übersichtsblätter erzeugen
  zielwerk structure DATEI.xlsx -o AUS.xlsx [--in-place]
                                                Ziele, Meilensteine, Partner als Excel-Tabellen anlegen
  zielwerk clean DATEI.xlsx -o AUS.xlsx [--in-place]
                                                alles entfernen, was Zielwerk hinzugefügt hat
  zielwerk consolidate DATEI… | ORDNER -o gesamt.xlsx [--today JJJJ-MM-TT] [--json]
                                                die Mappen aller Arbeitsgruppen zusammenführen
  zielwerk import DOKUMENT.docx (-o NEU.xlsx | --into MAPPE.xlsx …) [--beside]
                                                Zieldokumentation, Nachfrage oder Projekt aus Word einlesen
  zielwerk report DATEI.xlsx --kind nachfrage|konferenz|jahresbericht -o BERICHT.docx
                                                Word-Bericht schreiben
  zielwerk layout DATEI.xlsx [--json] [--set KARTE.json -o AUS.xlsx]
                                                wie jedes Blatt gelesen wird; Lesart speichern
  zielwerk date [--json] TEXT…                  Datumsangaben deuten („Ca. 06/19“, „KW 12/2020“)

Die Befehle heißen auch deutsch: auslesen (extract), prüfen (validate), zusammenfassen
(summarize), struktur (structure), bereinigen (clean), datum (date). --today nimmt 15.11.2019 oder 2019-11-15.

Optionen für alle Befehle:
  --layout KARTE  mit dieser Lesart lesen (JSON, siehe README), ohne sie zu speichern
                  (alle Befehle, die eine Arbeitsmappe lesen)
  --lang de|en    Sprache der Ausgabe (Standard: de; auch über ZIELWERK_LANG)
  --help, -h      Hilfe zu einem Befehl: zielwerk BEFEHL --help
  --version       Version

Rückgabewerte: 0 = in Ordnung, 1 = Prüfung fand Fehler (consolidate: auch eine Datei nicht lesbar),
2 = Datei nicht lesbar oder falscher Aufruf.
`,
    en: `Zielwerk – structure, validate and summarize goal-tracking workbooks

Usage:
  zielwerk extract FILE.xlsx [--json] [--explain]
                                                read goals, milestones and partners;
                                                --explain: how each sheet was read
  zielwerk validate FILE.xlsx [--json] [--today DD.MM.YYYY]
                                                check the workbook (every finding with its cell)
  zielwerk summarize FILE.xlsx -o OUT.xlsx [--today DD.MM.YYYY] [--sheets Overview,Due,…] [--weeks N] [--in-place] [--force]
                                                write summary sheets
  zielwerk structure FILE.xlsx -o OUT.xlsx [--in-place]
                                                write goals, milestones, partners as Excel tables
  zielwerk clean FILE.xlsx -o OUT.xlsx [--in-place]
                                                remove everything Zielwerk added
  zielwerk consolidate FILE… | FOLDER -o all.xlsx [--today YYYY-MM-DD] [--json]
                                                consolidate the workbooks of all working groups
  zielwerk import DOCUMENT.docx (-o NEW.xlsx | --into WORKBOOK.xlsx …) [--beside]
                                                read goal documentation, a status check or a project from Word
  zielwerk report FILE.xlsx --kind nachfrage|konferenz|jahresbericht -o REPORT.docx
                                                write a Word report
  zielwerk layout FILE.xlsx [--json] [--set MAP.json -o OUT.xlsx]
                                                how each sheet is read; store a layout map
  zielwerk date [--json] TEXT…                  interpret written dates ("Ca. 06/19", "KW 12/2020")

The commands have German names too: auslesen (extract), prüfen (validate), zusammenfassen
(summarize), struktur (structure), bereinigen (clean), datum (date). --today takes 15.11.2019 or 2019-11-15.

Options for every command:
  --layout MAP    read with this layout map (JSON, see README) without storing it
                  (every command that reads a workbook)
  --lang de|en    output language (default: de; also via ZIELWERK_LANG)
  --help, -h      help for one command: zielwerk COMMAND --help
  --version       version

Exit codes: 0 = fine, 1 = validation found errors (consolidate: also a file not readable),
2 = unreadable file or wrong usage.
`,
  },
  'cli.help.extract': {
    de: `zielwerk extract DATEI.xlsx [--json] [--explain] [--lang de|en]

Liest die Arbeitsmappe und zeigt, was erkannt wurde: Ziele (Nummer, Titel, Federführung,
Beteiligte, Zwischenziel), ihre Meilensteine mit gedeuteten Daten und ihrem Stand, Partner,
Projekte und übersprungene Blätter. Mit --json als JSON (Felder siehe README; jedes Blatt mit
„coverage“, dem Anteil verstandener Zellen, und „unread“, den nicht verstandenen Zellen).

--explain   zeigt für jedes Blatt, wie es gelesen wurde: die Art des Blatts und wie sicher
            sie erkannt ist, jeden gefundenen Zielblock und jede Tabelle (Bereich und die Rolle
            jeder Spalte), den Anteil verstandener Zellen und die Zellen, die Zielwerk nicht
            verstanden hat. Mit --json nur diese Angaben als JSON.
`,
    en: `zielwerk extract FILE.xlsx [--json] [--explain] [--lang de|en]

Reads the workbook and shows what was found: goals (id, title, lead, participants, interim
goal), their milestones with interpreted dates and their state, partners, projects and skipped
sheets. With --json as JSON (fields: see README; every sheet with "coverage", the share of cells
understood, and "unread", the cells that were not).

--explain   shows how each sheet was read: its kind and how clearly it was recognised, every
            goal block and table found (range and the role of each column), the share of
            cells understood and the cells Zielwerk did not understand. With --json only
            these as JSON.
`,
  },
  'cli.help.date': {
    de: `zielwerk date [--json] TEXT…

Deutet Datumsangaben, wie sie in Zielblättern stehen: „01/19“, „Bis 8/20“, „Ca. Jan / Feb 2019“,
„2. Halbjahr 2019“, „KW 12/2020“, „Schuljahr 2020/21“, „Ab sofort“ … Mit --json ein
DateValue je Angabe (mehrere als JSON-Liste in derselben Reihenfolge).
`,
    en: `zielwerk date [--json] TEXT…

Interprets dates as goal sheets write them: "01/19", "Bis 8/20", "Ca. Jan / Feb 2019",
"2. Halbjahr 2019", "KW 12/2020", "Schuljahr 2020/21", "Ab sofort" … With --json one
DateValue per text (several as a JSON array, in order).
`,
  },
  'cli.usage.unknown-command': { de: 'Unbekannter Befehl „{value}“', en: 'Unknown command "{value}"' },
  'cli.usage.unknown-command-near': {
    de: 'Unbekannter Befehl „{value}“ – meinten Sie „{allowed}“?',
    en: 'Unknown command "{value}" – did you mean "{allowed}"?',
  },
  'cli.usage.unknown-option': { de: 'Unbekannte Option „{value}“', en: 'Unknown option "{value}"' },
  'cli.usage.missing-value': { de: 'Option {value} braucht einen Wert', en: 'Option {value} needs a value' },
  'cli.usage.no-value': { de: 'Option {value} nimmt keinen Wert', en: 'Option {value} takes no value' },
  'cli.usage.bad-lang': { de: 'Sprache „{value}“ unbekannt (de oder en)', en: 'Unknown language "{value}" (de or en)' },
  'cli.usage.missing-file': { de: 'Keine Arbeitsmappe angegeben', en: 'No workbook given' },
  'cli.usage.extra-args': { de: 'Zu viele Angaben: {value}', en: 'Too many arguments: {value}' },
  'cli.usage.missing-text': { de: 'Kein Datumstext angegeben', en: 'No date text given' },
  'cli.usage.bad-today': {
    de: '--today erwartet TT.MM.JJJJ oder JJJJ-MM-TT, nicht „{value}“',
    en: '--today expects DD.MM.YYYY or YYYY-MM-DD, not "{value}"',
  },
  'cli.usage.impossible-today': {
    de: '--today: den Tag „{value}“ gibt es nicht',
    en: '--today: the day "{value}" does not exist',
  },
  'cli.usage.early-today': {
    de: '--today: „{value}“ liegt vor 1900 – Tippfehler im Jahr?',
    en: '--today: "{value}" lies before 1900 – a typing error in the year?',
  },
  'cli.usage.bad-weeks': {
    de: '--weeks erwartet eine Zahl von 1 bis 104, nicht „{value}“',
    en: '--weeks expects a number from 1 to 104, not "{value}"',
  },
  'cli.usage.missing-output': {
    de: 'Ausgabedatei fehlt: -o AUS.xlsx (oder --in-place)',
    en: 'Output file missing: -o OUT.xlsx (or --in-place)',
  },
  'cli.usage.output-is-input': {
    de: 'Die Ausgabe würde die Eingabedatei überschreiben; dafür --in-place angeben',
    en: 'The output would overwrite the input file; pass --in-place for that',
  },
  'cli.usage.bad-sheets': {
    de: 'Unbekanntes Blatt in --sheets: „{value}“ (möglich: {allowed})',
    en: 'Unknown sheet in --sheets: "{value}" (possible: {allowed})',
  },
  // reading and writing workbook files (user errors of src/xlsx)
  'error.too-many-strings': {
    de: '{file} enthält mehr als {limit} verschiedene Texte – zu viele zum Lesen. Bitte die Arbeitsmappe in kleinere Mappen aufteilen.',
    en: '{file} holds more than {limit} distinct texts – too many to read. Please split the workbook into smaller ones.',
  },
  'error.part-too-large': {
    de: '{file} ist entpackt zu groß: der Teil {part} hat mehr als {limit} MB (womöglich eine „Zip-Bombe“) – nicht gelesen.',
    en: '{file} is too large once unpacked: its part {part} exceeds {limit} MB (possibly a "zip bomb") – not read.',
  },
  'error.read-timeout': {
    de: '{file} ließ sich nicht in {seconds} Sekunden lesen – abgebrochen. Ist die Arbeitsmappe ungewöhnlich groß?',
    en: '{file} could not be read within {seconds} seconds – stopped. Is the workbook unusually large?',
  },
  'error.xml-doctype': {
    de: '{file} enthält im Teil {part} eine Dokumenttyp-Definition, wie sie Excel nie schreibt (womöglich eine „XML-Bombe“) – aus Sicherheitsgründen nicht gelesen.',
    en: '{file} holds a document type definition in its part {part}, which Excel never writes (possibly an "XML bomb") – not read, for safety.',
  },
  'error.output-macros': {
    de: 'Die Arbeitsmappe enthält Makros: die Ausgabe {file} muss auf {ext} enden, sonst öffnet Excel sie nicht – nichts geschrieben.',
    en: 'The workbook holds macros: the output {file} must end in {ext}, or Excel will not open it – nothing written.',
  },
  'error.output-extension': {
    de: 'Die Ausgabe {file} muss auf {ext} enden wie die Eingabe, sonst öffnet Excel sie nicht – nichts geschrieben.',
    en: 'The output {file} must end in {ext} like the input, or Excel will not open it – nothing written.',
  },
  'error.too-large-to-write': {
    de: 'Die Ausgabe {file} würde zu groß für eine Excel-Datei (über 4 GB oder über 65 534 Teile) – nichts geschrieben.',
    en: 'The output {file} would be too large for an Excel file (over 4 GB or over 65,534 parts) – nothing written.',
  },
  'error.write-unsupported': {
    de: 'Zielwerk kann {file} nicht sicher ergänzen: der Teil {part} ist anders aufgebaut als erwartet – nichts geschrieben.',
    en: 'Zielwerk cannot safely extend {file}: its part {part} is built differently than expected – nothing written.',
  },
  'cli.internal-error': {
    de: 'Interner Fehler: {message}. Bitte melden (mit ZIELWERK_DEBUG=1 für Details).',
    en: 'Internal error: {message}. Please report it (ZIELWERK_DEBUG=1 shows details).',
  },

  // extract summary
  'cli.extract.title': { de: 'Zielwerk · {file}', en: 'Zielwerk · {file}' },
  'cli.explain.title': { de: 'Zielwerk · {file} · so wurde jedes Blatt gelesen', en: 'Zielwerk · {file} · how each sheet was read' },
  'cli.explain.sheet': {
    de: 'Blatt „{sheet}“: {kind} · {coverage} % von {cells:Zelle|Zellen} verstanden · {confidence}',
    en: 'Sheet "{sheet}": {kind} · {coverage} % of {cells:cell|cells} understood · {confidence}',
  },
  'cli.explain.skipped': { de: 'Blatt „{sheet}“: übersprungen – {reason}', en: 'Sheet "{sheet}": skipped – {reason}' },
  'cli.explain.generated': {
    de: 'Blatt „{sheet}“: von Zielwerk erzeugt, nicht gelesen',
    en: 'Sheet "{sheet}": generated by Zielwerk, not read',
  },
  'cli.explain.confidence.high': { de: 'sicher erkannt', en: 'clearly recognised' },
  'cli.explain.confidence.low': { de: 'unsicher erkannt', en: 'recognised with doubt' },
  'cli.explain.goals': { de: 'Ziele {list}', en: 'goals {list}' },
  'cli.explain.listObject': { de: 'Excel-Tabelle „{name}“', en: 'Excel table "{name}"' },
  'cli.explain.unread': { de: 'nicht verstanden ({n:Zelle|Zellen}): {cells}', en: 'not understood ({n:cell|cells}): {cells}' },
  'cli.extract.sheets': { de: '{count:Blatt|Blätter} gelesen: {kinds}', en: '{count:sheet|sheets} read: {kinds}' },
  'cli.extract.skipped': { de: 'Übersprungen: {list}', en: 'Skipped: {list}' },
  'cli.extract.totals': {
    de: '{goals} Ziele · {milestones} Meilensteine · {partners} Partner',
    en: '{goals} goals · {milestones} milestones · {partners} partners',
  },
  'cli.extract.goal': { de: 'Ziel {id}', en: 'Goal {id}' },
  'cli.extract.lead': { de: 'Federführung', en: 'Lead' },
  'cli.extract.participants': { de: 'Beteiligt', en: 'Participants' },
  'cli.extract.interim': { de: 'Zwischenziel', en: 'Interim goal' },
  'cli.extract.statusCheck': { de: 'Letzte Nachfrage', en: 'Last status check' },
  'cli.extract.rating': { de: 'Einschätzung', en: 'Rating' },
  'cli.extract.none': { de: '—', en: '—' },
  'cli.extract.noMilestones': { de: 'keine Meilensteine', en: 'no milestones' },
  'cli.extract.col.date': { de: 'Termin', en: 'Date' },
  'cli.extract.col.text': { de: 'Maßnahme/Meilenstein', en: 'Measure/milestone' },
  'cli.extract.col.report': { de: 'Umsetzungsbericht', en: 'Report' },
  'cli.extract.orphans': { de: 'Meilensteine ohne bekanntes Ziel: {count}', en: 'Milestones without a known goal: {count}' },
  'cli.extract.partners': { de: 'Partner', en: 'Partners' },
  'cli.extract.problems': {
    de: 'Lesehinweise: {count} (Details: zielwerk validate)',
    en: 'Reading notes: {count} (details: zielwerk validate)',
  },
  'cli.validate.title': { de: 'Prüfbericht · {file} · Stichtag {today}', en: 'Validation report · {file} · reference day {today}' },
  'cli.validate.sheet': { de: 'Blatt „{sheet}“', en: 'Sheet "{sheet}"' },
  'cli.validate.total': {
    de: 'Gesamt: {error} Fehler, {warning:Warnung|Warnungen}, {info:Hinweis|Hinweise} ({total:Befund|Befunde})',
    en: 'Total: {error:error|errors}, {warning:warning|warnings}, {info:note|notes} ({total:finding|findings})',
  },
  'cli.validate.clean': { de: 'Keine Befunde – die Arbeitsmappe ist in Ordnung.', en: 'No findings – the workbook is fine.' },
  'cli.validate.legend': { de: '✗ Fehler  ! Warnung  i Hinweis', en: '✗ error  ! warning  i note' },
  'cli.help.validate': {
    de: `zielwerk validate DATEI.xlsx [--json] [--today TT.MM.JJJJ] [--lang de|en]

Prüft die Arbeitsmappe vor einer Sitzung und nennt zu jedem Befund die genaue Zelle:
Fehler (Daten falsch oder unbrauchbar), Warnungen (Nacharbeit nötig), Hinweise.
--today setzt den Stichtag für „überfällig“ und „Nachfrage veraltet“ (Standard: heute).
Rückgabewert 1, wenn es Fehler gibt; 2, wenn die Datei nicht lesbar ist.
`,
    en: `zielwerk validate FILE.xlsx [--json] [--today DD.MM.YYYY] [--lang de|en]

Checks the workbook before a meeting and names the exact cell of every finding: errors
(data wrong or unusable), warnings (needs follow-up), notes.
--today sets the reference day for "overdue" and "stale status check" (default: today).
Exit code 1 when there are errors; 2 when the file cannot be read.
`,
  },
  'cli.write.done': { de: 'Geschrieben: {file}', en: 'Written: {file}' },
  'cli.write.new': { de: 'neu', en: 'new' },
  'cli.write.replaced': { de: 'ersetzt', en: 'replaced' },
  'cli.write.removed': { de: 'entfernt', en: 'removed' },
  'error.hand-edited': {
    de: 'In {file} wurden Zielwerk-Blätter von Hand geändert, seit Zielwerk sie schrieb: {list} – nichts geschrieben. Die Änderungen bitte in die Zielblätter übertragen, oder mit --force trotzdem ersetzen (sie gehen dann verloren).',
    en: 'Zielwerk sheets in {file} were changed by hand since Zielwerk wrote them: {list} – nothing written. Please carry the changes over to the goal sheets, or replace them anyway with --force (they are lost then).',
  },
  'cli.clean.nothing': {
    de: '{file} enthält keine Blätter von Zielwerk – nichts geschrieben.',
    en: '{file} holds no sheets of Zielwerk – nothing written.',
  },
  'cli.help.clean': {
    de: `zielwerk clean DATEI.xlsx -o AUS.xlsx [--in-place] [--lang de|en]   (auch: zielwerk bereinigen)

Entfernt alles, was Zielwerk der Arbeitsmappe hinzugefügt hat: die Übersichtsblätter, die
Tabellen aus „structure“, das sehr ausgeblendete Blatt „Zielwerk_Stand“ (der Stand der letzten
Zusammenfassung für die Änderungsliste) und jedes andere Blatt, das Zielwerk als seines
kennzeichnet. Die eigenen Blätter bleiben Byte für Byte, wie sie sind.
--in-place schreibt in die Eingabedatei und legt vorher DATEI.bak.xlsx an.
`,
    en: `zielwerk clean FILE.xlsx -o OUT.xlsx [--in-place] [--lang de|en]

Removes everything Zielwerk added to the workbook: the summary sheets, the tables of
"structure", the very hidden sheet "Zielwerk_Stand" (the state of the last summary, for the
change list) and any other sheet Zielwerk marks as its own. Your own sheets stay byte for byte
as they are.
--in-place writes into the input file and keeps FILE.bak.xlsx first.
`,
  },
  'cli.write.backup': { de: 'Sicherungskopie: {file}', en: 'Backup: {file}' },
  'cli.write.skipped.chart': {
    de: 'Hinweis: Diagramm „{what}“ auf „{sheet}“ nicht gezeichnet – sein Datenbereich ist nicht lesbar; das Excel-Add-in zeichnet es (die Daten stehen auf dem Blatt).',
    en: 'Note: chart "{what}" on "{sheet}" not drawn – its data range cannot be read; the Excel add-in draws it (its data is on the sheet).',
  },
  'cli.write.skipped.conditional': {
    de: 'Hinweis: bedingte Formatierung auf „{sheet}“ ausgelassen ({what})',
    en: 'Note: conditional format on "{sheet}" left out ({what})',
  },
  'cli.write.skipped.validation': {
    de: 'Hinweis: Auswahlliste auf „{sheet}“ ausgelassen ({what})',
    en: 'Note: dropdown on "{sheet}" left out ({what})',
  },
  'cli.write.skipped.table': {
    de: 'Hinweis: Tabelle auf „{sheet}“ ausgelassen ({what})',
    en: 'Note: table on "{sheet}" left out ({what})',
  },
  'cli.write.skipped.print': {
    de: 'Hinweis: Druckeinstellungen auf „{sheet}“ ausgelassen ({what})',
    en: 'Note: print setup on "{sheet}" left out ({what})',
  },
  'cli.write.skipped.freeze': {
    de: 'Hinweis: fixierte Zeilen auf „{sheet}“ ausgelassen ({what})',
    en: 'Note: frozen panes on "{sheet}" left out ({what})',
  },
  'cli.write.skipped.tabColor': {
    de: 'Hinweis: Registerfarbe auf „{sheet}“ ausgelassen ({what})',
    en: 'Note: tab colour on "{sheet}" left out ({what})',
  },
  'cli.help.summarize': {
    de: `zielwerk summarize DATEI.xlsx -o AUS.xlsx [--today TT.MM.JJJJ] [--sheets Übersicht,Fällig,…] [--weeks N] [--in-place] [--force] [--lang de|en]

Schreibt die Übersichtsblätter in eine Kopie der Arbeitsmappe: Übersicht (je Ziel Zahlen,
nächster Termin, Ampel), Fällig (überfällig oder in den nächsten N Wochen fällig, Standard 8),
Partner (Partner × Ziele), Zeitplan (Meilensteine je Monat), Prüfbericht (alle Befunde mit
Verweis auf die Zelle) und Änderungen (seit der letzten Zusammenfassung).
Erzeugte Blätter tragen den Vermerk „Erzeugt von Zielwerk“ und werden beim nächsten Lauf an
derselben Stelle ersetzt; alle anderen Blätter bleiben unverändert.
--in-place schreibt in die Eingabedatei und legt vorher DATEI.bak.xlsx an.
--sheets wählt Blätter aus (Namen deutsch oder englisch).
Wurde ein erzeugtes Blatt seit dem letzten Lauf von Hand geändert, nennt Zielwerk die Zellen
und schreibt nichts; --force ersetzt es trotzdem (die Änderungen gehen verloren).
`,
    en: `zielwerk summarize FILE.xlsx -o OUT.xlsx [--today DD.MM.YYYY] [--sheets Overview,Due,…] [--weeks N] [--in-place] [--force] [--lang de|en]

Writes the summary sheets into a copy of the workbook: Overview (counts, next due date and a
traffic light per goal), Due (overdue or due within the next N weeks, default 8), Partners
(partners × goals), Timeline (milestones by month), Validation (every finding linked to its
cell) and Changes (since the previous summary).
Generated sheets carry the line "Generated by Zielwerk" and are replaced in place by the next
run; every other sheet stays as it is.
--in-place writes into the input file and keeps FILE.bak.xlsx first.
--sheets picks sheets (German or English names).
When a generated sheet was changed by hand since the last run, Zielwerk names the cells and
writes nothing; --force replaces it anyway (the changes are lost).
`,
  },
  'cli.help.structure': {
    de: `zielwerk structure DATEI.xlsx -o AUS.xlsx [--in-place] [--force] [--lang de|en]

Legt die erkannten Daten als Excel-Tabellen an: „Ziele“, „Meilensteine“ und „Partner“, mit
Auswahllisten (Farbe, Einschätzung, Ziel-Nr.) und einer Spalte „Quelle“, die auf die Zelle im
ursprünglichen Blatt verweist. Die ursprünglichen Blätter bleiben unverändert.
`,
    en: `zielwerk structure FILE.xlsx -o OUT.xlsx [--in-place] [--force] [--lang de|en]

Writes what was read as Excel tables: "Goals", "Milestones" and "Partner", with dropdowns
(colour, rating, goal id) and a "Source" column linking to the cell in the original sheet.
The original sheets stay as they are.
`,
  },
  'cli.help.consolidate': {
    de: `zielwerk consolidate DATEI… | ORDNER -o gesamt.xlsx [--today JJJJ-MM-TT] [--json] [--lang de|en]

Führt die Arbeitsmappen aller Arbeitsgruppen zu einem Stand des Zielsystems zusammen. Ein Ordner
wird mit allen Unterordnern gelesen; Sperrdateien (~$…) und von Zielwerk erzeugte Mappen (etwa
eine frühere gesamt.xlsx) werden übersprungen. Die Mappen werden parallel gelesen (ein Thread je
Prozessorkern); eine Datei, die nicht lesbar ist (beschädigt, kennwortgeschützt, gesperrt, keine
Berechtigung), wird mit ihrem Grund aufgeführt, der Rest trotzdem zusammengeführt.

Die neue Arbeitsmappe -o enthält: Übersicht (alle Ziele, mit „Quelle“: Datei und Verweis auf
die Zelle), Dateien (je Datei Ziele, Anteil verstandener Zellen, Befunde oder warum sie nicht
lesbar war), Fällig (über alle Gruppen), Partner (über alle Dateien zusammengeführt) und
Prüfbericht (jeder Befund mit Datei, Blatt und Zelle). Dasselbe Ziel in zwei Dateien ist ein
Befund: ein Fehler, wenn Federführung oder Meilensteine abweichen, ein Hinweis bei einer
gleichlautenden Kopie (einmal gezählt). Ähnliche Schreibweisen eines Namens in verschiedenen
Dateien werden gemeldet. Eine vorhandene Ausgabe wird nur ersetzt, wenn Zielwerk sie erzeugt hat.
--json gibt Dateien, Modell und Befunde als JSON aus (jeder Verweis mit „file“); -o ist dann
freiwillig. Fortschritt steht auf stderr.
Rückgabewert 1, wenn eine Datei nicht lesbar war oder Fehler gefunden wurden; 2 bei falschem Aufruf.
`,
    en: `zielwerk consolidate FILE… | FOLDER -o all.xlsx [--today YYYY-MM-DD] [--json] [--lang de|en]

Consolidates the workbooks of all working groups into one state of the goal system. A folder is
read with all its subfolders; lock files (~$…) and workbooks Zielwerk generated (a previous
consolidation, say) are skipped. Workbooks are read in parallel (one thread per processor
core); a file that cannot be read (damaged, password-protected, locked, no permission) is
listed with its reason and the rest is consolidated all the same.

The new workbook -o holds: Overview (every goal, with its "Source": the file and a link to the
cell), Files (per file its goals, the share of cells understood, its findings or why it could
not be read), Due (across all groups), Partners (merged across files) and Validation (every
finding with file, sheet and cell). The same goal in two files is a finding: an error when the
lead or the milestones differ, a note for an identical copy (counted once). Similar spellings
of a name in different files are reported. An existing output is replaced only when Zielwerk
made it.
--json prints files, model and findings as JSON (every pointer with "file"); -o is optional
then. Progress goes to stderr.
Exit code 1 when a file could not be read or errors were found; 2 for wrong usage.
`,
  },
  'cli.consolidate.title': {
    de: 'Zusammenführen: {files:Arbeitsmappe|Arbeitsmappen}, {threads:Thread|Threads}',
    en: 'Consolidating: {files:workbook|workbooks}, {threads:thread|threads}',
  },
  'cli.consolidate.header': { de: 'Ziele  Verstanden  Fehler  Warnungen  Hinweise', en: 'Goals  Understood  Errors   Warnings     Notes' },
  'cli.consolidate.open': { de: 'in Excel geöffnet', en: 'open in Excel' },
  'cli.consolidate.total': {
    de: 'Gesamt: {goals} Ziele aus {read} von {files:Datei|Dateien} · {partners} Partner',
    en: 'Total: {goals} goals from {read} of {files:file|files} · {partners} partners',
  },
  'cli.consolidate.failed': {
    de: '{count:Datei|Dateien} nicht lesbar – Grund beheben und erneut zusammenführen.',
    en: '{count:file|files} not readable – fix the reason and consolidate again.',
  },
  'cli.usage.missing-input': { de: 'Keine Arbeitsmappe und kein Ordner angegeben', en: 'No workbook and no folder given' },
  'cli.usage.missing-output-consolidate': {
    de: 'Ausgabedatei fehlt: -o gesamt.xlsx (oder --json)',
    en: 'Output file missing: -o all.xlsx (or --json)',
  },
  'cli.usage.consolidate-extension': {
    de: 'Die Ausgabe „{value}“ muss auf .xlsx enden (eine neue Excel-Arbeitsmappe)',
    en: 'The output "{value}" must end in .xlsx (a new Excel workbook)',
  },
  'cli.usage.no-workbooks': { de: 'Keine Arbeitsmappen (.xlsx) gefunden in: {value}', en: 'No workbooks (.xlsx) found in: {value}' },
  'cli.usage.output-exists': {
    de: '„{value}“ gibt es schon und ist keine von Zielwerk erzeugte Mappe – nicht überschrieben; bitte einen anderen Namen wählen',
    en: '"{value}" exists and was not made by Zielwerk – not overwritten; please choose another name',
  },
  'cli.date.precision': { de: 'Genauigkeit', en: 'precision' },
  'cli.date.weekday': {
    de: 'Wochentag passt nicht: {written} geschrieben, der {date} ist ein {actual}',
    en: 'weekday does not match: {written} written, {date} is a {actual}',
  },
};

register(CLI);
