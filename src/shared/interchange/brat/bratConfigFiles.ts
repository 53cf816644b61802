/**
 * The collection's configuration: annotation.conf (what brat lets exist) and visual.conf (how it
 * looks), written so that brat's projectconfig.py reads them without a message and its verifier
 * (verify_annotations.py) accepts every annotation of the export:
 *
 * - every exported type is an entity; `<OVERLAP>` allows any two to overlap, nest or share a
 *   span, as Isnad allows (brat refuses all three by default);
 * - Claimant (Arg1: a claim type, Arg2: Person/Organisation and whatever type a claimant
 *   actually has in the data) and the Status and Attribution attributes with their values;
 * - labels in English and Arabic, the tags' colours, right-to-left display when most articles
 *   are right-to-left.
 */
import { ATTRIBUTIONS, CLAIM_STATUSES } from '../../annotation/annotation';
import type { TagDefinition } from '../../annotation/tagSet';
import type { TextDirection } from '../../arabic/direction';
import { ATTRIBUTE_ATTRIBUTION, ATTRIBUTE_STATUS, RELATION_CLAIMANT } from './bratNames';

export interface BratType {
  name: string;
  /** The tag it stands for; null for an annotation whose tag is missing from the export. */
  tag: Pick<TagDefinition, 'labelEn' | 'labelAr' | 'color'> | null;
}

export interface BratConfigInput {
  types: readonly BratType[];
  /** Types whose annotations carry claim fields (Arg1 of Claimant, Arg of the attributes). */
  claimTypes: readonly string[];
  /** Types a claimant may have (Arg2 of Claimant). */
  claimantTypes: readonly string[];
  direction: TextDirection;
}

/** The Arabic labels of the relation and attributes, as Isnad's interface names them. */
const FIXED_LABELS: readonly [string, string, string][] = [
  [RELATION_CLAIMANT, 'Claimant', 'صاحب الادعاء'],
  [ATTRIBUTE_STATUS, 'Status', 'الحالة'],
  [ATTRIBUTE_ATTRIBUTION, 'Attribution', 'الإسناد'],
];

// Bidi controls and marks: in a configuration file they would reorder the line around them.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A label as a term of a `[labels]` line. brat splits terms at `|`, ends the terms at a tab, and
 * stops on any `<…>` that is not one of its reserved words, so those become look-alikes.
 */
function labelTerm(label: string): string {
  return (
    label
      .replace(BIDI_CONTROLS, '')
      // eslint-disable-next-line no-control-regex -- control characters would break the line
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
      .replace(/\|/g, '¦')
      .replace(/</g, '‹')
      .replace(/>/g, '›')
      .trim()
  );
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Black or white text, whichever reads on the tag's colour (WCAG relative luminance). */
function textColourOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.18 ? 'black' : 'white';
}

export function annotationConf({ types, claimTypes, claimantTypes }: BratConfigInput): string {
  const lines = ['# Isnad export: the tag set as brat entity types.', '[entities]', ...types.map((t) => t.name), '', '[relations]'];
  // Without this brat reports every nested, crossing or shared span as an error.
  lines.push('<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>');
  if (claimTypes.length > 0) {
    const claimants = claimantTypes.length > 0 ? claimantTypes.join('|') : '<ENTITY>';
    lines.push(`${RELATION_CLAIMANT}\tArg1:${claimTypes.join('|')}, Arg2:${claimants}`);
  }
  lines.push('', '[events]', '', '[attributes]');
  if (claimTypes.length > 0) {
    lines.push(`${ATTRIBUTE_STATUS}\tArg:${claimTypes.join('|')}, Value:${CLAIM_STATUSES.join('|')}`);
    lines.push(`${ATTRIBUTE_ATTRIBUTION}\tArg:${claimTypes.join('|')}, Value:${ATTRIBUTIONS.join('|')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function visualConf({ types, claimTypes, direction }: BratConfigInput): string {
  const lines = ['[options]', `Text\tdirection:${direction}`, '', '[labels]'];
  for (const { name, tag } of types) {
    const terms = [name];
    const english = tag ? labelTerm(tag.labelEn) : '';
    const arabic = tag ? labelTerm(tag.labelAr) : '';
    if (english) terms.push(english);
    if (arabic && arabic !== english) terms.push(arabic);
    lines.push(terms.join(' | '));
  }
  for (const [name, english, arabic] of FIXED_LABELS) if (claimTypes.length > 0) lines.push(`${name} | ${english} | ${arabic}`);
  lines.push('', '[drawing]', 'SPAN_DEFAULT\tfgColor:black, bgColor:#dddddd, borderColor:darken', 'ARC_DEFAULT\tcolor:#444444, arrowHead:triangle-5');
  for (const { name, tag } of types) {
    if (tag && HEX_COLOUR.test(tag.color)) lines.push(`${name}\tbgColor:${tag.color.toLowerCase()}, fgColor:${textColourOn(tag.color)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * brat's default sentence splitter knows Latin and CJK sentence ends (not the Arabic question
 * mark) and English abbreviations; splitting at line ends shows each paragraph as one row, as
 * Isnad's reader does. Writing the file also spares the "using default tools.conf" notice.
 */
export function toolsConf(): string {
  return '[options]\nSentences\tsplitter:newline\n';
}
