/**
 * "Painted", read from the browser's own record of its main thread rather than from a task queued
 * after the frame. A page cannot see the end of a frame's paint: a task posted from the frame
 * callback runs after it, but Chromium defers such tasks after a discrete input (a key press)
 * until the next frame has been produced, and a MessageChannel message also crosses the IPC
 * thread; in a trace both landed 2–8 ms after the main thread had finished painting and gone
 * idle (session 3). So the tag series runs under a light trace (one event per main-thread task,
 * plus the bench's performance marks), and each action's "painted" is the end of the first
 * BeginMainFrame task that ends after its `bench:ready` mark: the task whose frame callbacks,
 * style, layout, pre-paint and paint put the change into a committed frame. Measured from the
 * action's `bench:start` mark. Raster and display come after (Event Timing covers those).
 */
const CATEGORIES = ['toplevel', 'blink.user_timing'];

/** Runs `action` under the light trace; returns its result and each marked action's figures. */
export async function withFramePaintTrace(browser, page, action) {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result;
  let trace;
  try {
    result = await action();
  } finally {
    trace = await browser.stopTracing();
  }
  return { result, paints: framePaints(trace) };
}

/**
 * For each `bench:start` mark, in order: `{ paintedMs }` (start → end of the painting frame's
 * task), or `{ paintedMs: null }` when no `bench:ready` mark followed it before the next start.
 */
export function framePaints(traceBuffer) {
  const traceEvents = eventsMentioning(traceBuffer, ['"bench:start"', '"bench:ready"', 'ScheduledActionSendBeginMainFrame']);
  const marks = traceEvents.filter((e) => e.name === 'bench:start' || e.name === 'bench:ready').sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return [];
  const { pid, tid } = marks[0]; // marks are made on the renderer's main thread
  const frames = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.args?.src_func === 'ScheduledActionSendBeginMainFrame').sort((a, b) => a.ts - b.ts);
  const out = [];
  marks.forEach((mark, i) => {
    if (mark.name !== 'bench:start') return;
    const ready = marks[i + 1]?.name === 'bench:ready' ? marks[i + 1] : null;
    const frame = ready && frames.find((f) => f.ts + f.dur >= ready.ts);
    out.push({ paintedMs: frame ? (frame.ts + frame.dur - mark.ts) / 1000 : null });
  });
  return out;
}

/**
 * The trace's events whose line mentions one of `needles`, without reading the whole trace as one
 * string: Chromium writes one event per line, and a series on a library of big articles can pass
 * V8's 512 MB string limit (every IndexedDB cursor step of a live query is a task in the trace).
 */
function eventsMentioning(buffer, needles) {
  const lines = new Set();
  for (const needle of needles) {
    for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + needle.length)) {
      lines.add(buffer.lastIndexOf(10, at) + 1);
    }
  }
  return [...lines].map((start) => {
    const end = buffer.indexOf(10, start);
    const line = buffer
      .toString('utf8', start, end === -1 ? buffer.length : end)
      .trim()
      .replace(/,$/, '');
    return JSON.parse(line);
  });
}
