/** What the figures were measured on: machine, browser, Node, and exactly which source. */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A digest of every file under src/: the figures belong to exactly this source, which may be
 * ahead of the commit (the bench is run on work in progress too).
 */
function sourceDigest() {
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../src', import.meta.url));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 12);
}

export function environment() {
  const git = (cmd) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    commit: git('git rev-parse --short HEAD'),
    uncommittedChanges: !!git('git status --porcelain -- src'),
    srcDigest: sourceDigest(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    memory: /MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] + ' kB',
  };
}
