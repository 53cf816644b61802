/**
 * The lines of a brat `.ann` file, read as brat's annotation.py reads them: Python lines
 * (`str.splitlines`), `ID<tab>DATA[<tab>TAIL]`, the ID's letters choosing the kind (T text-bound,
 * A/M attribute, R relation, E event, N normalization, `*` equivalence, `#` comment), and for
 * a text-bound annotation the rules brat checks against the document text in code points.
 *
 * Each line brat cannot parse is a complaint (brat lists it as "Unable to parse"); so is each
 * line brat would parse but then report, fill in, or write back differently (brat rewrites the
 * file when an annotator opens it).
 */
import { PY_NS, PY_S } from './confSyntax';
import { isPythonSpace, PYTHON_LINE_BREAK, pythonLines, pythonStrip } from './pythonText';

export interface Fragmented {
  id: string;
  type: string;
  /** [start, end) in code points. */
  fragments: [number, number][];
  /** The text written on the line (what brat compares with the document). */
  text: string;
}
export type AnnRecord =
  | ({ kind: 'T' } & Fragmented)
  | { kind: 'A'; id: string; type: string; target: string; value: string | true }
  | { kind: 'R'; id: string; type: string; args: [{ role: string; target: string }, { role: string; target: string }] }
  | { kind: 'E'; id: string; type: string; trigger: string; args: { role: string; target: string }[] }
  | { kind: 'N'; id: string; type: string; target: string; ref: string }
  | { kind: '*'; type: string; members: string[] }
  | { kind: '#'; id: string; type: string; target: string; text: string };

export interface ParsedAnn {
  records: (AnnRecord & { line: number })[];
  /** Ids of lines brat could read an id from but not the rest: brat reserves them, so references to them are not "undefined". */
  reservedIds: Set<string>;
}

class LineError extends Error {}

const ID_SHAPE = /^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*?)$/su;
/** What brat's int() reads here: plain ASCII digits (it would take more, which no other tool does). */
const OFFSET = /^[0-9]+$/;
const ws = (source: string) => new RegExp(source, 'su');

/**
 * Parses one document's `.ann`. `codePoints` is the document text as code points (null when the
 * `.txt` is missing: text-bound lines are then read without the text checks).
 */
export function parseAnn(content: string, file: string, codePoints: readonly string[] | null, complain: (m: string) => void): ParsedAnn {
  const records: (AnnRecord & { line: number })[] = [];
  const reservedIds = new Set<string>();
  const seen = new Set<string>();
  const rewritten: string[] = [];
  pythonLines(content).forEach((raw, index) => {
    const where = `${file} line ${index + 1}`;
    let canonical = raw;
    try {
      const tab = raw.indexOf('\t');
      if (tab < 0) throw new LineError(`${where}: no tab after an id (brat cannot parse it): ${JSON.stringify(raw)}`);
      const id = raw.slice(0, tab);
      const idTail = raw.slice(tab + 1);
      const prefix = /^\P{Nd}*/u.exec(id)![0];
      // An id with no letters before its number is not a parse error in brat but an exception: the document does not open.
      if (prefix === '') throw new LineError(`${where}: id ${JSON.stringify(id)} has no letters (brat fails to open the document)`);
      if (prefix !== '*' && seen.has(id)) throw new LineError(`${where}: duplicate id ${id}`);
      if (id !== '*' && !ID_SHAPE.test(id)) throw new LineError(`${where}: invalid id ${JSON.stringify(id)}`);
      const dataTab = idTail.indexOf('\t');
      const data = dataTab < 0 ? idTail : idTail.slice(0, dataTab);
      const dataTail = dataTab < 0 ? '' : idTail.slice(dataTab);
      try {
        const parsed = parseKind(prefix[0]!, id, data, dataTail, where, codePoints, complain);
        if (parsed.id !== undefined) seen.add(parsed.id);
        records.push({ ...parsed.record, line: index + 1 });
        canonical = parsed.canonical;
      } catch (e) {
        if (e instanceof LineError && prefix !== '*') {
          seen.add(id);
          reservedIds.add(id);
        }
        throw e;
      }
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      complain(e.message);
    }
    rewritten.push(canonical.replace(/[\r\n]+$/, ''));
  });
  // brat writes back every annotation in its own form, one per line ending in \n, and rewrites the file when that differs.
  const written = rewritten.length > 0 ? `${rewritten.join('\n')}\n` : '';
  if (written !== content) {
    const [was, now] = [content.split('\n'), written.split('\n')];
    const line = now.findIndex((l, i) => l !== was[i]);
    complain(
      line === was.length
        ? `${file}: its last line has no line break (brat adds one, rewriting the file on opening)`
        : `${file} line ${line + 1}: brat would rewrite it on opening as ${JSON.stringify(now[line] ?? '')} (it reads ${JSON.stringify(was[line] ?? '')})`,
    );
  }
  return { records, reservedIds };
}

