import type { SplitterSpeed } from './measure-splitter.ts';
import type { SplitThroughput } from './split-throughput.ts';

const MB = 1e6;

/**
 * The split's throughput line: bulletin bytes over the split stage's wall time, the steady speed
 * after start-up when the split's log gave one, and (given) the splitter's own speed on one core.
 */
export function formatSplitThroughput(
  bytes: number,
  wallSeconds: number,
  steady: SplitThroughput | undefined,
  splitter?: SplitterSpeed,
): string {
  return (
    `split throughput: ${(bytes / MB).toFixed(1)} MB of bulletins in ${wallSeconds.toFixed(2)} s ` +
    `= ${(bytes / MB / wallSeconds).toFixed(1)} MB/s` +
    (steady?.steadyMBps
      ? ` (after ${steady.startupSeconds.toFixed(2)} s of start-up: ${steady.steadyMBps.toFixed(1)} MB/s)`
      : '') +
    (splitter
      ? `; splitBulletin alone, one core: ${splitter.MBps.toFixed(1)} MB/s (best of 3 rounds)`
      : '')
  );
}
