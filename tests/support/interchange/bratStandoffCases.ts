/**
 * A small, correct brat collection (Arabic with emoji, a span across a line break, a claim with
 * an attribute, a relation and a note) and broken variants of it, one fault each, with the
 * complaint the strict reader must give. The reader's own tests use them, and where brat's
 * source is here, so does the test that checks brat notices the same faults.
 */
import type { StandoffFile } from './bratStandoff';

export const GOOD_TEXT = '📰 قال أحمد 😀 إن الحكومة ستبني 100 مدرسة\nوأضاف 😀 أن المشروع سيكتمل.  \n';

/** [start, end) in code points of the n-th occurrence of `part`. */
export function codePointSpan(text: string, part: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`${part} not in text`);
  }
  const start = [...text.slice(0, at)].length;
  return [start, start + [...part].length];
}

const [personStart, personEnd] = codePointSpan(GOOD_TEXT, 'أحمد');
const [claimStart, claimEnd] = codePointSpan(GOOD_TEXT, 'إن الحكومة ستبني 100 مدرسة');
const [nextStart, nextEnd] = codePointSpan(GOOD_TEXT, 'وأضاف');

export const GOOD_ANN = [
  `T1\tPerson ${personStart} ${personEnd}\tأحمد`,
  `T2\tClaim ${claimStart} ${claimEnd};${nextStart} ${nextEnd}\tإن الحكومة ستبني 100 مدرسة وأضاف`,
  `T3\tOrganisation ${codePointSpan(GOOD_TEXT, 'الحكومة').join(' ')}\tالحكومة`,
  'A1\tStatus T2 disputed',
  'R1\tClaimant Arg1:T2 Arg2:T1',
  '#1\tAnnotatorNotes T2\tملاحظة 😀',
  '',
].join('\n');

export const GOOD_CONF = [
  '[entities]',
  'Person',
  'Organisation',
  'Claim',
  '',
  '[relations]',
  '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
  'Claimant\tArg1:Claim, Arg2:Person|Organisation',
  '',
  '[events]',
  '',
  '[attributes]',
  'Status\tArg:Claim, Value:supported|disputed',
  '',
].join('\n');
export const GOOD_VISUAL = '[options]\nText\tdirection:rtl\n\n[labels]\nPerson | Person | شخص\nClaim | Claim | ادعاء\n\n[drawing]\nPerson\tbgColor:#4477aa\n';
export const GOOD_TOOLS = '[options]\nSentences\tsplitter:newline\n';

/** The good collection with some files replaced (null: left out). */
export function collection(changes: Record<string, string | Uint8Array | null> = {}): StandoffFile[] {
  const files: Record<string, string | Uint8Array | null> = {
    'annotation.conf': GOOD_CONF,
    'visual.conf': GOOD_VISUAL,
    'tools.conf': GOOD_TOOLS,
    'خبر.txt': GOOD_TEXT,
    'خبر.ann': GOOD_ANN,
    ...changes,
  };
  return Object.entries(files)
    .filter((entry): entry is [string, string | Uint8Array] => entry[1] !== null)
    .map(([path, content]) => ({ path, content }));
}

const withAnn = (...lines: string[]) => collection({ 'خبر.ann': `${GOOD_ANN}${lines.map((l) => `${l}\n`).join('')}` });
const replaceAnn = (from: string, to: string) => collection({ 'خبر.ann': GOOD_ANN.replace(from, to) });
const utf16 = (part: string) => {
  const at = GOOD_TEXT.indexOf(part);
  return `${at} ${at + part.length}`;
};
const [trailingStart] = codePointSpan(GOOD_TEXT, 'سيكتمل.');
const length = [...GOOD_TEXT].length;

export interface BrokenCase {
  name: string;
  files: StandoffFile[];
  /** A complaint the reader must give. */
  complaint: RegExp;
  /** Whether brat's server code itself says something (some faults show only in brat's client, or only trouble other tools). */
  bratServerNotices: boolean;
}

