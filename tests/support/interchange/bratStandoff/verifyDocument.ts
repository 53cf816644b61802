/**
 * A document's annotations against each other and the collection's configuration, as brat checks
 * them when it opens the document (annotation.py's checks after parsing) and as its verifier
 * (verify_annotations.py) reports them: references to ids that do not exist, events without
 * their trigger, types annotation.conf does not define, relations and attributes it does not
 * allow (and, more strictly than brat's server, attribute values outside the configured list,
 * which brat's client cannot show), and overlapping spans it does not allow.
 */
import type { AnnRecord, ParsedAnn } from './annLines';
import type { CollectionConfig } from './collectionConfig';

type Record = ParsedAnn['records'][number];
type TextBound = Extract<Record, { kind: 'T' }>;

/** What the record refers to by id. */
function references(r: AnnRecord): string[] {
  switch (r.kind) {
    case 'A':
    case 'N':
    case '#':
      return [r.target];
    case 'R':
      return r.args.map((a) => a.target);
    case 'E':
      return [r.trigger, ...r.args.map((a) => a.target)];
    case '*':
      return r.members;
    default:
      return [];
  }
}

const first = (t: TextBound) => Math.min(...t.fragments.map(([s]) => s));
const last = (t: TextBound) => Math.max(...t.fragments.map(([, e]) => e));
const sameSpan = (a: TextBound, b: TextBound) => {
  const key = (t: TextBound) => [...new Set(t.fragments.map((f) => f.join(' ')))].sort().join(';');
  return key(a) === key(b);
};
/** Whether every fragment of `inner` lies within some fragment of `outer`. */
const contains = (outer: TextBound, inner: TextBound) => inner.fragments.every(([s, e]) => outer.fragments.some(([os, oe]) => s >= os && e <= oe));

export function verifyDocument(name: string, parsed: ParsedAnn, config: CollectionConfig, complain: (m: string) => void): void {
  const byId = new Map<string, Record>();
  for (const r of parsed.records) if ('id' in r) byId.set(r.id, r);
  const say = (r: Record, message: string) => complain(`${name}.ann line ${r.line}: ${message}`);

  for (const r of parsed.records) {
    for (const id of references(r)) if (!byId.has(id) && !parsed.reservedIds.has(id)) say(r, `refers to ${id}, which is not defined`);
  }
  const events = parsed.records.filter((r): r is Extract<Record, { kind: 'E' }> => r.kind === 'E');
  const triggers = new Set(events.map((e) => e.trigger));
  for (const e of events) {
    const trigger = byId.get(e.trigger);
    if (!trigger) say(e, `event ${e.id} has no trigger ${e.trigger} (brat fails to open the document)`);
    else if (trigger.kind !== 'T' || trigger.type !== e.type) say(e, `event ${e.id}'s trigger ${e.trigger} is not a ${e.type} span (brat fails to open the document)`);
  }
  for (const r of parsed.records) {
    if (r.kind === 'E' || r.kind === 'R') continue;
    for (const id of references(r)) if (triggers.has(id)) say(r, `refers to the event trigger ${id} (brat fails to open the document)`);
  }

  const textBounds = parsed.records.filter((r): r is TextBound => r.kind === 'T');
  for (const t of textBounds) if (!config.isEntityType(t.type) && !config.isEventType(t.type)) say(t, `${t.id} has type ${t.type}, which annotation.conf does not define`);
  for (const e of events) if (!config.isEventType(e.type)) say(e, `${e.id} has event type ${e.type}, which annotation.conf does not define`);
  const typeOf = (id: string) => {
    const r = byId.get(id);
    return r && 'type' in r ? r.type : undefined;
  };

  for (const r of parsed.records) {
    if (r.kind !== 'R') continue;
    if (!config.relationTypes.includes(r.type)) {
      say(r, `${r.id} has relation type ${r.type}, which annotation.conf does not define`);
      continue;
    }
    const [a, b] = r.args;
    const [ta, tb] = [typeOf(a.target), typeOf(b.target)];
    if (ta === undefined || tb === undefined) continue;
    if (!config.relationAllowed(r.type, { role: a.role, type: ta }, { role: b.role, type: tb })) say(r, `${r.id}: ${r.type} ${a.role}:${ta} ${b.role}:${tb} is not allowed by annotation.conf`);
  }

  const attributeKeys = new Set<string>();
  for (const r of parsed.records) {
    if (r.kind !== 'A') continue;
    const target = typeOf(r.target);
    if (!config.attributeValues.has(r.type)) say(r, `${r.id} has attribute type ${r.type}, which annotation.conf does not define`);
    else if (target !== undefined && !config.attributesFor(target).includes(r.type)) say(r, `${r.id}: a ${target} cannot take a ${r.type} attribute`);
    const values = config.attributeValues.get(r.type);
    if (values === null && r.value !== true) say(r, `${r.id}: ${r.type} is a binary attribute but has the value ${r.value}`);
    if (values && (r.value === true || !values.includes(r.value))) say(r, `${r.id}: ${r.type} value ${r.value === true ? '(none)' : r.value} is not one of ${values.join('|')}`);
    const key = `${r.target} ${r.type}`;
    if (attributeKeys.has(key)) say(r, `${r.id}: ${r.target} has ${r.type} twice (brat shows only one)`);
    attributeKeys.add(key);
  }

  for (const r of parsed.records) {
    if (r.kind !== '*') continue;
    const types = [...new Set(r.members.map(typeOf).filter((t): t is string => t !== undefined))];
    for (const a of types) for (const b of types) if (!config.equivAllowed(a, b)) say(r, `equivalence ${r.type} is not allowed between ${a} and ${b}`);
  }

  verifyEvents(events, textBounds, typeOf, config, say);
  verifyOverlaps(textBounds, config, say);
}

