/**
 * The peer side of the bench. Node calls `window.peerBench.open(...)` and `.tag(...)`; each
 * times itself inside the page, like the app's measurements, and reports when the peer's
 * highlights reached the screen.
 *
 * The library has two renderers, and `open` takes which one to use:
 * - SPANS (its default): absolutely positioned <span>s in a layer inside the container, drawn for
 *   the annotations that intersect the viewport only. A MutationObserver on the layer catches
 *   the moment the layer gains its spans.
 * - CSS_HIGHLIGHTS: the browser API Isnad paints with; one Highlight per annotation in view
 *   (named `_<id>`), styled by a <style> element it rewrites on each redraw. A MutationObserver on
 *   <head> catches that rewrite, which happens in the same callback as the CSS.highlights calls.
 * Both redraw in a requestAnimationFrame callback, so the frame in which the change is seen (a
 * microtask inside that frame) is the frame that paints it: the same "first frame with the
 * highlights present" the app side reports.
 */
import '@fontsource/noto-naskh-arabic/400.css';
import '@recogito/text-annotator/text-annotator.css';
import './peer.css';
import { createTextAnnotator, type HighlightStyle, type RendererType, type TextAnnotation, type TextAnnotator } from '@recogito/text-annotator';

interface Span {
  id: string;
  tagId: string;
  start: number;
  end: number;
  exact: string;
}

interface Layout {
  width: number;
  height: number;
}

// The app's default tag colours (src/shared/annotation/tagSet.ts), at the app's 32% strength.
const COLORS: Record<string, HighlightStyle['fill']> = {
  person: '#4477aa',
  organisation: '#882255',
  place: '#66ccee',
  datetime: '#ddcc77',
  figure: '#cc3311',
  event: '#ee6677',
  quote: '#332288',
  claim: '#e69f00',
};

const scroller = document.getElementById('scroller')!;
let annotator: TextAnnotator | null = null;
let article: HTMLElement | null = null;
let renderer: RendererType = 'SPANS';

/** The peer's own annotation shape: a body naming the tag and a selector with offsets and quote. */
function toPeer(span: Span): TextAnnotation {
  return {
    id: span.id,
    bodies: [{ id: `${span.id}-tag`, annotation: span.id, purpose: 'tagging', value: span.tagId }],
    target: { annotation: span.id, selector: [{ quote: span.exact, start: span.start, end: span.end } as TextAnnotation['target']['selector'][number]] },
  };
}

/** Whether the peer's drawing holds this annotation (or, with null, any annotation). */
function drawn(id: string | null): boolean {
  if (renderer === 'CSS_HIGHLIGHTS') return id === null ? CSS.highlights.size > 0 : CSS.highlights.has(`_${id}`);
  const layer = article!.querySelector('.r6o-span-highlight-layer')!;
  return id === null ? layer.childElementCount > 0 : !!layer.querySelector(`[data-annotation="${id}"]`);
}

/** How many annotations the peer has drawn now. */
function drawnCount(): number {
  if (renderer === 'CSS_HIGHLIGHTS') return CSS.highlights.size;
  const layer = article!.querySelector('.r6o-span-highlight-layer')!;
  return new Set(Array.from(layer.children, (s) => (s as HTMLElement).dataset['annotation'])).size;
}

/** When the drawing first holds `id` (null: anything): in the frame that paints it, and after that frame. */
function whenDrawn(id: string | null): Promise<{ ready: number; painted: number }> {
  return new Promise((resolve) => {
    // What each renderer changes in the DOM when it redraws (see the comment at the top).
    const watched = renderer === 'CSS_HIGHLIGHTS' ? document.head : article!.querySelector('.r6o-span-highlight-layer')!;
    const check = () => {
      if (!drawn(id)) return false;
      observer.disconnect();
      const ready = performance.now();
      performance.mark('bench:ready'); // "painted" is read from a trace (bench/framePaintTrace.mjs)
      // A message posted now is handled after this frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ ready, painted: performance.now() });
      channel.port2.postMessage(null);
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(watched, { childList: true, subtree: true, characterData: true });
    check();
  });
}

function clear(): void {
  annotator?.destroy();
  annotator = null;
  article?.remove();
  article = null;
}

async function open(text: string, spans: Span[], layout: Layout, use: RendererType = 'SPANS') {
  clear();
  renderer = use;
  scroller.style.height = `${layout.height}px`;
  scroller.scrollTop = 0;
  const annotations = spans.map(toPeer);
  const t0 = performance.now();
  article = document.createElement('div');
  article.className = 'article-text';
  article.lang = 'ar';
  article.style.inlineSize = `${layout.width}px`;
  for (const line of text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    article.append(p);
  }
  scroller.append(article);
  annotator = createTextAnnotator(article, {
    renderer,
    style: (a) => ({ fill: COLORS[a.bodies[0]?.value ?? ''] ?? '#888888', fillOpacity: 0.32 }),
  });
  // Not `replace = true`: that path (the store's syncAnnotations) stores the targets without
  // resolving their text ranges, which the CSS_HIGHLIGHTS renderer needs (it throws "parameter 1 is
  // not of type 'AbstractRange'" and draws nothing; @recogito/text-annotator 4.1.1). The store is
  // empty here (a new annotator per open), so adding is the same as replacing, for both renderers.
  annotator.setAnnotations(annotations, false);
  const afterSet = performance.now();
  const { ready, painted } = await whenDrawn(null);
  // Checked after the clock stopped: the peer drew every annotation its own index says is in view.
  const box = article.getBoundingClientRect();
  const inView = annotator.state.store.getIntersecting(-box.left, -box.top, window.innerWidth - box.left, window.innerHeight - box.top).length;
  return { setMs: afterSet - t0, readyMs: ready - t0, paintedMs: painted - t0, drawnAnnotations: drawnCount(), inView, stored: annotator.state.store.all().length };
}

async function tag(span: Span) {
  performance.mark('bench:start');
  const t0 = performance.now();
  annotator!.addAnnotation(toPeer(span));
  const { ready, painted } = await whenDrawn(span.id);
  return { readyMs: ready - t0, paintedMs: painted - t0 };
}

/** Word spans [start, end) in the paragraphs now on screen, for tagging what the analyst sees. */
function visibleWords(limit: number): { start: number; end: number; exact: string }[] {
  const view = scroller.getBoundingClientRect();
  const out: { start: number; end: number; exact: string }[] = [];
  let offset = 0;
  for (const p of Array.from(article!.querySelectorAll('p'))) {
    const line = p.textContent ?? '';
    const rect = p.getBoundingClientRect();
    if (rect.top >= view.top && rect.bottom <= view.bottom) {
      for (const m of line.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, exact: m[0] });
    }
    offset += line.length + 1;
  }
  // Spread the picks over the visible words rather than the first few.
  const step = Math.max(1, Math.floor(out.length / limit));
  return out.filter((_, i) => i % step === 0).slice(0, limit);
}

declare global {
  interface Window {
    peerBench: { open: typeof open; tag: typeof tag; visibleWords: typeof visibleWords; clear: typeof clear };
  }
}
window.peerBench = { open, tag, visibleWords, clear };
