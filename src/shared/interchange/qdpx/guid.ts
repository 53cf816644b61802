/**
 * REFI-QDA identifies every object by a GUID (`GUIDType`: 8-4-4-4-12 hex digits, optionally in
 * braces). Isnad's annotation ids are UUIDs already; article ids are SHA-256 hex and tag ids may
 * be words ('person'), so those are given GUIDs derived from them. Derived GUIDs are name-based
 * UUIDs of version 8 (RFC 9562, appendix B.2: SHA-256 of a name), so exporting the same library
 * twice writes the same file, and two objects of different kinds never share a GUID.
 */
import { sha256HexSync } from './sha256Sync';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** The GUID in one spelling (lowercase, no braces), or null when `value` is not a GUID. */
export function normalizeGuid(value: string): string | null {
  const m = GUID.exec(value.trim());
  if (!m) return null;
  // Braces must come in pairs: '{…' alone is not a GUID.
  if (value.trim().startsWith('{') !== value.trim().endsWith('}')) return null;
  return m[1]!.toLowerCase();
}

/** 32 hex digits as a version-8, RFC-variant UUID (the version and variant bits overwritten). */
function asVersion8(hex32: string): string {
  const h = hex32.toLowerCase().split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export type GuidKind = 'article' | 'tag' | 'user' | 'coding' | 'note' | 'article-note' | 'annotation' | 'link' | 'project';

/** The GUID of a named Isnad object: SHA-256 of `isnad:<kind>:<name>`, as a version-8 UUID. */
export function derivedGuid(kind: GuidKind, name: string): string {
  return asVersion8(sha256HexSync(`isnad:${kind}:${name}`).slice(0, 32));
}

/** An id that is a GUID already is kept (so a round trip keeps annotation ids); any other is derived. */
export function guidOf(kind: GuidKind, id: string): string {
  return normalizeGuid(id) ?? derivedGuid(kind, id);
}

/**
 * An article's GUID: the first 32 hex digits of its SHA-256 id (it is a hash already), so the
 * GUID in a QDA program still points at the article; any other id is derived like the rest.
 */
export function articleGuid(articleId: string): string {
  return /^[0-9a-f]{64}$/i.test(articleId) ? asVersion8(articleId.slice(0, 32)) : derivedGuid('article', articleId);
}