function parseKind(
  kind: string,
  id: string,
  data: string,
  dataTail: string,
  where: string,
  codePoints: readonly string[] | null,
  complain: (m: string) => void,
): { record: AnnRecord; canonical: string; id?: string } {
  const bad = (why: string) => new LineError(`${where}: ${why}`);
  switch (kind) {
    case 'T':
      return textBound(id, data, dataTail, where, codePoints, complain);
    case 'A':
    case 'M': {
      if (kind === 'M') {
        const parts = data.split(ws(`${PY_S}+`)).filter(Boolean);
        // brat unpacks these two words without a guard: any other count is an exception and the document does not open.
        if (parts.length !== 2) throw bad('an M line must be TYPE TARGET (brat fails to open the document)');
        return { id, record: { kind: 'A', id, type: parts[0]!, target: parts[1]!, value: true }, canonical: `${id}\t${parts[0]!} ${parts[1]!}${dataTail}` };
      }
      const three = ws(`^([^\\n]+?) ([^\\n]+?) ([^\\n]+?)\\n?$`).exec(data);
      const two = three ? null : ws(`^([^\\n]+?) ([^\\n]+?)\\n?$`).exec(data);
      const parts = three ?? two;
      if (!parts) throw bad(`an attribute must be TYPE TARGET [VALUE]: ${JSON.stringify(data)}`);
      const [type, target] = [parts[1]!, parts[2]!];
      const value = three ? three[3]! : true;
      if (!ID_SHAPE.test(target)) throw bad(`attribute target ${JSON.stringify(target)} is not an id`);
      return { id, record: { kind: 'A', id, type, target, value }, canonical: `${id}\t${type} ${target}${value === true ? '' : ` ${value}`}` };
    }
    case 'R': {
      const space = data.indexOf(' ');
      if (space < 0) throw bad('a relation needs arguments');
      const type = data.slice(0, space);
      const args = data
        .slice(space)
        .split(ws(`${PY_S}+`))
        .filter(Boolean)
        .map((a) => a.split(':'));
      if (args.length !== 2) throw bad('a relation must have exactly two arguments');
      if (args[0]![0] === args[1]![0]) throw bad('a relation must not have two arguments of the same role');
      // brat reads ROLE:ID by position; without the colon it fails with an exception and the document does not open.
      if (args.some((a) => a.length < 2)) throw bad('a relation argument without ROLE:ID (brat fails to open the document)');
      if (args.some((a) => a.length > 2)) throw bad('a relation argument with more than ROLE:ID');
      const [[r1, t1], [r2, t2]] = args as [[string, string], [string, string]];
      return {
        id,
        record: {
          kind: 'R',
          id,
          type,
          args: [
            { role: r1, target: t1 },
            { role: r2, target: t2 },
          ],
        },
        canonical: `${id}\t${type} ${r1}:${t1} ${r2}:${t2}${dataTail}`,
      };
    }
    case 'E': {
      const space = data.indexOf(' ');
      const head = space < 0 ? data.replace(/[\r\n]+$/, '') : data.slice(0, space);
      const typeTrigger = head.split(':');
      if (typeTrigger.length !== 2) throw bad('an event must start TYPE:TRIGGER');
      const args =
        space < 0
          ? []
          : data
              .slice(space)
              .split(ws(`${PY_S}+`))
              .filter(Boolean)
              .map((a) => a.split(':'));
      if (args.some((a) => a.length < 2)) throw bad('an event argument without ROLE:ID');
      const [type, trigger] = typeTrigger as [string, string];
      const record: AnnRecord = { kind: 'E', id, type, trigger, args: args.map((a) => ({ role: a[0]!, target: a[1]! })) };
      return { id, record, canonical: `${id}\t${type}:${trigger} ${args.map((a) => a.join(':')).join(' ')}${dataTail}` };
    }
    case 'N': {
      const parts = ws(`^(${PY_NS}+) (${PY_NS}+) (${PY_NS}+?):(${PY_NS}+)`).exec(data);
      if (!parts) throw bad('a normalization must be TYPE TARGET DB:ID');
      const [type, target, db, ref] = [parts[1]!, parts[2]!, parts[3]!, parts[4]!];
      // brat writes an N line back with a tab of its own before the tab that starts the text: it rewrites every one.
      return { id, record: { kind: 'N', id, type, target, ref: `${db}:${ref}` }, canonical: `${id}\t${type} ${target} ${db}:${ref}\t${dataTail}` };
    }
    case '*': {
      const parts = data.split(ws(`${PY_S}+`)).filter(Boolean);
      if (parts.length < 2) throw bad('an equivalence needs a type and members');
      return { record: { kind: '*', type: parts[0]!, members: parts.slice(1) }, canonical: `*\t${parts[0]!} ${parts.slice(1).join(' ')}${dataTail}` };
    }
    case '#': {
      const parts = data.split(ws(`${PY_S}+`)).filter(Boolean);
      if (parts.length !== 2) throw bad(`a comment must be TYPE TARGET then a tab: ${JSON.stringify(data)}`);
      const [type, target] = parts as [string, string];
      return { id, record: { kind: '#', id, type, target, text: pythonStrip(dataTail) }, canonical: `${id}\t${type} ${target}${dataTail}` };
    }
    default:
      throw bad(`unknown kind of line (id ${JSON.stringify(id)})`);
  }
}

