/**
 * The documents bundle (dist/documents.js): the Dokumente view with everything it needs —
 * reading .docx (mammoth), writing .docx (docx), the import and report code — as a script of
 * its own that the pane loads when the view first opens (DocumentsPanel.tsx), so the pane's
 * first bundle stays small. It uses the pane's React (webpack maps `react` to the pane's copy,
 * ZielwerkShared), so hooks and rendering are the pane's.
 */
import { DocumentsView } from './DocumentsView';

(window as unknown as { ZielwerkDocuments: unknown }).ZielwerkDocuments = { DocumentsView };
