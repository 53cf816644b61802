/** What the app window and the web twin's print window (print.html) say to each other. */
export const PRINT_READY = 'isnad-print-ready';
export interface PrintMessage {
  reportHtml: string;
}
