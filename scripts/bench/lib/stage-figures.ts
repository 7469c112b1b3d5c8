import type { StageResult } from './pipeline-result.ts';
import type { StageRun } from './run-stage.ts';

const MB = 1e6;

/** The figures every stage row has, from what running the stage measured. */
export function stageFigures(
  name: string,
  run: StageRun,
): Omit<StageResult, 'pages' | 'unit' | 'outputMB'> {
  return {
    stage: name,
    // `node`, not this machine's path to it: the results are compared across machines.
    command: run.command.join(' ').replace(process.execPath, 'node'),
    wallSeconds: run.time.wallSeconds,
    userSeconds: run.time.userSeconds,
    systemSeconds: run.time.systemSeconds,
    peakRssMB: (run.time.maxRssKB * 1024) / MB,
    treeRssMB: run.treeRssBytes / MB,
    exitStatus: run.time.exitStatus,
    signal: run.time.signal,
    stopped: run.stopped,
    loadBefore: run.loadBefore,
  };
}
