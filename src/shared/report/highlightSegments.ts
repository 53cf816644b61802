/**
 * Cuts an article into paragraphs (its lines) and each paragraph into segments that are covered
 * by the same set of annotations. Overlapping and nested annotations cannot be nested elements,
 * so every format draws segments instead, each knowing all the annotations over it.
 */
export interface SpanRef {
  /** The report's reference for the annotation (an anchor name). */
  ref: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The annotations covering this segment, outermost (earliest, longest) first. */
  covering: string[];
  /** The annotations whose first segment this is (anchors go here). */
  starting: string[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * `spans` must be in reading order (start, then longer first); offsets are UTF-16 code units.
 * Empty lines give no paragraph; an annotation across a line break continues in the next one.
 */
export function paragraphSegments(text: string, spans: readonly SpanRef[]): Paragraph[] {
  const order = new Map(spans.map((s, i) => [s.ref, i]));
  const startsAt = new Map<number, SpanRef[]>();
  const endsAt = new Map<number, string[]>();
  const cuts = new Set<number>();
  for (const span of spans) {
    if (span.end <= span.start) continue;
    (startsAt.get(span.start) ?? startsAt.set(span.start, []).get(span.start)!).push(span);
    (endsAt.get(span.end) ?? endsAt.set(span.end, []).get(span.end)!).push(span.ref);
    cuts.add(span.start).add(span.end);
  }
  const active: string[] = [];
  const settled = new Set<number>();
  /** Brings the active set to offset `at` (once per offset): ends before starts, kept in reading order. */
  const advanceTo = (at: number) => {
    if (settled.has(at)) return;
    settled.add(at);
    for (const ref of endsAt.get(at) ?? []) {
      const i = active.indexOf(ref);
      if (i !== -1) active.splice(i, 1);
    }
    const starting = startsAt.get(at);
    if (starting) {
      active.push(...starting.map((s) => s.ref));
      active.sort((a, b) => order.get(a)! - order.get(b)!);
    }
  };
  const paragraphs: Paragraph[] = [];
  const started = new Set<string>();
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  let nextCut = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const points = [lineStart];
    while (nextCut < sortedCuts.length && sortedCuts[nextCut]! <= lineStart) nextCut++;
    while (nextCut < sortedCuts.length && sortedCuts[nextCut]! < lineEnd) points.push(sortedCuts[nextCut++]!);
    points.push(lineEnd);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      advanceTo(from);
      if (to === from) continue;
      const starting = active.filter((ref) => !started.has(ref));
      for (const ref of starting) started.add(ref);
      segments.push({ start: from, end: to, text: text.slice(from, to), covering: [...active], starting });
    }
    advanceTo(lineEnd);
    if (segments.length > 0) paragraphs.push({ start: lineStart, end: lineEnd, segments });
    if (newline === -1) break;
    // Annotations that start or end on the newline itself are settled before the next line.
    advanceTo(lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
