import { dirname, join } from 'node:path';
import { runStage, type StageLimits, type StageRun } from './run-stage.ts';

/** Runs one stage in a project copy: `command` under this Node, its log in `<logs>/<name>.log`. */
export type StageRunner = (
  dir: string,
  name: string,
  command: readonly string[],
  extraEnv?: NodeJS.ProcessEnv,
) => Promise<StageRun>;

/** A stage runner with the benchmark's environment and limits, logging into `logs`. */
export function createStageRunner(logs: string, limits: StageLimits): StageRunner {
  // This Node first on PATH, so the stages' own child processes use it too; no telemetry.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return (dir, name, command, extraEnv = {}) =>
    runStage([process.execPath, ...command], {
      cwd: dir,
      env: { ...env, ...extraEnv },
      logFile: join(logs, `${name}.log`),
      limits,
    });
}
