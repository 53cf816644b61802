import { decodeTextFile, MAX_FILE_BYTES, type RefusalReason, type TextEncodingName } from './decode';
import { normalizeArticleText, titleOf } from './normalizeText';
import { sha256Hex } from './hash';
import { detectDirection, type TextDirection } from '../arabic/direction';

/** A file as it arrives from any host: where it came from and (lazily) its bytes. */
export interface IncomingFile {
  /** File name without folders, shown to the analyst. */
  name: string;
  /** Path relative to what the analyst picked (or the absolute path in the desktop app); links versions. */
  sourceKey: string;
  size: number;
}

export interface IntakeAccepted {
  ok: true;
  id: string;
  text: string;
  title: string;
  encoding: TextEncodingName;
  direction: TextDirection;
}
export interface IntakeRefused {
  ok: false;
  reason: RefusalReason | 'unreadable';
}
export type IntakeResult = IntakeAccepted | IntakeRefused;

/** Whether a file can be refused on its size alone, before reading a byte of it. */
export function refuseBySize(size: number): IntakeRefused | null {
  if (size === 0) return { ok: false, reason: 'empty' };
  if (size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  return null;
}

export async function intakeBytes(name: string, bytes: Uint8Array): Promise<IntakeResult> {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded;
  const text = normalizeArticleText(decoded.text);
  return {
    ok: true,
    id: await sha256Hex(text),
    text,
    title: titleOf(text, name),
    encoding: decoded.encoding,
    direction: detectDirection(text),
  };
}
