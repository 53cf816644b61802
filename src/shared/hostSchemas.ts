/** Runtime schemas for every IPC channel of the host contract; main validates each payload with them. */
import { z } from 'zod';
import { EXPORT_MIME_TYPES, IPC, MENU_COMMANDS, type IpcChannel } from './host';

const fileEntry = z.object({
  token: z.string().uuid(),
  name: z.string().max(1024),
  sourceKey: z.string().max(4096),
  size: z.number().int().nonnegative(),
});

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
export const exportFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'a file name, not a path')
  .refine((name) => name !== '.' && name !== '..', 'a file name, not a path');

// Unknown keys are stripped (as for fileEntry): handlers receive only the parsed fields.
const exportFileSchema = z.object({
  suggestedName: exportFileNameSchema,
  mimeType: z.enum(EXPORT_MIME_TYPES),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'too large'),
});

const printableReportSchema = z.object({
  html: z.string().max(MAX_REPORT_HTML_CHARS),
  title: z.string().max(1000),
  suggestedName: exportFileNameSchema,
});

const saveOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), location: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('handed-to-browser'), name: z.string() }),
]);

/** Close requests are numbered by main from 1; the renderer echoes the number back. */
export const closeRequestIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const ipcSchemas = {
  [IPC.pickFiles]: { request: z.tuple([]), response: z.array(fileEntry) },
  [IPC.pickFolder]: { request: z.tuple([]), response: z.array(fileEntry) },
  [IPC.readFile]: { request: z.tuple([z.string().uuid()]), response: z.instanceof(Uint8Array) },
  [IPC.setLanguage]: { request: z.tuple([z.enum(['en', 'ar'])]), response: z.null() },
  [IPC.saveExport]: { request: z.tuple([exportFileSchema]), response: saveOutcomeSchema },
  [IPC.printPdf]: { request: z.tuple([printableReportSchema]), response: saveOutcomeSchema },
  [IPC.readyToClose]: { request: z.tuple([closeRequestIdSchema]), response: z.null() },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export const menuCommandSchema = z.enum(MENU_COMMANDS);
