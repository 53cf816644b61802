/**
 * What an imported annotation's bodies say: its tags, its note and its claim. Isnad's own files
 * are read by their Isnad properties (the tag's IRI, the note's Lexical state, the claim's
 * status, attribution, confidence and claimant); another tool's by the W3C vocabulary alone —
 * `tagging` bodies are tags, other textual bodies (and `bodyValue`) make the note.
 */
import { ATTRIBUTIONS, CLAIM_STATUSES, defaultClaimFields, type Attribution, type ClaimFields, type ClaimStatus } from '../../annotation/annotation';
import { plainTextToNote } from '../plainTextNote';
import { htmlToPlainText } from './htmlToPlainText';
import { ANNOTATION_IRI, idFromIri, TAG_IRI } from './w3cContext';
import { describe, hasType, isObject, listOf, MAX_JSON_NESTING, nestedDeeperThan, type FileReader, type JsonObject } from './w3cJson';

/** A tag as a body names it: Isnad's tag id when the file has one, and the label to match or create it by. */
export interface TagReference {
  tagId: string | null;
  label: string;
  language: string | undefined;
  colour: string | undefined;
}

export interface ReadBodies {
  tags: TagReference[];
  note: string | null;
  claim: ClaimFields | null;
}

const purposesOf = (body: JsonObject) => listOf(body.purpose);

/** A Lexical editor state from a file, refused unless it is one (the editor would fail to open it). */
export function lexicalState(reader: FileReader, value: unknown, where: string): string {
  if (typeof value !== 'string') reader.refuse(where, `has an Isnad note state that is not text (found ${describe(value)})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return reader.refuse(where, 'has an Isnad note state that is not JSON');
  }
  if (!isObject(parsed) || !isObject(parsed.root) || !Array.isArray(parsed.root.children)) reader.refuse(where, 'has an Isnad note state without a root of children');
  // Lexical reads a state recursively: one nested 100,000 deep would overflow the stack when the note is opened.
  if (nestedDeeperThan(parsed, MAX_JSON_NESTING)) reader.refuse(where, `has an Isnad note state nested more than ${MAX_JSON_NESTING} levels deep`);
  return value;
}

/** A note body's words as Isnad stores them: its Lexical state when it carries one, else its text or HTML made plain. */
function noteOf(reader: FileReader, body: JsonObject, where: string): string | null {
  if (body.isnadLexical !== undefined) return lexicalState(reader, body.isnadLexical, where);
  const value = reader.string(body, 'value', where);
  const format = listOf(body.format)[0];
  return plainTextToNote(format === 'text/html' ? htmlToPlainText(value) : value);
}

function oneOf<T extends string>(reader: FileReader, values: readonly T[], value: unknown, what: string, where: string): T {
  if (!values.includes(value as T)) reader.refuse(where, `has a ${what} Isnad does not know: ${describe(value)} (known: ${values.join(', ')})`);
  return value as T;
}

export function readBodies(reader: FileReader, annotation: JsonObject, where: string): ReadBodies {
  const tags: TagReference[] = [];
  const notes: string[] = [];
  let claim: ClaimFields | null = null;
  const claimFields = () => (claim ??= defaultClaimFields());

  listOf(annotation.body).forEach((item, i) => {
    const place = `${where}'s body ${i + 1}`;
    // A body given by IRI alone (an external resource) says nothing Isnad keeps.
    if (typeof item === 'string') return;
    const body = reader.object(item, place);
    const purposes = purposesOf(body);

    if (body.isnadClaimStatus !== undefined) {
      claimFields().status = oneOf<ClaimStatus>(reader, CLAIM_STATUSES, body.isnadClaimStatus, 'claim status', place);
      const confidence = body.isnadConfidence;
      if (confidence !== undefined) {
        if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 100)
          reader.refuse(place, `has a confidence that is not a number from 0 to 100 (found ${describe(confidence)})`);
        claimFields().confidence = confidence;
      }
    } else if (body.isnadAttribution !== undefined) {
      claimFields().attribution = oneOf<Attribution>(reader, ATTRIBUTIONS, body.isnadAttribution, 'attribution', place);
    } else if (body.isnadRole === 'claimant') {
      if (hasType(body, 'SpecificResource')) {
        const source = body.source;
        const id = typeof source === 'string' ? idFromIri(source, ANNOTATION_IRI) : null;
        if (id === null) reader.refuse(place, `links a claimant that is not an Isnad annotation (found ${describe(source)})`);
        claimFields().claimantAnnotationId = id;
      } else claimFields().claimantText = reader.string(body, 'value', place);
    } else if (body.isnadRole !== undefined) {
      reader.refuse(place, `has an Isnad role Isnad does not know: ${describe(body.isnadRole)}`);
    } else if (purposes.includes('tagging')) {
      const tagIri = body.isnadTag;
      if (tagIri !== undefined && (typeof tagIri !== 'string' || idFromIri(tagIri, TAG_IRI) === null)) reader.refuse(place, `names a tag that is not an Isnad tag IRI (found ${describe(tagIri)})`);
      const label = reader.string(body, 'value', place);
      if (label.trim() === '') reader.refuse(place, 'is a tag without a name');
      tags.push({
        tagId: typeof tagIri === 'string' ? idFromIri(tagIri, TAG_IRI) : null,
        label,
        language: typeof listOf(body.language)[0] === 'string' ? (listOf(body.language)[0] as string) : undefined,
        colour: reader.optionalString(body, 'isnadColour', place),
      });
    } else if (body.value !== undefined || body.isnadLexical !== undefined) {
      const note = noteOf(reader, body, place);
      if (note) notes.push(note);
    }
    // Anything else (a SpecificResource, a Choice, an entity link before issue 13) carries nothing Isnad stores.
  });

  if (typeof annotation.bodyValue === 'string') {
    const note = plainTextToNote(annotation.bodyValue);
    if (note) notes.push(note);
  }
  return { tags, note: joinNotes(notes), claim };
}

/** One note from several bodies: Isnad's own (one Lexical state) as it is; several as their paragraphs one after another. */
function joinNotes(notes: string[]): string | null {
  if (notes.length <= 1) return notes[0] ?? null;
  const children = notes.flatMap((n) => (JSON.parse(n) as { root: { children: unknown[] } }).root.children);
  const root = (JSON.parse(notes[0]!) as { root: JsonObject }).root;
  return JSON.stringify({ root: { ...root, children } });
}
