/**
 * How much CPU other processes used while the bench measured (in cores). On a 2-core machine a
 * test run or a build next to the bench can double its figures, so every part records this and
 * the report warns when it was high. Read from /proc: total busy time minus the bench's own tree.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function totalBusyTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return user + nice + system + irq + softirq + steal;
}

/** CPU ticks (user + system, children's included) of this process and each descendant alive now. */
function ownTicksByPid() {
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // ended meanwhile
    }
  }
  const out = new Map();
  const walk = (pid) => {
    if (stats.has(pid)) out.set(pid, stats.get(pid).ticks);
    for (const [child, s] of stats) if (s.ppid === pid) walk(child);
  };
  walk(process.pid);
  return out;
}

export function watchContention() {
  const startedAt = Date.now();
  const total0 = totalBusyTicks();
  const first = ownTicksByPid();
  const last = new Map(first);
  // Sampled as it goes: a browser closed before stop() would otherwise take its ticks with it.
  const sample = () => {
    for (const [pid, ticks] of ownTicksByPid()) last.set(pid, ticks);
  };
  const timer = setInterval(sample, 500);
  timer.unref();
  return {
    /** Mean number of cores other processes kept busy since the watch began. */
    stop() {
      clearInterval(timer);
      sample();
      let own = 0;
      for (const [pid, ticks] of last) own += ticks - (first.get(pid) ?? 0);
      const seconds = (Date.now() - startedAt) / 1000;
      const others = totalBusyTicks() - total0 - own;
      return Math.max(0, Math.round((others / TICKS_PER_SECOND / seconds) * 100) / 100);
    },
  };
}
