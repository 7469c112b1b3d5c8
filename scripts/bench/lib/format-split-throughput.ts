import type { SplitThroughput } from './split-throughput.ts';

const MB = 1e6;

/**
 * The split's throughput line: bulletin bytes over the split stage's wall time, and the steady
 * speed after start-up when the split's log gave one.
 */
export function formatSplitThroughput(
  bytes: number,
  wallSeconds: number,
  steady: SplitThroughput | undefined,
): string {
  return (
    `split throughput: ${(bytes / MB).toFixed(1)} MB of bulletins in ${wallSeconds.toFixed(2)} s ` +
    `= ${(bytes / MB / wallSeconds).toFixed(1)} MB/s` +
    (steady?.steadyMBps
      ? ` (after ${steady.startupSeconds.toFixed(2)} s of start-up: ${steady.steadyMBps.toFixed(1)} MB/s)`
      : '')
  );
}
