import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { totalWallSeconds } from './pipeline-result.ts';

/**
 * The whole-run time of the latest earlier result at `articles` in `resultsDir` whose first run
 * succeeded on a machine with as many cores, or null: the baseline the growth target compares with.
 */
export function earlierWall(resultsDir: string, articles: number, cores: number): number | null {
  if (!existsSync(resultsDir)) return null;
  // File names end in an ISO time, so the newest sorts last.
  const files = readdirSync(resultsDir)
    .filter((f) => f.startsWith(`${articles}-`) && f.endsWith('.json'))
    .sort()
    .reverse();
  for (const f of files) {
    const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8'));
    if (r.machine?.cpus === cores && r.runs?.first && !r.runs.first.failed)
      return totalWallSeconds(r.runs.first.stages);
  }
  return null;
}
