/**
 * The data formats (issue 12) as the export dialog, the save dialog and the command line name
 * them. The report formats (HTML, PDF, DOCX) are for people; these are for tools.
 */
export const DATA_FORMATS = ['bundle', 'w3c', 'brat', 'qdpx', 'csv', 'jsonl'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const isDataFormat = (format: string): format is DataFormat => (DATA_FORMATS as readonly string[]).includes(format);

/** The app's file for each: brat is a folder of files, so the app saves it zipped (the command line writes the folder). */
export const DATA_EXTENSIONS: Record<DataFormat, string> = {
  bundle: '.isnad.json',
  w3c: '.jsonld',
  brat: '.zip',
  qdpx: '.qdpx',
  csv: '.csv',
  jsonl: '.jsonl',
};

export const DATA_MIME_TYPES: Record<DataFormat, string> = {
  bundle: 'application/json',
  w3c: 'application/ld+json',
  brat: 'application/zip',
  qdpx: 'application/x-refi-qda+zip',
  csv: 'text/csv',
  jsonl: 'application/x-ndjson',
};

/** The bundle carries everything (a colleague's copy must merge); the others take the dialog's filters. */
export const takesFilters = (format: DataFormat) => format !== 'bundle';
