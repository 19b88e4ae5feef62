/** Texts of the Projekte summary sheet (the rest of documents in and out: documents.ts, loaded with them). */
import { type Entry, register } from './index';

export const PROJECT_MESSAGES: Record<string, Entry> = {
  // Projekte sheet
  'projects.title': { de: 'Projekte – Stand {date}', en: 'Projects – as of {date}' },
  'projects.subtitle': {
    de: '{count:Projekt|Projekte} aus Projektsteckbriefen und -berichten; der Name führt zum Blatt.',
    en: '{count:project|projects} from project fact sheets and reports; the name links to the sheet.',
  },
  'projects.none': { de: 'Keine Projekte gefunden.', en: 'No projects found.' },
  'projects.col.name': { de: 'Projekt', en: 'Project' },
  'projects.col.provider': { de: 'Träger', en: 'Provider' },
  'projects.col.place': { de: 'Ort', en: 'Place' },
  'projects.col.targetGroup': { de: 'Zielgruppe', en: 'Target group' },
  'projects.col.module': { de: 'Modul', en: 'Module' },
  'projects.col.quarter': { de: 'Quartier', en: 'Neighbourhood' },
  'projects.col.contact': { de: 'Ansprechperson', en: 'Contact' },
  'projects.col.email': { de: 'E-Mail', en: 'E-mail' },
  'projects.col.phone': { de: 'Telefon', en: 'Phone' },
  'projects.col.partners': { de: 'Partner (Rolle)', en: 'Partners (role)' },
  'projects.col.goals': { de: 'Ziele', en: 'Goals' },
  'projects.col.rating': { de: 'Zielerreichung', en: 'Achievement' },
  'projects.col.date': { de: 'Datum', en: 'Date' },
  'projects.col.author': { de: 'Verfasst von', en: 'Author' },
};

register(PROJECT_MESSAGES);
