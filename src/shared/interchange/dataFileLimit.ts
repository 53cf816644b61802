/**
 * How big a chosen file may be before it is read. An article is at most 20 MB (decode.ts); a
 * project bundle or an annotation export of a whole corpus holds many articles, so data files
 * (recognised by their extension) may be larger — still bounded, because a file is read whole
 * into memory, and a file named like data but holding anything else is refused by its reader.
 */
import { MAX_FILE_BYTES } from '../text/decode';

/** 256 MiB: a bundle of ten times the 2,000-article bench corpus, far below what a renderer can hold. */
export const MAX_DATA_FILE_BYTES = 256 * 1024 * 1024;

const DATA_FILE = /\.(isnad\.json|json|jsonld|qdpx|zip)$/i;

export function maxReadBytes(fileName: string): number {
  return DATA_FILE.test(fileName) ? MAX_DATA_FILE_BYTES : MAX_FILE_BYTES;
}
