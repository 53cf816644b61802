/**
 * The fuzz tests' common frame (issue 14, "Nothing let in"): one fixed seed and a fixed number of
 * cases per target, so `npm test` runs the same cases every time; `ISNAD_FUZZ_SEED` and
 * `ISNAD_FUZZ_RUNS` run other or more cases (a failure prints the seed and the fast-check path
 * that replay it). Every case must end in a clean refusal with a message (the importer's typed
 * error) or an accepted result that the test then checks; anything else thrown is a crash and
 * fails the test. Each case is bounded in time (`CASE_TIMEOUT_MS`): a hang fails it too.
 */
import fc from 'fast-check';

export const FUZZ_SEED = process.env.ISNAD_FUZZ_SEED ? Number(process.env.ISNAD_FUZZ_SEED) : 1414;

/** The cases a target runs: its default, or ISNAD_FUZZ_RUNS for every target. */
export function fuzzRuns(defaultRuns: number): number {
  const asked = Number(process.env.ISNAD_FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : defaultRuns;
}

/**
 * How long one case may take before it counts as a hang. Not a performance budget: the slowest
 * case measured here takes well under a tenth of this; it is there so a loop that never ends
 * fails with its seed instead of stalling the suite.
 */
export const CASE_TIMEOUT_MS = 5_000;

/** The test's own time limit: every case at most CASE_TIMEOUT_MS would be far beyond it; the cases together take seconds. */
export const FUZZ_TEST_TIMEOUT_MS = 240_000;

export type Outcome = { kind: 'accepted'; detail?: string } | { kind: 'refused'; reason: string };

/** Tallies one target's outcomes for the summary printed after its cases. */
export class Tally {
  cases = 0;
  accepted = 0;
  readonly refused = new Map<string, number>();
  readonly acceptedDetail = new Map<string, number>();

  constructor(readonly target: string) {}

  add(outcome: Outcome): void {
    this.cases++;
    if (outcome.kind === 'accepted') {
      this.accepted++;
      if (outcome.detail) this.acceptedDetail.set(outcome.detail, (this.acceptedDetail.get(outcome.detail) ?? 0) + 1);
    } else this.refused.set(outcome.reason, (this.refused.get(outcome.reason) ?? 0) + 1);
  }

  get refusedCount(): number {
    return [...this.refused.values()].reduce((a, b) => a + b, 0);
  }

  summary(): string {
    const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
    const lines = [`fuzz ${this.target}: ${this.cases} cases (seed ${FUZZ_SEED}): ${this.accepted} accepted, ${this.refusedCount} refused (any crash or hang fails the test)`];
    for (const [detail, n] of byCount(this.acceptedDetail)) lines.push(`  accepted ${String(n).padStart(5)}  ${detail}`);
    for (const [reason, n] of byCount(this.refused)) lines.push(`  refused  ${String(n).padStart(5)}  ${reason}`);
    return lines.join('\n');
  }
}

/**
 * An importer's refusal message as a reason for the summary: numbers, quoted values and
 * parenthesised details folded away so messages of one kind count together.
 */
export function reasonOf(message: string): string {
  return message
    .replace(/\[\d+\]/g, '[n]')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/“[^”]*”/g, '“…”')
    .replace(/\b(?:sources|internal):?\/+\S+/g, '…')
    .replace(/\b(?:https?:\/\/|urn:)[^\s']+/g, '…')
    .replace(/\((?:[^()]|\([^()]*\))*\)/g, '(…)')
    .replace(/\d+/g, 'n')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
}

/** fc.assert with the seed, the case count and the per-case time bound; the error names the replay. */
export async function assertFuzz<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, runs: number): Promise<void> {
  const property = fc.asyncProperty(arbitrary, check);
  try {
    await fc.assert(property, { seed: FUZZ_SEED, numRuns: runs, timeout: CASE_TIMEOUT_MS, endOnFailure: false });
  } catch (error) {
    // fast-check keeps the failing check's own error as the cause: shown, so the failure says what went wrong.
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    const message = (error instanceof Error ? error.message : String(error)) + cause;
    throw new Error(`fuzz ${name} failed; replay with ISNAD_FUZZ_SEED=${FUZZ_SEED} ISNAD_FUZZ_RUNS=${runs} (fast-check's seed and path are below)\n${message}`);
  }
}

/** Uint8Array from an array of numbers or from text. */
export const bytesOf = (value: readonly number[] | string): Uint8Array => (typeof value === 'string' ? new TextEncoder().encode(value) : Uint8Array.from(value));