function verifyEvents(
  events: Extract<Record, { kind: 'E' }>[],
  textBounds: TextBound[],
  typeOf: (id: string) => string | undefined,
  config: CollectionConfig,
  say: (r: Record, m: string) => void,
): void {
  const triggers = new Set(events.map((e) => e.trigger));
  const seen = new Map<string, string>();
  for (const t of textBounds.filter((t) => config.isEventType(t.type))) {
    if (!triggers.has(t.id)) say(t, `trigger ${t.id} is not referenced from any event`);
    const key = `${t.type} ${[...new Set(t.fragments.map((f) => f.join(' ')))].sort().join(';')}`;
    if (seen.has(key)) say(t, `triggers ${seen.get(key)!} and ${t.id} have the same span and type`);
    else seen.set(key, t.id);
  }
  for (const e of events) {
    const node = config.eventNode(e.type);
    if (!node) continue;
    const counts = new Map<string, number>();
    for (const { role, target } of e.args) {
      // A repeated role is numbered (Theme2); brat's rules are on the role without its number.
      const base = role.replace(/\d*$/, '');
      counts.set(base, (counts.get(base) ?? 0) + 1);
      const targetType = typeOf(target);
      if (!node.args.has(base) && !config.relationTypes.includes(base)) say(e, `${e.id}: ${e.type} cannot take a ${base} argument`);
      else if (targetType !== undefined && !config.rolesFromTo(e.type, targetType).includes(base)) say(e, `${e.id}: ${e.type} argument ${base} cannot be a ${targetType}`);
    }
    for (const key of node.argList) {
      const n = counts.get(key) ?? 0;
      if (n < node.min.get(key)!) say(e, `${e.id}: ${e.type} needs at least ${node.min.get(key)!} ${key}`);
      if (n > 1 && n > node.max.get(key)!) say(e, `${e.id}: ${e.type} takes at most ${node.max.get(key)!} ${key}`);
    }
  }
}

/** brat compares every two entity spans whose extents meet: equal, one inside the other, or crossing, each allowed only by `<OVERLAP>` rules. */
function verifyOverlaps(textBounds: TextBound[], config: CollectionConfig, say: (r: Record, m: string) => void): void {
  const entities = textBounds.filter((t) => config.isEntityType(t.type));
  const allows = (inner: string, outer: string, kind: string, eitherWay: boolean) => {
    const there = config.overlapKinds(inner, outer);
    const back = config.overlapKinds(outer, inner);
    return there.has(kind) || there.has('<ANY>') || back.has('<ANY>') || (eitherWay && back.has(kind));
  };
  for (const a of entities) {
    for (const b of entities) {
      if (a === b || !(first(b) < last(a) && last(b) > first(a))) continue;
      if (sameSpan(a, b)) {
        if (!allows(a.type, b.type, 'equal', true)) say(a, `${a.id} (${a.type}) has the same span as ${b.id} (${b.type}), which annotation.conf does not allow`);
      } else if (contains(b, a)) {
        if (!allows(a.type, b.type, 'contain', false)) say(a, `${a.id} (${a.type}) lies inside ${b.id} (${b.type}), which annotation.conf does not allow`);
      } else if (contains(a, b)) {
        if (!allows(b.type, a.type, 'contain', false)) say(a, `${a.id} (${a.type}) contains ${b.id} (${b.type}), which annotation.conf does not allow`);
      } else if (!allows(a.type, b.type, 'cross', true)) say(a, `${a.id} (${a.type}) crosses ${b.id} (${b.type}), which annotation.conf does not allow`);
    }
  }
}
