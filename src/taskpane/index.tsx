/**
 * Task pane entry: waits for Office, checks that this Excel offers Zielwerk's minimum
 * ExcelApi, picks the theme (light or dark, from Office's theme) and the first view
 * ("?view=check" from the ribbon's Prüfen button), and renders the app.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { type Lang, langFrom, t } from '../core/i18n';
import '../core/i18n/pages';
import '../core/i18n/ui';
import { MIN_EXCEL_API, supportsExcelApi } from '../excel/features';
import { checkWorkbook } from '../excel/host';
import { loadSettings } from '../excel/settings';
import { markStarted } from '../pages/started';
import { App, type View } from './App';

markStarted();

function isDark(): boolean {
  try {
    const theme = (Office.context as unknown as { officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } }).officeTheme;
    if (!theme) return false;
    if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
    const hex = (theme.bodyBackgroundColor ?? '#ffffff').replace('#', '');
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  } catch {
    return false;
  }
}

function start(): void {
  const root = document.getElementById('root')!;
  const view = new URLSearchParams(window.location.search).get('view');
  const initial: View =
    view === 'check' || view === 'structure' || view === 'consolidate' || view === 'documents' || view === 'settings' ? view : 'overview';
  // the workbook is read while React starts; the pane shows the result (or its error) when it is there
  const firstCheck = checkWorkbook(loadSettings());
  firstCheck.catch(() => undefined);
  createRoot(root).render(
    <FluentProvider theme={isDark() ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      <App initialView={initial} firstCheck={firstCheck} />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') {
  document.getElementById('root')!.textContent = t(langFrom(navigator.language), 'ui.noExcel');
} else {
  void Office.onReady((info) => {
    if (info.host && info.host !== Office.HostType.Excel) {
      document.getElementById('root')!.textContent = t(langFrom(Office.context?.displayLanguage), 'ui.noExcel');
      return;
    }
    if (!info.host) {
      // office.js loaded outside Excel (a plain browser)
      document.getElementById('root')!.textContent = t(langFrom(navigator.language), 'ui.noExcel');
      return;
    }
    if (!supportsExcelApi(MIN_EXCEL_API)) {
      showUnsupported(langFrom(Office.context?.displayLanguage));
      return;
    }
    start();
  });
}

/** An Excel below the minimum: which Excel Zielwerk needs, instead of views that would fail. */
function showUnsupported(lang: Lang): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  const main = document.createElement('main');
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'zw-loading';
  const title = document.createElement('h1');
  title.style.fontSize = '18px';
  title.textContent = t(lang, 'page.unsupported.title');
  box.append(title);
  for (const text of [t(lang, 'page.unsupported.text'), t(lang, 'page.unsupported.api', { need: MIN_EXCEL_API })]) {
    const p = document.createElement('p');
    p.textContent = text;
    box.append(p);
  }
  main.append(box);
  root.append(main);
}