/** A text-bound line: `Tn<tab>TYPE START END[;START END…]<tab>TEXT`, checked against the text as brat does, and more strictly where brat lets a fault through. */
function textBound(
  id: string,
  data: string,
  dataTail: string,
  where: string,
  codePoints: readonly string[] | null,
  complain: (m: string) => void,
): { record: AnnRecord; canonical: string; id: string } {
  const bad = (why: string) => new LineError(`${where}: ${id} ${why}`);
  const space = data.indexOf(' ');
  if (space < 0) throw bad('has no offsets');
  const type = data.slice(0, space);
  const fragments: [number, number][] = [];
  for (const pair of data.slice(space + 1).split(';')) {
    const [start, end, extra] = pair.split(' ');
    if (start === undefined || end === undefined || extra !== undefined) throw bad(`offsets ${JSON.stringify(pair)} are not START END`);
    const endWord = end.replace(ws(`${PY_S}+$`), '');
    if ([...endWord].some(isPythonSpace)) throw bad('offsets followed by a space instead of a tab');
    if (!OFFSET.test(start) || !OFFSET.test(endWord)) throw bad(`offsets ${JSON.stringify(pair)} are not numbers`);
    fragments.push([Number(start), Number(endWord)]);
  }
  const canonical = `${id}\t${type} ${fragments.map(([s, e]) => `${s} ${e}`).join(';')}${dataTail}`;
  const onLine = dataTail.startsWith('\t') ? dataTail.slice(1) : dataTail;
  if (!codePoints) return { id, record: { kind: 'T', id, type, fragments, text: onLine.replace(/[\r\n]+$/, '') }, canonical };

  const seen: [number, number][] = [];
  for (const [start, end] of fragments) {
    if (start > end) throw bad(`starts after it ends (${start} > ${end})`);
    if (end > codePoints.length) throw bad(`ends at ${end}, past the text's ${codePoints.length} code points`);
    // brat counts touching fragments as overlapping too.
    if (seen.some(([s, e]) => end >= s && start < e)) throw bad('has fragments that overlap or touch');
    seen.push([start, end]);
  }
  const at = fragments.map(([s, e]) => codePoints.slice(s, e).join(''));
  const expected = at.join(' ');
  const length = fragments.reduce((n, [s, e]) => n + e - s, 0) + fragments.length - 1;
  const tail = [...dataTail];
  // brat takes a blank span for one whose text is missing ("missing text", filled in and written back); an empty one it keeps, showing nothing.
  if (length === 0 || pythonStrip(expected) === '') throw bad(`is empty or only whitespace (${JSON.stringify(expected)})`);
  if (pythonStrip(dataTail) === '') throw bad('has no text (brat reports "missing text" and fills it in, rewriting the file)');
  const lineBreak = at.findIndex((t) => PYTHON_LINE_BREAK.test(t));
  if (lineBreak >= 0) throw bad(`fragment ${fragments[lineBreak]!.join(' ')} holds a line break, which cannot stand on one .ann line`);
  if (length > tail.length - 1) throw bad(`text ${JSON.stringify(onLine)} is shorter than its span ${JSON.stringify(expected)}`);
  const text = tail.slice(1, length + 1).join('');
  const rest = tail.slice(length + 1).join('');
  if (text !== expected) throw bad(`text ${JSON.stringify(text)} is not the document's ${JSON.stringify(expected)} at its code-point offsets`);
  if (rest !== '' && !isPythonSpace([...rest][0]!)) throw bad(`text runs on past its span: ${JSON.stringify(onLine)}`);
  // brat keeps what follows the span text after a space; no writer means to put anything there.
  if (rest.replace(/[\r\n]+$/, '') !== '') complain(`${where}: ${id} has ${JSON.stringify(rest.replace(/[\r\n]+$/, ''))} after its text`);
  return { id, record: { kind: 'T', id, type, fragments, text }, canonical };
}
