/**
 * Turns a CPU profile and a Chrome trace into "where the time goes": self and total time per
 * function (named with its source file through the source map), and the long main-thread tasks
 * of the trace, each split into script, style, layout, paint, gc and IndexedDB deserialisation,
 * with the app functions the profiler caught inside it (both use the same clock).
 */

const fromApp = (name) => name.includes('src/renderer') || name.includes('src/shared');

/** The package a frame's code belongs to ("app" for src/), or null for native/unknown frames. */
function packageOf(name) {
  if (fromApp(name)) return 'app (src/)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  return match ? match[1] : null;
}

/** Every sample as { t (µs, trace clock), ms, stack: labels leaf first }. */
function samples(profile, locate) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const labels = new Map();
  const label = (id) => {
    if (!labels.has(id)) {
      const frame = nodes.get(id).callFrame;
      const where = frame.url && frame.lineNumber >= 0 ? locate(frame.url, frame.lineNumber, frame.columnNumber) : null;
      const name = frame.functionName || '(anonymous)';
      labels.set(id, where ? `${name} (${where.file}:${where.line})` : frame.url ? `${name} (${frame.url.split('/').pop()})` : name);
    }
    return labels.get(id);
  };
  const out = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(label(at));
    out.push({ t, ms: (profile.timeDeltas[i + 1] ?? 0) / 1000, stack });
  });
  return out;
}

const top = (map, n, keep = () => true) =>
  [...map]
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));

/** Self and total (inclusive) milliseconds per function, heaviest first. */
export function cpuHotspots(profile, locate) {
  const self = new Map();
  const total = new Map();
  for (const { ms, stack } of samples(profile, locate)) {
    self.set(stack[0], (self.get(stack[0]) ?? 0) + ms);
    for (const name of new Set(stack)) total.set(name, (total.get(name) ?? 0) + ms); // recursion counts once
  }
  return {
    self: top(self, 15, (name) => name !== '(idle)'),
    totalInApp: top(total, 20, fromApp),
    totalInLibraries: top(total, 12, (name) => name.includes('node_modules')),
  };
}

const PHASES = [
  ['script', /^(FunctionCall|EvaluateScript|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run)$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles)$/],
  ['layout', /^(Layout|UpdateLayout)$/],
  // PrePaint (with compositing inputs) walks the layout tree: its cost grows with DOM size.
  ['prePaint', /^PrePaint$/],
  ['paint', /^(Paint|Layerize|UpdateLayerTree|Commit)$/],
  ['gc', /^(MajorGC|MinorGC|V8\.GC_MC_INCREMENTAL|V8\.GCScavenger|V8\.GCFinalizeMC|BlinkGC\.AtomicPhase)$/],
  ['idbDeserialize', /^SerializedScriptValueFactory::deserialize$/],
];

/** The renderer's main-thread complete events, sorted, and its outermost tasks. */
function mainThread(traceBuffer) {
  const { traceEvents } = JSON.parse(traceBuffer.toString('utf8'));
  const renderer = traceEvents.find((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree')?.pid;
  const mainTid = traceEvents.find((e) => e.pid === renderer && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const onMain = traceEvents.filter((e) => e.pid === renderer && e.tid === mainTid);
  const events = onMain.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  const tasks = [];
  for (const e of events) {
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue; // nested in the previous task
    tasks.push(e);
  }
  const marks = onMain.filter((e) => typeof e.name === 'string' && e.name.startsWith('bench:')).sort((a, b) => a.ts - b.ts);
  return { events, tasks, marks };
}

/** What the main thread did in [from, to] (µs): busy time, time per phase, app frames sampled. */
function breakdown({ events, tasks }, all, from, to) {
  const overlap = (e) => Math.max(0, Math.min(to, e.ts + e.dur) - Math.max(from, e.ts));
  const inside = events.filter((e) => e.ts < to && e.ts + e.dur > from);
  const phases = {};
  for (const [phase, pattern] of PHASES) {
    let until = -1; // outermost events only, so nested ones are not counted twice
    let sum = 0;
    for (const e of inside) {
      if (!pattern.test(e.name) || e.ts < until) continue;
      sum += overlap(e);
      until = e.ts + e.dur;
    }
    if (sum > 0) phases[phase] = sum / 1000;
  }
  const busy = tasks.reduce((sum, task) => sum + overlap(task), 0) / 1000;
  // Per sample, the innermost app function on the stack (else the leaf): who asked for the work.
  // And every app function on the stack (inclusive time): which of our calls the work is under.
  // And per package on the stack (react-dom, dexie, lexical, app): whose code the script time is in.
  const app = new Map();
  const inclusive = new Map();
  const packages = new Map();
  for (const s of all) {
    if (s.t < from || s.t > to) continue;
    const who = s.stack.find(fromApp) ?? s.stack[0];
    if (who === '(idle)') continue;
    app.set(who, (app.get(who) ?? 0) + s.ms);
    for (const name of new Set(s.stack.filter(fromApp))) inclusive.set(name, (inclusive.get(name) ?? 0) + s.ms);
    for (const pkg of new Set(s.stack.map(packageOf).filter(Boolean))) packages.set(pkg, (packages.get(pkg) ?? 0) + s.ms);
  }
  return { ms: (to - from) / 1000, busyMs: busy, idleMs: (to - from) / 1000 - busy, phases, app, inclusive, packages };
}

const rounded = (phases) => Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v * 10) / 10]));

