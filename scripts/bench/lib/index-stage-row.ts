import { countArticlePages } from './count-article-pages.ts';
import type { StageResult } from './pipeline-result.ts';
import type { StageRun } from './run-stage.ts';
import { scanFiles, totalBytes } from './scan-files.ts';
import { stageFigures } from './stage-figures.ts';
import { summarizeBuildLog } from './summarize-build-log.ts';

/** The table row of a search-index stage (ours or the Pagefind CLI) that wrote `<dist>/pagefind/`. */
export function indexStageRow(name: string, run: StageRun, dist: string): StageResult {
  const files = scanFiles(dist);
  const log = summarizeBuildLog(run.lines, run.time.wallSeconds);
  return {
    ...stageFigures(name, run),
    pages: log.indexedPages ?? countArticlePages(files),
    unit: 'indexed',
    outputMB: totalBytes(files, (p) => p.startsWith('pagefind/')) / 1e6,
    log,
  };
}
