/**
 * The Dokumente view's loader: on first opening it hands the pane's React to the documents
 * bundle (ZielwerkShared) and loads dist/documents.js from the add-in's own address (nothing
 * from elsewhere), then renders its view with the pane's state and Fluent button.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { useEffect, useState } from 'react';
import type { Lang } from '../core/i18n';
import type { CheckResult } from '../excel/host';
import type { Notice } from './App';

type ViewProps = {
  L: (key: string, params?: Record<string, string | number>) => string;
  lang: Lang;
  result: CheckResult | null;
  busy: boolean;
  run: (label: string, action: () => Promise<Notice | null>) => Promise<void>;
  onWritten: () => void;
  Button: typeof Button;
};

type Bundle = { DocumentsView: React.ComponentType<ViewProps> };
type Globals = { ZielwerkShared?: unknown; ZielwerkDocuments?: Bundle };

let loading: Promise<Bundle> | null = null;

/** Loads the documents bundle once (a script next to taskpane.js). */
export function loadDocuments(src = 'documents.js'): Promise<Bundle> {
  const w = window as unknown as Globals;
  if (w.ZielwerkDocuments) return Promise.resolve(w.ZielwerkDocuments);
  w.ZielwerkShared = { React, jsxRuntime };
  loading ??= new Promise<Bundle>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (w.ZielwerkDocuments ? resolve(w.ZielwerkDocuments) : reject(new Error(src)));
    script.onerror = () => {
      loading = null;
      script.remove();
      reject(new Error(src));
    };
    document.body.appendChild(script);
  });
  return loading;
}

export function DocumentsPanel(props: Omit<ViewProps, 'Button'>) {
  const [bundle, setBundle] = useState<Bundle | null>(() => (window as unknown as Globals).ZielwerkDocuments ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (bundle) return;
    loadDocuments().then(setBundle, () => setFailed(true));
  }, [bundle]);
  if (failed) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{props.L('ui.docs.loadFailed')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!bundle) return <Spinner size="tiny" label={props.L('ui.docs.loading')} />;
  const View = bundle.DocumentsView;
  return <View {...props} Button={Button} />;
}
