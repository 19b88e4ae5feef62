/**
 * Texts for an Excel that cannot run Zielwerk. The pages' ES5 guard script (src/pages/guard.js)
 * carries them (the build writes them in), and the task pane and the ribbon command show them
 * on an Excel below the manifest's ExcelApi minimum.
 */
import { type Entry, register } from './index';

export const PAGE_MESSAGES: Record<string, Entry> = {
  'page.unsupported.title': {
    de: 'Zielwerk braucht Excel 2021, 2024 oder Microsoft 365',
    en: 'Zielwerk needs Excel 2021, 2024 or Microsoft 365',
  },
  'page.unsupported.text': {
    de: 'Diese Excel-Version kann Zielwerk nicht ausführen. Zielwerk läuft in Excel 2021 und 2024 (Office LTSC), in Microsoft 365 unter Windows und auf dem Mac und in Excel im Web.',
    en: 'This version of Excel cannot run Zielwerk. Zielwerk runs in Excel 2021 and 2024 (Office LTSC), in Microsoft 365 on Windows and Mac, and in Excel on the web.',
  },
  // the guard script: an old browser engine (Internet Explorer, EdgeHTML) hosts the add-in
  'page.unsupported.engine': {
    de: 'Office unter Windows braucht dafür die Microsoft Edge WebView2 Runtime; Ihre IT-Abteilung kann sie installieren oder Office aktualisieren.',
    en: 'On Windows, Office needs the Microsoft Edge WebView2 Runtime for it; your IT department can install it or update Office.',
  },
  // the task pane and the ribbon command: the engine is fine, Excel's API is too old
  'page.unsupported.api': {
    de: 'Ihr fehlt die Excel-Schnittstelle ExcelApi {need}. Bitte lassen Sie Office aktualisieren.',
    en: 'It lacks the Excel interface ExcelApi {need}. Please have Office updated.',
  },
};

register(PAGE_MESSAGES);
