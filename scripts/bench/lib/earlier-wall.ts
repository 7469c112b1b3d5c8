import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { totalWallSeconds } from './pipeline-result.ts';

/** What makes two benchmark machines comparable. */
export interface MachineKind {
  cpus: number;
  cpuModel: string;
}

/**
 * The whole-run time of the latest earlier result at `articles` in `resultsDir` whose first run
 * succeeded on a machine of the same kind (as many cores, the same processor), or null: the
 * baseline the growth target compares with. The processor counts: the same commit took 23 s at
 * 5,000 articles on one 2-core machine and 36 s on another.
 */
export function earlierWall(
  resultsDir: string,
  articles: number,
  machine: MachineKind,
): number | null {
  if (!existsSync(resultsDir)) return null;
  // File names end in an ISO time, so the newest sorts last.
  const files = readdirSync(resultsDir)
    .filter((f) => f.startsWith(`${articles}-`) && f.endsWith('.json'))
    .sort()
    .reverse();
  for (const f of files) {
    const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8'));
    const same = r.machine?.cpus === machine.cpus && r.machine?.cpuModel === machine.cpuModel;
    if (same && r.runs?.first && !r.runs.first.failed) return totalWallSeconds(r.runs.first.stages);
  }
  return null;
}
