/**
 * What REFI-QDA has no field for travels in `Description` elements, as labelled lines a person
 * reads in a QDA program and Isnad's importer reads back:
 * - a Code's Description holds the tag's Arabic label, its kind and its Isnad id;
 * - a claim's PlainTextSelection's Description holds status, attribution, the claimant in words,
 *   the claimant span's text (for readers: the link itself is a `Link` named "claimant") and
 *   confidence.
 * A value is one line: line breaks inside one (a claimant typed over two lines) become spaces.
 */
import { ATTRIBUTIONS, CLAIM_STATUSES, defaultClaimFields, type Attribution, type ClaimFields, type ClaimStatus } from '../../annotation/annotation';
import type { TagDefinition } from '../../annotation/tagSet';

const oneLine = (value: string) => value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();

const LABEL_AR = 'Arabic label: ';
const KIND = 'Kind: ';
const TAG_ID = 'Isnad tag id: ';

export function codeDescription(tag: Pick<TagDefinition, 'id' | 'labelAr' | 'kind'>): string {
  const lines = [];
  if (tag.labelAr.trim()) lines.push(LABEL_AR + oneLine(tag.labelAr));
  lines.push(KIND + tag.kind, TAG_ID + oneLine(tag.id));
  return lines.join('\n');
}

export interface CodeDescriptionFields {
  labelAr?: string;
  kind?: TagDefinition['kind'];
  tagId?: string;
}

/** The fields an Isnad code description holds; none for another program's description. */
export function parseCodeDescription(description: string): CodeDescriptionFields {
  const fields: CodeDescriptionFields = {};
  for (const line of description.split(/\r\n?|\n/)) {
    if (line.startsWith(LABEL_AR)) fields.labelAr = line.slice(LABEL_AR.length).trim();
    else if (line.startsWith(KIND)) {
      const kind = line.slice(KIND.length).trim();
      if (kind === 'entity' || kind === 'claim') fields.kind = kind;
    } else if (line.startsWith(TAG_ID) && line.slice(TAG_ID.length).trim()) fields.tagId = line.slice(TAG_ID.length).trim();
  }
  return fields;
}

const STATUS = 'Claim status: ';
const ATTRIBUTION = 'Attribution: ';
const CLAIMANT = 'Claimant: ';
const CLAIMANT_SPAN = 'Claimant span: ';
const CONFIDENCE = 'Confidence: ';

/** The claim as labelled lines; `claimantSpan` is the linked claimant annotation's text, if any. */
export function claimDescription(claim: ClaimFields, claimantSpan: string | null): string {
  const lines = [STATUS + claim.status, ATTRIBUTION + claim.attribution];
  if (claim.claimantText.trim()) lines.push(CLAIMANT + oneLine(claim.claimantText));
  if (claimantSpan !== null) lines.push(CLAIMANT_SPAN + oneLine(claimantSpan));
  if (claim.confidence !== null) lines.push(CONFIDENCE + claim.confidence);
  return lines.join('\n');
}

/**
 * A claim read from a selection's Description (defaults for what it does not say), and the lines
 * that are not claim fields — another program's comment, kept by the importer as note text.
 * `claimantAnnotationId` is left null: the importer sets it from the "claimant" Link.
 */
export function parseClaimDescription(description: string): { claim: ClaimFields; rest: string } {
  const claim = defaultClaimFields();
  const rest: string[] = [];
  for (const line of description.split(/\r\n?|\n/)) {
    const value = (prefix: string) => (line.startsWith(prefix) ? line.slice(prefix.length).trim() : null);
    const status = value(STATUS);
    const attribution = value(ATTRIBUTION);
    const claimant = value(CLAIMANT);
    const confidence = value(CONFIDENCE);
    if (status !== null && (CLAIM_STATUSES as readonly string[]).includes(status)) claim.status = status as ClaimStatus;
    else if (attribution !== null && (ATTRIBUTIONS as readonly string[]).includes(attribution)) claim.attribution = attribution as Attribution;
    else if (claimant !== null) claim.claimantText = claimant;
    else if (value(CLAIMANT_SPAN) !== null) continue;
    else if (confidence !== null && /^(100|[1-9]?\d)$/.test(confidence)) claim.confidence = Number(confidence);
    else rest.push(line);
  }
  return { claim, rest: rest.join('\n').trim() };
}
