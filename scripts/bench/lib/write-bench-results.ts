import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Write a benchmark's results as `<articles>-<createdAt>.json` into `dir` (the time without
 * colons, which some file systems refuse, and to the second); returns the file's path.
 */
export function writeBenchResults(
  dir: string,
  results: { articles: number; createdAt: string },
): string {
  mkdirSync(dir, { recursive: true });
  const stamp = results.createdAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const out = join(dir, `${results.articles}-${stamp}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  return out;
}
