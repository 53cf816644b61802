/**
 * Reads the lines of a brat `.ann` file as brat's annotation.py does, refusing what brat would
 * not parse with an ImportError naming the file and line. Only the syntax is checked here; the
 * importer checks offsets against the text and references between lines.
 *
 * Lines end where Python's `str.splitlines()` ends them (brat reads the file with it). Blank
 * lines, which brat reports but which hand-edited files often have, are skipped.
 */
import { ImportError } from '../interchange';

export interface AnnLine {
  id: string;
  /** 1-based, for messages. */
  line: number;
}
export interface AnnTextBound extends AnnLine {
  type: string;
  /** Code-point [start, end) pairs, as written (checked against the text by the importer). */
  spans: [number, number][];
  /** The text after the offsets, or null when the line has none (brat then fills it from the .txt). */
  text: string | null;
}
export interface AnnAttribute extends AnnLine {
  type: string;
  target: string;
  /** A binary attribute (brat's old modifiers, `M` lines) has no value: true. */
  value: string | true;
}
export interface AnnRelation extends AnnLine {
  type: string;
  args: [role: string, target: string][];
}
export interface AnnComment extends AnnLine {
  type: string;
  target: string;
  text: string;
}
export interface ParsedAnn {
  textBounds: AnnTextBound[];
  attributes: AnnAttribute[];
  relations: AnnRelation[];
  comments: AnnComment[];
  /** Ids of every annotation a line may refer to (events and normalisations included). */
  ids: Set<string>;
  /** Targets of event, normalisation and equivalence lines, to be checked like the others'. */
  references: { target: string; line: number }[];
}

// eslint-disable-next-line no-control-regex -- the characters Python's splitlines() breaks at
const LINES = /\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/u;
const ID = /^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*)$/;
const INTEGER = /^\d+$/;

export function parseAnn(file: string, content: string): ParsedAnn {
  const parsed: ParsedAnn = { textBounds: [], attributes: [], relations: [], comments: [], ids: new Set(), references: [] };
  content.split(LINES).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fail = (problem: string): never => {
      throw new ImportError(file, `line ${line}: ${problem}: ${JSON.stringify(raw.length > 120 ? `${raw.slice(0, 120)}…` : raw)}`);
    };
    const tab = raw.indexOf('\t');
    if (tab < 0) fail('no tab after the annotation id');
    const id = raw.slice(0, tab);
    const rest = raw.slice(tab + 1);
    if (id !== '*' && !ID.test(id)) fail(`"${id}" is not a brat annotation id`);
    if (id !== '*' && parsed.ids.has(id)) fail(`the id ${id} is used twice`);
    const dataEnd = rest.indexOf('\t');
    const data = dataEnd < 0 ? rest : rest.slice(0, dataEnd);
    const tail = dataEnd < 0 ? null : rest.slice(dataEnd + 1);
    const words = data.split(/\s+/).filter(Boolean);
    switch (id[0]) {
      case 'T': {
        const space = data.indexOf(' ');
        if (space <= 0) fail('a text-bound annotation needs a type and offsets');
        const spans = data
          .slice(space + 1)
          .split(';')
          .map((pair): [number, number] => {
            const [start, end, ...more] = pair.trim().split(' ');
            if (more.length > 0 || !start || !end || !INTEGER.test(start) || !INTEGER.test(end)) return fail('offsets must be "start end" pairs of whole numbers, separated by ";"');
            return [Number(start), Number(end)];
          });
        parsed.textBounds.push({ id, line, type: data.slice(0, space), spans, text: tail });
        break;
      }
      case 'A':
      case 'M': {
        // A: type, target and a value (or none: a binary attribute); M, brat's old modifier: type and target.
        if (words.length < 2 || words.length > (id[0] === 'A' ? 3 : 2)) fail('an attribute needs a type, a target and at most one value');
        parsed.attributes.push({ id, line, type: words[0]!, target: words[1]!, value: words[2] ?? true });
        break;
      }
      case 'R': {
        const args = words.slice(1).map((word) => word.split(':'));
        if (words.length !== 3 || args.some((arg) => arg.length !== 2 || !arg[0] || !arg[1])) fail('a relation needs a type and two "Role:Id" arguments');
        if (args[0]![0] === args[1]![0]) fail('a relation’s two arguments must have different roles');
        parsed.relations.push({ id, line, type: words[0]!, args: args.map(([role, target]) => [role!, target!]) });
        break;
      }
      case '#': {
        if (words.length !== 2) fail('a comment needs a type and a target');
        parsed.comments.push({ id, line, type: words[0]!, target: words[1]!, text: (tail ?? '').trim() });
        break;
      }
      case 'E': {
        const [typeAndTrigger, ...args] = words;
        const trigger = typeAndTrigger?.split(':');
        if (!trigger || trigger.length !== 2 || !trigger[1] || args.some((arg) => arg.split(':').length !== 2)) fail('an event needs "Type:Trigger" and "Role:Id" arguments');
        for (const target of [trigger![1]!, ...args.map((arg) => arg.split(':')[1]!)]) parsed.references.push({ target, line });
        break;
      }
      case 'N': {
        if (!/^\S+ \S+ \S+:\S+/.test(data)) fail('a normalisation needs a type, a target and "Database:Id"');
        parsed.references.push({ target: words[1]!, line });
        break;
      }
      case '*': {
        if (words.length < 2) fail('an equivalence needs a type and the ids it joins');
        for (const target of words.slice(1)) parsed.references.push({ target, line });
        break;
      }
      default:
        fail(`brat has no annotation kind "${id[0]!}"`);
    }
    if (id !== '*') parsed.ids.add(id);
  });
  return parsed;
}
