import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_COMMANDS } from './bench-commands.ts';
import type { StageRunner } from './create-stage-runner.ts';
import { indexStageRow } from './index-stage-row.ts';
import { markFailed } from './mark-failed.ts';
import type { PipelineResult } from './pipeline-result.ts';
import { scanFiles, totalBytes } from './scan-files.ts';
import { stageFigures } from './stage-figures.ts';
import { summarizeBuildLog } from './summarize-build-log.ts';

const MB = 1e6;
const SEARCH_INTEGRATION = 'news-digest:pagefind';

/**
 * The naive pipeline in the project copy `dir`: plain `astro build` without the search integration,
 * then `pagefind --site dist`. `searchOffEnv` (NAME, VALUE) is set for the build as well.
 */
export async function runNaive(
  dir: string,
  searchOffEnv: readonly [string, string],
  stage: StageRunner,
): Promise<PipelineResult> {
  const result: PipelineResult = { label: 'naive', stages: [], failed: false };
  // A config that is the project's own minus the search integration, whatever the env switch does.
  writeFileSync(
    join(dir, 'astro.naive.config.mjs'),
    `import config from './astro.config.mjs';\n` +
      `export default { ...config, integrations: (config.integrations ?? []).flat(Infinity)` +
      `.filter((i) => i?.name !== '${SEARCH_INTEGRATION}') };\n`,
  );
  const build = await stage(
    dir,
    'naive-build',
    [...BENCH_COMMANDS.astroBuild, '--config', 'astro.naive.config.mjs'],
    { [searchOffEnv[0]]: searchOffEnv[1] },
  );
  const afterDist = scanFiles(join(dir, 'dist'));
  result.stages.push({
    ...stageFigures('astro build (plain)', build),
    pages: [...afterDist.keys()].filter((p) => p.endsWith('.html')).length,
    unit: 'html',
    outputMB: totalBytes(afterDist) / MB,
    log: summarizeBuildLog(build.lines, build.time.wallSeconds),
  });
  if (markFailed(result, build, 'naive-build')) return result;
  const index = await stage(dir, 'naive-pagefind', BENCH_COMMANDS.pagefindCli);
  const row = indexStageRow('pagefind CLI', index, join(dir, 'dist'));
  result.stages.push({
    ...row,
    note:
      row.log!.indexedWords === null
        ? undefined
        : `${row.log!.indexedWords} distinct words indexed`,
  });
  markFailed(result, index, 'naive-pagefind');
  return result;
}
