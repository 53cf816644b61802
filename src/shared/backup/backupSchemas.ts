/** The host contract's schemas for automatic backups (hostContract.ts: writeBackup, listBackups, readBackup). */
import * as z from 'zod/mini';
import { fileBytesSchema, MAX_EXPORT_BYTES } from '../hostSchemas';
import { BACKUP_NAME } from './backupSchedule';

/** Only names main itself gives backups: never a path, so a request cannot reach outside the backups folder. */
export const backupNameSchema = z.string().check(z.maxLength(100), z.regex(BACKUP_NAME, 'a backup name'));

/**
 * A backup's bytes: a project bundle (JSON, so it starts with `{`), at most as large as any export.
 * Main refuses anything else before it touches the disk.
 */
export const backupBytesSchema = fileBytesSchema.check(
  z.refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_EXPORT_BYTES, 'a backup between 1 byte and 512 MiB'),
  z.refine((bytes) => bytes[0] === 0x7b, 'a project bundle (JSON)'),
);

export const backupInfoSchema = z.object({
  name: backupNameSchema,
  /** When it was written (ms since the epoch, from its name). */
  savedAt: z.number(),
  size: z.number(),
});
export type BackupInfo = z.output<typeof backupInfoSchema>;
