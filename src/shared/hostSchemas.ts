/**
 * The payloads that cross between renderer and main, as runtime schemas; their TypeScript types
 * are inferred from them (never written twice). Which call carries which payload is said once,
 * in `hostContract.ts`.
 */
// Zod Mini, zod's tree-shakable form: the preload and the renderer bundle these schemas, and with
// it they carry only the checks used here (about a third of classic zod's weight).
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// Zod compiles object parsers with `new Function` unless told not to, and probes for it the first
// time an object schema is built. The renderer's Content-Security-Policy forbids eval, and Chromium
// reports even a caught attempt as a violation (a console error). These payloads are small; the
// interpreted parser is plenty. Set before any schema below is built; English messages, which Zod
// Mini does not load by itself, make refusals readable.
z.config({ jitless: true, ...en() });

/** Commands the application menu (or any other host chrome) sends to the renderer: ids of the command table (shared/commands). */
export const MENU_COMMANDS = ['open-files', 'open-folder', 'import-data', 'font-bigger', 'font-smaller', 'toggle-direction', 'toggle-language', 'undo', 'redo', 'export', 'command-palette'] as const;
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.output<typeof menuCommandSchema>;

/** The UI languages; main builds its menus in the one the renderer names. */
export const languageSchema = z.enum(['en', 'ar']);

/** The formats a report or a data export is saved in; each names the file type the save dialog offers. */
export const EXPORT_MIME_TYPES = [
  'text/html',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/json',
  'application/ld+json',
  'application/zip',
  'application/x-refi-qda+zip',
  'text/csv',
  'application/x-ndjson',
] as const;
export type ExportMimeType = (typeof EXPORT_MIME_TYPES)[number];

/** Opaque handle main gave out for a file the analyst chose; the renderer never sees a path it could forge. */
export const fileTokenSchema = z.uuid();

/** A file the analyst chose, as main describes it to the renderer (the bytes follow through `readFile`). */
export const fileEntrySchema = z.object({
  token: fileTokenSchema,
  name: z.string().check(z.maxLength(1024)),
  sourceKey: z.string().check(z.maxLength(4096)),
  size: z.int().check(z.nonnegative()),
});
export type FileEntry = z.output<typeof fileEntrySchema>;

/**
 * File bytes. Checked by their internal slot and tag rather than `instanceof`: a reply reaches the
 * renderer's page through contextBridge, which copies it from the preload's world, and `instanceof`
 * would depend on which world's Uint8Array built the copy. A Buffer is a Uint8Array and passes.
 */
export const fileBytesSchema = z.custom<Uint8Array>((value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]', 'expected a Uint8Array');

// Size bounds for exports. By the time main checks a payload, IPC has already copied it into
// main's memory, so these are not a memory guard: they say what a sane report is, and turn a
// runaway renderer bug into a clear refusal instead of a multi-gigabyte file. Articles over 20 MB
// are refused at import, so even a report of a whole large library, with its highlight markup and
// its embedded font, is far below them.
/** 512 MiB: an exported HTML or DOCX file. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;
/** 256 Mi UTF-16 code units (512 MB in memory): half of V8's longest string, and far more than Chromium can lay out into a PDF in reasonable time. */
export const MAX_REPORT_HTML_CHARS = 256 * 1024 * 1024;

/**
 * A bare file name for the save dialog to suggest: never a path (no `/` or `\`), never `.` or
 * `..`, and no control characters (NUL ends a path in C; Windows forbids them all in names).
 */
export const exportFileNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(255),
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  z.refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'a file name, not a path'),
  z.refine((name) => name !== '.' && name !== '..', 'a file name, not a path'),
);

/**
 * An exported file as the renderer built it. Unknown keys are stripped (as for file entries):
 * handlers receive only the parsed fields. `mimeType` is any string on the renderer's side (its
 * callers need no casts) and one of EXPORT_MIME_TYPES by the time main's handler sees it.
 */
export const exportFileSchema = z.object({
  suggestedName: exportFileNameSchema,
  mimeType: z.pipe(z.string(), z.enum(EXPORT_MIME_TYPES)),
  bytes: fileBytesSchema.check(z.refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'too large')),
});
export type ExportFile = z.input<typeof exportFileSchema>;

/** Self-contained report HTML (styles and font inlined, no scripts) to print as a PDF. */
export const printableReportSchema = z.object({
  html: z.string().check(z.maxLength(MAX_REPORT_HTML_CHARS)),
  title: z.string().check(z.maxLength(1000)),
  suggestedName: exportFileNameSchema,
});
export type PrintableReport = z.input<typeof printableReportSchema>;

/** What became of an exported file. */
export const saveOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), location: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('handed-to-browser'), name: z.string() }),
]);
export type SaveOutcome = z.output<typeof saveOutcomeSchema>;

/** Close requests are numbered by main from 1; the renderer echoes the number back. */
export const closeRequestIdSchema = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));
