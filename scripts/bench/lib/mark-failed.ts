import type { PipelineResult } from './pipeline-result.ts';
import type { StageRun } from './run-stage.ts';

/**
 * Mark the pipeline failed when the stage did not succeed: note why on its last row and print the
 * end of the stage's log. Returns true when it failed (the pipeline stops there).
 */
export function markFailed(result: PipelineResult, run: StageRun, name: string): boolean {
  if (run.time.exitStatus === 0 && run.stopped === null && run.time.signal === null) return false;
  result.failed = true;
  const why = run.stopped
    ? `stopped by the benchmark (${run.stopped})`
    : run.time.signal !== null
      ? `killed by signal ${run.time.signal}`
      : `exit status ${run.time.exitStatus}`;
  const last = result.stages.at(-1);
  if (last) last.note = [last.note, `FAILED: ${why}`].filter(Boolean).join('; ');
  console.log(`! ${name} failed: ${why}; last lines of its log:`);
  for (const { line } of run.lines.slice(-15)) console.log(`!   ${line}`);
  return true;
}
