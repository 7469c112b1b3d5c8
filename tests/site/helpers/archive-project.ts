import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyProject } from '../../../scripts/bench/lib/copy-project.ts';
import { loadTextPool } from '../../../scripts/bench/lib/load-text-pool.ts';
import { writeCorpus, type CorpusSummary } from '../../../scripts/bench/lib/write-corpus.ts';

/**
 * A year of daily editions (~2,200 articles). Fewer would prove the front page's edition list is
 * cut, but at ~220 bytes per listed edition the old, uncut front page only passes its 80 KB budget
 * after ~300 editions: at a year the budget test itself fails on it.
 */
export const ARCHIVE_EDITIONS = 365;

// Any fixed seed: the same corpus on every run, so a size that passes once keeps passing.
const SEED = 1;

/**
 * Make `dir` a copy of the project whose content is an archive: a generated corpus of `editions`
 * daily bulletins (the benchmark's generator), split into articles by the copy's own split-all,
 * as `npm run build` would before `astro build`.
 */
export function prepareArchiveProject(root: string, dir: string, editions: number): CorpusSummary {
  copyProject(root, dir);
  const corpus = writeCorpus(
    loadTextPool(),
    SEED,
    { editions },
    join(dir, 'content', 'bulletins'),
    {
      manifest: false,
    },
  );
  const run = spawnSync(process.execPath, [join(dir, 'scripts', 'split-all.ts')], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
  if (run.status !== 0)
    throw new Error(
      `split-all exited ${run.status ?? run.signal}: ${(run.stderr || run.stdout).slice(-2000)}`,
    );
  return corpus;
}
