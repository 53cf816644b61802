/**
 * The crash tests' browser: Debian's Chromium on a persistent profile (a temp folder), launched by
 * Playwright, and killed for real — SIGKILL to the browser process itself, found by the profile
 * folder on its command line — then launched again on the same folder. Also a seeded PRNG, so a
 * failing kill point can be replayed (the seed is printed with every tally).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config';

/** mulberry32: small, seeded, good enough to spread kill points. */
export function prng(seed: number): { next(): number; int(min: number, max: number): number } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** The seed: ISNAD_CRASH_SEED replays a run; otherwise a fixed one, so CI is repeatable. */
export const SEED = Number(process.env['ISNAD_CRASH_SEED'] ?? 14);

/** What the screen has shown so far, streamed out of the page as it appears (see CONFIRM_SCRIPT). */
export interface Confirmed {
  /** Annotation rows listed in the panel (the panel reads the database: listed = stored). */
  annotations: Set<string>;
  /** Articles listed in the library (read from the database as well). */
  articles: Set<string>;
  /** Status lines that say a long action is done (imports, entity page, export), with when they arrived. */
  notices: { text: string; at: number }[];
  /**
   * Tag ranges painted in the reader as stored at the last frame reported. The reader paints a tag
   * in the next frame and writes it just after (docs/architecture.md); until the stored list has it,
   * it carries the dashed 'unsaved' mark, which does not confirm anything. These do: each must be stored.
   */
  painted: number;
  /** Tag ranges painted with the 'unsaved' mark at the last frame reported (may be lost; counted). */
  unsaved: number;
}

/**
 * Runs in every page before the app: whenever the DOM changes, anything newly on screen that
 * confirms a change is logged to the console, which Playwright hands to the test as it arrives.
 * A fact the test received before the kill was on screen before the kill.
 */
const CONFIRM_SCRIPT = () => {
  const seen = new Set<string>();
  const say = (fact: string) => {
    if (seen.has(fact)) return;
    seen.add(fact);
    console.debug(`isnad-crash ${fact}`);
  };
  const look = () => {
    for (const el of document.querySelectorAll('[data-annotation-id]')) say(`annotation ${el.getAttribute('data-annotation-id')}`);
    for (const el of document.querySelectorAll('.article-item[data-article-id]')) say(`article ${el.getAttribute('data-article-id')}`);
    const done = document.querySelector('[data-testid="import-data-status"][data-phase="done"]');
    if (done) say(`notice import-data-done`);
    const said = document.querySelector('[data-testid="entities-said"]')?.textContent;
    if (said) say(`notice entities-said ${said}`);
    if (document.querySelector('[data-testid="import-report"]')) say('notice import-done');
    const exported = document.querySelector('.export-message[data-kind="done"]');
    if (exported) say(`notice export-done`);
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  let painted = -1;
  let unsaved = -1;
  const frame = () => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('isnad-tag-')) n += highlight.size;
    const marked = CSS.highlights.get('isnad-unsaved')?.size ?? 0;
    if (n - marked !== painted || marked !== unsaved) console.debug(`isnad-crash painted ${(painted = n - marked)} ${(unsaved = marked)}`);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

export class CrashBrowser {
  readonly profile = mkdtempSync(join(tmpdir(), 'isnad-crash-profile-'));
  context: BrowserContext | null = null;
  page: Page | null = null;
  /** Problems the page reported (page errors, console errors): a crash test fails on any. */
  problems: string[] = [];
  /** When the last SIGKILL was sent (Date.now()). */
  killedAt = 0;
  confirmed: Confirmed = { annotations: new Set(), articles: new Set(), notices: [], painted: 0, unsaved: 0 };

  constructor(private readonly baseURL: string) {}

  /** Launches Chromium on the profile and opens the app; waits until the library is listed. */
  async launch(): Promise<Page> {
    this.confirmed = { annotations: new Set(), articles: new Set(), notices: [], painted: 0, unsaved: 0 };
    const context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      baseURL: this.baseURL,
      viewport: { width: 1280, height: 820 },
      acceptDownloads: true,
    });
    this.context = context;
    await context.addInitScript(CONFIRM_SCRIPT);
    const page = context.pages()[0] ?? (await context.newPage());
    this.page = page;
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('isnad-crash ')) {
        const [kind, ...rest] = text.slice('isnad-crash '.length).split(' ');
        const value = rest.join(' ');
        if (kind === 'annotation') this.confirmed.annotations.add(value);
        else if (kind === 'article') this.confirmed.articles.add(value);
        else if (kind === 'painted') [this.confirmed.painted, this.confirmed.unsaved] = rest.map(Number) as [number, number];
        else this.confirmed.notices.push({ text: value, at: Date.now() });
      } else if (message.type() === 'error') this.problems.push(`console: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on('filechooser', () => undefined); // see tests/e2e/support.ts, openApp
    await page.goto('/');
    await expect(page.locator('.article-item').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.article-item[aria-selected="true"]')).toHaveCount(1);
    return page;
  }

  /** The PIDs of every Chromium process of this profile; the browser process is the one without `--type=`. */
  private processes(): { pid: number; browser: boolean }[] {
    const found: { pid: number; browser: boolean }[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let args: string[];
      try {
        args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      } catch {
        continue; // gone meanwhile
      }
      if (!args.some((a) => a === `--user-data-dir=${this.profile}`)) continue;
      found.push({ pid: Number(entry), browser: !args.some((a) => a.startsWith('--type=')) });
    }
    return found;
  }

  /** SIGKILL to the browser process (no shutdown, no flush), then waits until every process of the profile is gone. */
  async kill(): Promise<void> {
    const browsers = this.processes().filter((p) => p.browser);
    expect(browsers, 'exactly one browser process runs on the profile').toHaveLength(1);
    const closed = new Promise<void>((resolve) => this.context!.once('close', () => resolve()));
    this.killedAt = Date.now();
    process.kill(browsers[0]!.pid, 'SIGKILL');
    await closed;
    // The children (renderer, storage, network) die with their parent's pipes; never launch beside them.
    await expect.poll(() => this.processes().length, { timeout: 15_000, intervals: [50, 100, 200] }).toBe(0);
    this.context = null;
    this.page = null;
  }

  async close(): Promise<void> {
    if (this.context) await this.context.close().catch(() => undefined);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** The web twin's address, as the config's `use.baseURL` gives it. */
export function baseURL(): string {
  return test.info().project.use.baseURL!;
}

/** Resolves after `ms`; the kill points' delays. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * When to kill: a fraction (0 to 1.2, from the seeded PRNG) of how long the action took when last
 * seen to finish, so kill points spread over the action on a fast machine and a slow one alike.
 */
export class KillClock {
  constructor(private estimate: number) {}

  delay(r: ReturnType<typeof prng>): number {
    return Math.round(r.next() * 1.2 * this.estimate);
  }

  /** After a kill point: `finished` is when the action was seen done (ms after its start), or null. */
  learn(delay: number, finished: number | null): void {
    this.estimate = finished !== null ? Math.max(100, finished) : Math.max(this.estimate, delay);
  }
}

/** One scenario's tally, printed and attached to the test's report. */
export function tally(scenario: string, tried: number, lost: number, details: string[]): void {
  const line = `crash ${scenario}: ${tried} kill points tried, ${lost} lost anything (seed ${SEED})`;
  console.log(line);
  for (const d of details) console.log(`  ${d}`);
  test.info().annotations.push({ type: 'crash', description: line });
}