export const BROKEN_CASES: BrokenCase[] = [
  { name: 'a line without a tab', files: withAnn('T9 Person 0 1 x'), complaint: /خبر\.ann line 7: no tab after an id/, bratServerNotices: true },
  { name: 'an unknown kind of line', files: withAnn('X1\tPerson T1'), complaint: /line 7: unknown kind of line/, bratServerNotices: true },
  { name: 'a reference to an unknown id', files: withAnn('A2\tStatus T9 disputed'), complaint: /line 7: refers to T9, which is not defined/, bratServerNotices: true },
  { name: 'a duplicate id', files: withAnn(`T1\tPerson ${personStart} ${personEnd}\tأحمد`), complaint: /line 7: duplicate id T1/, bratServerNotices: true },
  { name: 'a type annotation.conf does not define', files: replaceAnn('T1\tPerson', 'T1\tPlace'), complaint: /T1 has type Place, which annotation\.conf does not define/, bratServerNotices: true },
  {
    name: 'an attribute value not in its list',
    files: replaceAnn('Status T2 disputed', 'Status T2 maybe'),
    complaint: /A1: Status value maybe is not one of supported\|disputed/,
    bratServerNotices: false,
  },
  { name: 'an attribute on a type that cannot take it', files: replaceAnn('Status T2', 'Status T1'), complaint: /A1: a Person cannot take a Status attribute/, bratServerNotices: true },
  { name: 'a relation argument of the wrong type', files: replaceAnn('Arg1:T2 Arg2:T1', 'Arg1:T1 Arg2:T2'), complaint: /R1: Claimant Arg1:Person Arg2:Claim is not allowed/, bratServerNotices: true },
  { name: 'offsets past the text', files: withAnn(`T9\tPerson ${length - 2} ${length + 3}\tأحمد`), complaint: /T9 ends at \d+, past the text's \d+ code points/, bratServerNotices: true },
  {
    name: 'UTF-16 offsets (after an emoji)',
    files: replaceAnn(`Person ${personStart} ${personEnd}`, `Person ${utf16('أحمد')}`),
    complaint: /T1 text "أحمد" is not the document's "[^"]+" at its code-point offsets/,
    bratServerNotices: true,
  },
  { name: 'an empty span', files: withAnn(`T9\tPerson ${personStart} ${personStart}\t`), complaint: /T9 is empty or only whitespace/, bratServerNotices: false },
  { name: 'a whitespace-only span', files: withAnn(`T9\tPerson ${personEnd} ${personEnd + 1}\t `), complaint: /T9 is empty or only whitespace/, bratServerNotices: true },
  {
    name: 'a line break inside a fragment',
    files: withAnn(`T9\tPerson ${claimStart} ${nextEnd}\tإن الحكومة ستبني 100 مدرسة`, 'وأضاف'),
    complaint: /T9 fragment \d+ \d+ holds a line break/,
    bratServerNotices: true,
  },
  {
    name: 'a span reaching into the whitespace that ends the text',
    files: withAnn(`T9\tPerson ${trailingStart} ${length - 1}\tسيكتمل.  `),
    complaint: /T9 reaches into the whitespace that ends the text/,
    bratServerNotices: true,
  },
  {
    name: 'a fragment starting with whitespace',
    files: withAnn(`T9\tPerson ${personStart - 1} ${personEnd}\t أحمد`),
    complaint: /T9 fragment \d+-\d+ starts with whitespace/,
    bratServerNotices: false,
  },
  {
    name: 'crossing spans without <OVERLAP>',
    files: collection({ 'annotation.conf': GOOD_CONF.replace(/^<OVERLAP>.*\n/m, '') }),
    complaint: /T3 \(Organisation\) lies inside T2 \(Claim\), which annotation\.conf does not allow/,
    bratServerNotices: true,
  },
  { name: 'a missing .txt', files: collection({ 'خبر.txt': null }), complaint: /خبر\.ann: no خبر\.txt beside it/, bratServerNotices: false },
  { name: 'a byte order mark', files: collection({ 'خبر.txt': `\ufeff${GOOD_TEXT}` }), complaint: /خبر\.txt: starts with a byte order mark/, bratServerNotices: true },
  { name: 'CRLF line ends', files: collection({ 'خبر.txt': GOOD_TEXT.replace(/\n/g, '\r\n') }), complaint: /خبر\.txt: has carriage returns/, bratServerNotices: true },
  { name: 'a missing section', files: collection({ 'annotation.conf': GOOD_CONF.replace('[events]\n', '') }), complaint: /annotation\.conf: missing section \[events\]/, bratServerNotices: true },
  { name: 'a missing visual.conf', files: collection({ 'visual.conf': null }), complaint: /visual\.conf missing/, bratServerNotices: true },
  {
    name: 'a label with an undefined macro',
    files: collection({ 'visual.conf': GOOD_VISUAL.replace('| شخص', '| <b>شخص</b>') }),
    complaint: /visual\.conf line \d+: undefined macro <b>/,
    bratServerNotices: true,
  },
  { name: 'an .ann without its final line break', files: collection({ 'خبر.ann': GOOD_ANN.slice(0, -1) }), complaint: /خبر\.ann: its last line has no line break/, bratServerNotices: true },
  { name: 'an .ann with CRLF line ends', files: collection({ 'خبر.ann': GOOD_ANN.replace(/\n/g, '\r\n') }), complaint: /خبر\.ann line 1: brat would rewrite it/, bratServerNotices: true },
  { name: 'a text that is not UTF-8', files: collection({ 'خبر.txt': new Uint8Array([0xd8, 0x27, 0x0a]) }), complaint: /خبر\.txt: not UTF-8/, bratServerNotices: true },
  { name: 'a hidden document', files: collection({ 'خبر.txt': null, 'خبر.ann': null, 'hidden_x.txt': 'x y\n', 'hidden_x.ann': '' }), complaint: /brat hides documents/, bratServerNotices: false },
];
