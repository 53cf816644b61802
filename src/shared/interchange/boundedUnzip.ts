/**
 * Unzipping a chosen archive (a .qdpx, a zipped brat folder or W3C export) without letting it
 * unpack to more than a data file may be. Deflate packs a run of zeros a thousand to one, so
 * without a bound a 1 MB "zip bomb" unpacks to a gigabyte in the renderer's memory (fuzz case).
 * fflate inflates each entry into a buffer of the size its directory declares and never past it,
 * so bounding the declared sizes bounds the memory: entries are unpacked while their declared
 * sizes add up to at most MAX_UNZIPPED_BYTES, and the archive is refused once they would not.
 */
import { unzipSync } from 'fflate';
import { MAX_DATA_FILE_BYTES } from './dataFileLimit';
import { ImportError } from './interchange';

/** The most an archive may unpack to: what one data file may be read whole (256 MiB). */
export const MAX_UNZIPPED_BYTES = MAX_DATA_FILE_BYTES;

/**
 * The entries of the zip `bytes` that `wanted` keeps, by name. Throws ImportError when the
 * archive is damaged (with `damaged`, the words for that) or unpacks to more than the bound.
 */
export function unzipBounded(file: string, bytes: Uint8Array, wanted: (name: string) => boolean, damaged: (detail: string) => string): Record<string, Uint8Array> {
  let total = 0;
  let over = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (over || !wanted(entry.name)) return false;
        total += entry.originalSize;
        over = total > MAX_UNZIPPED_BYTES;
        return !over;
      },
    });
  } catch (error) {
    throw new ImportError(file, damaged(error instanceof Error ? error.message : String(error)));
  }
  if (over) throw new ImportError(file, `the archive unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB, more than Isnad reads from one file (it may be a "zip bomb")`);
  return entries;
}
