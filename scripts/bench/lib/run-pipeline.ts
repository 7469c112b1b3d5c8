import { join } from 'node:path';
import { BENCH_COMMANDS } from './bench-commands.ts';
import type { StageRunner } from './create-stage-runner.ts';
import { indexStageRow } from './index-stage-row.ts';
import { markFailed } from './mark-failed.ts';
import type { PipelineResult } from './pipeline-result.ts';
import type { SearchPlan } from './plan-search.ts';
import { scanFiles, totalBytes, writtenFiles } from './scan-files.ts';
import { splitThroughput } from './split-throughput.ts';
import { stageFigures } from './stage-figures.ts';
import { summarizeBuildLog } from './summarize-build-log.ts';

const MB = 1e6;

/**
 * Split, build and index in the project copy `dir`, each stage measured on its own; stops at the
 * first stage that fails. `searchOffEnv` (NAME, VALUE) turns the build's own indexing off when
 * `search` names a standalone indexer.
 */
export async function runPipeline(
  label: string,
  dir: string,
  search: SearchPlan,
  searchOffEnv: readonly [string, string],
  stage: StageRunner,
): Promise<PipelineResult> {
  const result: PipelineResult = { label, stages: [], failed: false };
  const articlesDir = join(dir, 'content', 'articles');
  const dist = join(dir, 'dist');

  const beforeArticles = scanFiles(articlesDir);
  const bulletins = scanFiles(join(dir, 'content', 'bulletins'));
  const split = await stage(dir, `${label}-split`, BENCH_COMMANDS.split);
  result.splitSpeed = splitThroughput(
    split.lines,
    new Map([...bulletins].map(([name, f]) => [name.slice(0, 10), f.bytes])),
  );
  const afterArticles = scanFiles(articlesDir);
  const written = writtenFiles(beforeArticles, afterArticles, /\.md$/);
  const removed = [...beforeArticles.keys()].filter((p) => !afterArticles.has(p));
  const touched = [...new Set([...written, ...removed].map((p) => p.split('/')[0]!))].sort();
  result.stages.push({
    ...stageFigures('split', split),
    pages: written.length,
    unit: 'md',
    outputMB: totalBytes(afterArticles) / MB,
    editionsTouched: touched,
    note: `${touched.length} edition folder(s) written${removed.length ? `, ${removed.length} files removed` : ''}; ${afterArticles.size} files in content/articles`,
  });
  if (markFailed(result, split, `${label}-split`)) return result;

  const off = search.indexer ? { [searchOffEnv[0]]: searchOffEnv[1] } : {};
  const beforeDist = scanFiles(dist);
  const build = await stage(dir, `${label}-build`, BENCH_COMMANDS.astroBuild, off);
  const afterDist = scanFiles(dist);
  // The switch may not reach the integration; then the build indexed after all, and that is timed.
  const hasIndex = [...afterDist.keys()].some((p) => p.startsWith('pagefind/'));
  const combined = search.indexer === null || hasIndex;
  const html = writtenFiles(beforeDist, afterDist, /\.html$/).length;
  const log = summarizeBuildLog(build.lines, build.time.wallSeconds);
  result.stages.push({
    ...stageFigures(combined ? 'astro build + search index' : 'astro build', build),
    pages: html,
    unit: 'html',
    outputMB: totalBytes(afterDist, (p) => combined || !p.startsWith('pagefind/')) / MB,
    log,
    note: combined
      ? `${log.indexedPages ?? '?'} pages indexed by the integration${search.indexer ? `; ${searchOffEnv.join('=')} did not turn it off, so the indexer was not run` : ''}`
      : undefined,
  });
  if (markFailed(result, build, `${label}-build`) || combined) return result;

  const index = await stage(dir, `${label}-search`, search.indexer!);
  result.stages.push(indexStageRow('search index', index, dist));
  markFailed(result, index, `${label}-search`);
  return result;
}
