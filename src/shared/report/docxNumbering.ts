/**
 * The report's two list styles (bullets, decimals) as WordprocessingML numbering, written by us
 * rather than by docx: notes and the contents list are raw XML (see docxRawBody.ts), so their list
 * instances are made while the file is written, after docx has already packed numbering.xml.
 *
 * Each list is its own instance (`w:num`) of one of two definitions (`w:abstractNum`), restarting
 * at 1 on every level, so every list in the report counts from 1 as it does in the HTML report.
 */

const BULLETS = ['•', '◦', '▪'];
const LEVELS = 9; // as many as Word allows

/**
 * Our ids start far above docx's own (it numbers its few definitions 1, 2, 3…), so the two sets
 * never meet; the splice checks that they did not.
 */
export const FIRST_ABSTRACT_ID = 1000;
export const FIRST_NUM_ID = 1000;
const abstractId = (ordered: boolean) => FIRST_ABSTRACT_ID + (ordered ? 1 : 0);

function level(i: number, ordered: boolean): string {
  const format = ordered ? 'decimal' : 'bullet';
  const text = ordered ? `%${i + 1}.` : BULLETS[i % BULLETS.length]!;
  // `left` is the leading edge of a paragraph (the right in a right-to-left one), so lists mirror.
  return `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${540 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
}

function abstractNum(ordered: boolean): string {
  let levels = '';
  for (let i = 0; i < LEVELS; i++) levels += level(i, ordered);
  return `<w:abstractNum w:abstractNumId="${abstractId(ordered)}"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>`;
}

function num(numId: number, ordered: boolean): string {
  let overrides = '';
  for (let i = 0; i < LEVELS; i++) overrides += `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="1"/></w:lvlOverride>`;
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId(ordered)}"/>${overrides}</w:num>`;
}

/**
 * numbering.xml as docx wrote it, with our two definitions and one instance per list added. The
 * schema wants every `w:abstractNum` before the first `w:num`.
 */
export function withListInstances(numberingXml: string, lists: readonly boolean[]): string {
  if (lists.length === 0) return numberingXml;
  const ids = [...numberingXml.matchAll(/w:(?:abstractNumId|numId)="(\d+)"/g)].map((m) => Number(m[1]));
  if (ids.some((id) => id >= Math.min(FIRST_ABSTRACT_ID, FIRST_NUM_ID))) throw new Error('the report could not be assembled (list numbering ids collide)');
  const end = numberingXml.lastIndexOf('</w:numbering>');
  if (end < 0) throw new Error('the report could not be assembled (no numbering part)');
  const firstNum = numberingXml.indexOf('<w:num ');
  const at = firstNum >= 0 ? firstNum : end;
  const instances = lists.map((ordered, i) => num(FIRST_NUM_ID + i, ordered)).join('');
  return numberingXml.slice(0, at) + abstractNum(false) + abstractNum(true) + numberingXml.slice(at, end) + instances + numberingXml.slice(end);
}
