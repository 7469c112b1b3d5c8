import type { TableRow } from './format-bench-table.ts';
import type { SplitThroughput } from './split-throughput.ts';
import type { BuildLogSummary } from './summarize-build-log.ts';

/** One measured stage, as printed and as stored in the results. */
export interface StageResult extends TableRow {
  command: string;
  exitStatus: number | null;
  signal: number | null;
  stopped: string | null;
  userSeconds: number;
  systemSeconds: number;
  loadBefore: number;
  log?: BuildLogSummary;
  /** For the split: edition folders written into or removed from. */
  editionsTouched?: string[];
}

/** One run of a pipeline (ours or the naive one): its stages in order, as printed and stored. */
export interface PipelineResult {
  label: string;
  stages: StageResult[];
  failed: boolean;
  /** Split speed read from the split's log. */
  splitSpeed?: SplitThroughput;
}

/** Wall-clock seconds of the stages added up: the stages run one after another. */
export function totalWallSeconds(stages: readonly StageResult[]): number {
  return stages.reduce((s, r) => s + r.wallSeconds, 0);
}