/** Main-thread tasks longer than `minMs`, with time per phase and the app frames sampled inside. */
export function longTasks(traceBuffer, profile, locate, minMs = 30) {
  const thread = mainThread(traceBuffer);
  const all = samples(profile, locate);
  const first = thread.tasks[0]?.ts ?? 0;
  return thread.tasks
    .filter((task) => task.dur / 1000 >= minMs)
    .map((task) => {
      const b = breakdown(thread, all, task.ts, task.ts + task.dur);
      return { atMs: Math.round((task.ts - first) / 1000), ms: Math.round(b.ms), phases: rounded(b.phases), sampled: top(b.app, 6) };
    });
}

/**
 * The measured intervals themselves, from the bench's performance marks: start → ready (the
 * frame that shows it) and ready → painted (that frame's rendering), averaged over all the
 * intervals in the trace. `idleMs` is time the main thread waited (IndexedDB, timers, vsync).
 */
export function measuredWindows(traceBuffer, profile, locate) {
  const thread = mainThread(traceBuffer);
  const all = samples(profile, locate);
  const windows = { toReady: [], readyToPainted: [] };
  const spans = [];
  thread.marks.forEach((mark, i) => {
    if (mark.name !== 'bench:start') return;
    const ready = thread.marks.slice(i + 1).find((m) => m.name === 'bench:ready');
    const painted = thread.marks.slice(i + 1).find((m) => m.name === 'bench:painted');
    if (ready) windows.toReady.push(breakdown(thread, all, mark.ts, ready.ts));
    if (ready && painted) {
      windows.readyToPainted.push(breakdown(thread, all, ready.ts, painted.ts));
      spans.push([mark.ts, ready.ts, painted.ts]);
    }
  });
  // One interval task by task (the median-length one): the order things happen in.
  const [from, ready, to] = [...spans].sort((a, b) => a[2] - a[0] - (b[2] - b[0]))[spans.length >> 1] ?? [];
  // A long interval (an import) has hundreds of tasks: keep the 30 longest, in time order.
  const inInterval = from === undefined ? [] : thread.tasks.filter((task) => task.ts + task.dur > from && task.ts < to && task.dur >= 1000);
  const kept = new Set([...inInterval].sort((a, b) => b.dur - a.dur).slice(0, 30));
  const timeline =
    from === undefined
      ? []
      : inInterval
          .filter((task) => kept.has(task))
          .map((task) => {
            const b = breakdown(thread, all, Math.max(from, task.ts), Math.min(to, task.ts + task.dur));
            return {
              atMs: Math.round((task.ts - from) / 100) / 10,
              ms: Math.round(b.ms * 10) / 10,
              afterReady: task.ts >= ready,
              phases: rounded(b.phases),
              packages: top(b.packages, 4),
              app: top(b.inclusive, 4),
            };
          });
  const average = (list) => {
    if (list.length === 0) return null;
    const n = list.length;
    const phases = {};
    const app = new Map();
    const inclusive = new Map();
    const packages = new Map();
    for (const w of list) {
      for (const [k, v] of Object.entries(w.phases)) phases[k] = (phases[k] ?? 0) + v / n;
      for (const [k, v] of w.app) app.set(k, (app.get(k) ?? 0) + v / n);
      for (const [k, v] of w.inclusive) inclusive.set(k, (inclusive.get(k) ?? 0) + v / n);
      for (const [k, v] of w.packages) packages.set(k, (packages.get(k) ?? 0) + v / n);
    }
    const mean = (key) => Math.round((list.reduce((sum, w) => sum + w[key], 0) / n) * 10) / 10;
    return {
      intervals: n,
      ms: mean('ms'),
      busyMs: mean('busyMs'),
      idleMs: mean('idleMs'),
      phases: rounded(phases),
      scriptByPackage: top(packages, 8),
      sampled: top(app, 10),
      appInclusive: top(inclusive, 15),
    };
  };
  return { toReady: average(windows.toReady), readyToPainted: average(windows.readyToPainted), timelineOfMedianInterval: timeline, omittedTasks: inInterval.length - timeline.length };
}
