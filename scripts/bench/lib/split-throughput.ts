import type { TimedLine } from './run-stage.ts';

/** Split speed from the split stage's log, apart from the time it takes to start. */
export interface SplitThroughput {
  /** Seconds until the first bulletin was reported split (loading modules and the vocabulary). */
  startupSeconds: number;
  /** Bulletins reported split (skipped ones left out). */
  bulletins: number;
  /** MB/s between the first and the last bulletin reported, or null with fewer than two. */
  steadyMBps: number | null;
}

const SPLIT_LINE = /split-all: (\d{4}-\d{2}-\d{2})/;

/**
 * Read split speed off the per-bulletin lines `split-all` prints (`split-all: 2025-06-18.txt → …`):
 * the bytes of every bulletin after the first, over the time between the first line and the last.
 * `sizes` maps an edition date to its bulletin's bytes.
 */
export function splitThroughput(
  lines: readonly TimedLine[],
  sizes: ReadonlyMap<string, number>,
): SplitThroughput {
  const done = lines.flatMap(({ t, line }) => {
    const m = SPLIT_LINE.exec(line);
    return m && !/skipped|unchanged/.test(line) ? [{ t, date: m[1]! }] : [];
  });
  if (done.length === 0) return { startupSeconds: 0, bulletins: 0, steadyMBps: null };
  const first = done[0]!;
  const last = done.at(-1)!;
  const bytes = done.slice(1).reduce((sum, d) => sum + (sizes.get(d.date) ?? 0), 0);
  return {
    startupSeconds: first.t,
    bulletins: done.length,
    steadyMBps: done.length > 1 && last.t > first.t ? bytes / 1e6 / (last.t - first.t) : null,
  };
}
