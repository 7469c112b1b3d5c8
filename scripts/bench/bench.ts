/**
 * CLI (npm run bench): time the whole regeneration (split, astro build, search index) on a generated
 * corpus in a temporary copy of the project, again after one new bulletin, and optionally the naive
 * pipeline; print tables and write bench/results/<articles>-<time>.json. See BENCH_USAGE.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { checkTargets } from './lib/check-targets.ts';
import { comparePipelines } from './lib/compare-pipelines.ts';
import { copyNaiveProject } from './lib/copy-naive-project.ts';
import { copyProject } from './lib/copy-project.ts';
import { createStageRunner } from './lib/create-stage-runner.ts';
import { describeMachine } from './lib/describe-machine.ts';
import { earlierWall } from './lib/earlier-wall.ts';
import { formatBenchHeader } from './lib/format-bench-header.ts';
import { formatPhases } from './lib/format-phases.ts';
import { formatPipeline } from './lib/format-pipeline.ts';
import { formatRatios } from './lib/format-ratios.ts';
import { formatSplitThroughput } from './lib/format-split-throughput.ts';
import { measureSplitter } from './lib/measure-splitter.ts';
import { formatTargets } from './lib/format-targets.ts';
import { NEWEST_EDITION } from './lib/generate-corpus.ts';
import { generateEdition } from './lib/generate-edition.ts';
import { gitState } from './lib/git-state.ts';
import { loadTextPool } from './lib/load-text-pool.ts';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './lib/parse-bench-args.ts';
import { totalWallSeconds, type PipelineResult } from './lib/pipeline-result.ts';
import { planSearch } from './lib/plan-search.ts';
import { runNaive } from './lib/run-naive.ts';
import { runPipeline } from './lib/run-pipeline.ts';
import { addDays } from './lib/shift-dates.ts';
import { writeBenchResults } from './lib/write-bench-results.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const MB = 1e6;

let work: string | null = null;
let keep = false;
try {
  const args = parseBenchArgs(process.argv.slice(2), Math.round((totalmem() / MB) * 0.5));
  keep = args.keep;
  if (args.help) console.log(BENCH_USAGE);
  else await bench(args);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  if (work !== null && !keep) rmSync(work, { recursive: true, force: true });
  else if (work !== null) console.log(`kept ${work}`);
}

async function bench(args: BenchArgs): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('needs GNU time at /usr/bin/time');
  // Taken before the copy: others commit while a long run goes on.
  const git = gitState(ROOT);
  work = mkdtempSync(join(tmpdir(), `news-digest-bench-${args.articles}-`));
  const logs = join(work, 'logs');
  mkdirSync(logs);
  const ours = join(work, 'ours');
  copyProject(ROOT, ours);

  const pool = loadTextPool();
  const generated = performance.now();
  const bulletins = join(ours, 'content', 'bulletins');
  const corpus = writeCorpus(pool, args.seed, { articles: args.articles }, bulletins, {
    manifest: false,
  });
  const generateSeconds = (performance.now() - generated) / 1000;
  const machine = describeMachine();
  const search = planSearch(args);
  console.log(formatBenchHeader(corpus, args.seed, machine));
  console.log(`search index: ${search.describe}`);
  console.log(`working in ${work}\n`);

  const stage = createStageRunner(logs, {
    memoryBytes: args.memLimitMB * MB,
    timeoutSeconds: args.timeoutSeconds,
  });
  const first = await runPipeline('first', ours, search, args.searchOffEnv, stage);
  console.log(
    formatPipeline('first run: every bulletin split, empty dist, cold Astro caches', first),
  );

  // Copied now, before the new bulletin: the naive pipeline builds from the first run's articles.
  const naiveDir = args.naive && !first.failed ? join(work, 'naive') : null;
  if (naiveDir !== null) copyNaiveProject(ROOT, ours, naiveDir);

  const newDate = addDays(NEWEST_EDITION, 1);
  const added = generateEdition(pool, newDate, args.seed);
  writeFileSync(join(bulletins, `${newDate}.txt`), added.text);
  let second: PipelineResult | null = null;
  if (!first.failed) {
    second = await runPipeline('second', ours, search, args.searchOffEnv, stage);
    const title = `second run: one new bulletin (${newDate}, ${added.articles.length} articles), caches and dist kept`;
    console.log(formatPipeline(title, second));
  }

  let naive: PipelineResult | null = null;
  if (naiveDir !== null) {
    naive = await runNaive(naiveDir, args.searchOffEnv, stage);
    const title =
      'naive pipeline: astro build without the search integration, then the Pagefind CLI';
    console.log(formatPipeline(title, naive));
  }

  const split = first.stages[0]!;
  const splitMBps = corpus.bytes / MB / split.wallSeconds;
  const splitter = measureSplitter(bulletins, join(ours, 'content', 'tags.yaml'));
  console.log(formatSplitThroughput(corpus.bytes, split.wallSeconds, first.splitSpeed, splitter));
  const ratios = naive && !naive.failed ? comparePipelines(naive, first) : null;
  if (ratios) console.log(formatRatios(ratios));
  for (const p of [first, second, naive])
    if (p) for (const line of formatPhases(p)) console.log(line);

  const targets = checkTargets({
    articles: args.articles,
    firstWallSeconds: totalWallSeconds(first.stages),
    firstPeakMB: Math.max(...first.stages.map((s) => Math.max(s.peakRssMB, s.treeRssMB))),
    secondWallSeconds: second && !second.failed ? totalWallSeconds(second.stages) : null,
    secondSplitEditions: second?.stages[0]?.editionsTouched ?? null,
    newEdition: newDate,
    splitMBps,
    wallAt5000: args.articles === 20000 ? earlierWall(RESULTS_DIR, 5000, machine) : null,
  });
  console.log(formatTargets(targets));

  const results = {
    schema: 1,
    createdAt: new Date().toISOString(),
    articles: args.articles,
    seed: args.seed,
    machine,
    git,
    corpus: { ...corpus, generateSeconds },
    newBulletin: {
      date: newDate,
      articles: added.articles.length,
      bytes: Buffer.byteLength(added.text),
    },
    search: search.describe,
    runs: { first, second, naive },
    splitThroughputMBps: splitMBps,
    splitter,
    ratios,
    targets,
  };
  const out = writeBenchResults(RESULTS_DIR, results);
  console.log(`\nresults: ${relative(process.cwd(), out)}`);
  if (first.failed || second?.failed || naive?.failed) process.exitCode = 1;
}
