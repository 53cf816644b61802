/**
 * The opening floor: what showing a stored article costs a page with no app at all. The text is
 * kept in this page's IndexedDB (one row per article, as the app keeps it); a click reads it and
 * puts one <p> per line into the scroller, with the reader's font, layout and (over
 * LAZY_LAYOUT_CHARS) content-visibility, and nothing else: no editor, no state, no highlights.
 * Node times it exactly as it times the app's open (bench/measureOpenFloor.mjs): from the click
 * to the first animation frame with every paragraph in the DOM, then to after that frame painted.
 */
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import './floor.css';

/** src/renderer/editor/readingPosition.ts: longer articles lay out lazily in the reader. */
const LAZY_LAYOUT_CHARS = 50_000;

interface Layout {
  width: number;
  height: number;
}

const scroller = document.getElementById('scroller')!;
const button = document.getElementById('open') as HTMLButtonElement;
let wanted: string | null = null;
let columnWidth = 840;

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('floor', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('texts', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}
const db = database();

async function readText(id: string): Promise<string> {
  const tx = (await db).transaction('texts', 'readonly');
  const request = tx.objectStore('texts').get(id);
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve((request.result as { text: string }).text);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Stores an article's text (untimed, before the runs). */
async function store(id: string, text: string): Promise<void> {
  const tx = (await db).transaction('texts', 'readwrite');
  tx.objectStore('texts').put({ id, text });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** What a click does: read the text, replace the shown article with one <p> per line. */
async function show(id: string): Promise<void> {
  const text = await readText(id);
  const article = document.createElement('div');
  article.className = 'article-text';
  article.dataset['articleId'] = id;
  article.style.inlineSize = `${columnWidth}px`; // the reader column's width, so the lines break alike
  if (text.length > LAZY_LAYOUT_CHARS) article.dataset['lazy'] = 'true';
  for (const line of text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    article.append(p);
  }
  scroller.replaceChildren(article);
  scroller.scrollTop = 0;
}
button.addEventListener('click', () => void show(wanted!));

function setLayout(layout: Layout): void {
  scroller.style.height = `${layout.height}px`;
  columnWidth = layout.width;
}

/** Clicks "open" for article `id` and times it: readerProbes.clickAndTimeArticle's clock, without the app. */
function open(id: string, lines: number, layout: Layout, timeoutMs = 60_000): Promise<{ readyMs: number; paintedMs: number } | { timeout: true }> {
  setLayout(layout);
  wanted = id;
  const shown = () => {
    const root = scroller.firstElementChild as HTMLElement | null;
    return root?.dataset['articleId'] === id && root.childElementCount === lines;
  };
  performance.mark('bench:start');
  const t0 = performance.now();
  button.click();
  return new Promise((resolve) => {
    const frame = () => {
      const now = performance.now();
      if (shown()) {
        performance.mark('bench:ready');
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ readyMs: now - t0, paintedMs: performance.now() - t0 });
        channel.port2.postMessage(null);
      } else if (now - t0 > timeoutMs) resolve({ timeout: true });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

declare global {
  interface Window {
    floorBench: { store: typeof store; open: typeof open; ready: Promise<unknown> };
  }
}
window.floorBench = { store, open, ready: db };
