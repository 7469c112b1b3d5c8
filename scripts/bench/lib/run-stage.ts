import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseTimeReport, type TimeReport } from './parse-time-report.ts';
import { treeRssBytes } from './sample-tree-rss.ts';

/** One line a stage printed, with the seconds since the stage started. */
export interface TimedLine {
  t: number;
  line: string;
}

/** What running one stage measured. */
export interface StageRun {
  command: string[];
  time: TimeReport;
  /** Peak of the summed resident memory of the whole process tree, sampled every 100 ms. */
  treeRssBytes: number;
  /** Why the benchmark stopped the stage early, or null. */
  stopped: 'memory' | 'timeout' | null;
  /** 1-minute load average before the stage: other work on the machine skews the figures. */
  loadBefore: number;
  lines: TimedLine[];
}

/** Limits for a stage; it is killed (its whole process group) when it passes one. */
export interface StageLimits {
  memoryBytes: number;
  timeoutSeconds: number;
}

/**
 * Run a command under GNU `time -v` in its own process group, sampling the tree's memory, and
 * copy its output with timestamps to `logFile`. Resolves when it ends, whatever its exit status.
 */
export function runStage(
  command: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; limits: StageLimits },
): Promise<StageRun> {
  const timeFile = `${options.logFile}.time`;
  const log = createWriteStream(options.logFile);
  const lines: TimedLine[] = [];
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, ...command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  let stopped: StageRun['stopped'] = null;
  let peak = 0;
  const stop = (why: 'memory' | 'timeout') => {
    stopped ??= why;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(pid));
    if (peak > options.limits.memoryBytes) stop('memory');
  }, 100);
  const timer = setTimeout(() => stop('timeout'), options.limits.timeoutSeconds * 1000);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        lines.push({ t, line });
        log.write(`${t.toFixed(3).padStart(9)}  ${line}\n`);
      }
    });
    stream.on('end', () => {
      if (rest !== '') lines.push({ t: (performance.now() - started) / 1000, line: rest });
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(sampler);
      clearTimeout(timer);
      log.end();
      try {
        const time = parseTimeReport(readFileSync(timeFile, 'utf8'));
        resolve({ command, time, treeRssBytes: peak, stopped, loadBefore, lines });
      } catch (error) {
        reject(error);
      }
    });
  });
}
