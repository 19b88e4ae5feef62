/**
 * Tells the page's guard script (src/pages/guard.js) that this bundle parsed and its modules
 * started: each entry calls it after its imports ran. Without a document (the custom
 * functions' JavaScript-only runtime) there is no page to guard.
 */
export function markStarted(): void {
  if (typeof document !== 'undefined') document.documentElement.setAttribute('data-zielwerk', 'started');
}
