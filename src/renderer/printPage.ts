/**
 * The web twin's print window (print.html). It takes one report from the window that opened it
 * (same origin only), replaces itself with the report's HTML and opens the browser's print
 * dialog, where the analyst chooses "Save as PDF". Reports carry no script, and their own
 * Content-Security-Policy forbids any, so nothing in one can run here.
 */
import { PRINT_READY, type PrintMessage } from './host/printMessages';

window.addEventListener('message', (event: MessageEvent<PrintMessage>) => {
  if (event.source !== window.opener || event.origin !== window.location.origin) return;
  const html = event.data?.reportHtml;
  if (typeof html !== 'string') return;
  document.open();
  document.write(html);
  document.close();
  // Print once the embedded fonts are in, or the PDF would use a fallback face.
  void document.fonts.ready.then(() => window.print());
});

(window.opener as Window | null)?.postMessage(PRINT_READY, window.location.origin);
