/**
 * CLI (npm run bench): time the whole regeneration (split, astro build, search index) on a generated
 * corpus in a temporary copy of the project, again after one new bulletin, and optionally the naive
 * pipeline; print tables and write bench/results/<articles>-<time>.json. See BENCH_USAGE.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { checkTargets, type TargetCheck } from './lib/check-targets.ts';
import { copyProject } from './lib/copy-project.ts';
import { formatBenchTable, type TableRow } from './lib/format-bench-table.ts';
import { generateEdition } from './lib/generate-edition.ts';
import { NEWEST_EDITION } from './lib/generate-corpus.ts';
import { loadTextPool } from './lib/load-text-pool.ts';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './lib/parse-bench-args.ts';
import { runStage, type StageRun } from './lib/run-stage.ts';
import { scanFiles, totalBytes, writtenFiles, type FileScan } from './lib/scan-files.ts';
import { addDays } from './lib/shift-dates.ts';
import { splitThroughput, type SplitThroughput } from './lib/split-throughput.ts';
import { summarizeBuildLog, type BuildLogSummary } from './lib/summarize-build-log.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const MB = 1e6;
const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];
const PAGEFIND_CLI = ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'];
const SEARCH_INTEGRATION = 'news-digest:pagefind';

/** One measured stage, as printed and as stored in the results. */
interface StageResult extends TableRow {
  command: string;
  exitStatus: number | null;
  signal: number | null;
  stopped: string | null;
  userSeconds: number;
  systemSeconds: number;
  loadBefore: number;
  log?: BuildLogSummary;
  /** For the split: edition folders written into or removed from. */
  editionsTouched?: string[];
}

interface PipelineResult {
  label: string;
  stages: StageResult[];
  failed: boolean;
  /** Split speed read from the split's log. */
  splitSpeed?: SplitThroughput;
}

/** How the search index is built in this copy of the project. */
interface SearchPlan {
  /** The standalone indexer, or null when only the build's integration builds the index. */
  indexer: string[] | null;
  describe: string;
}

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
  const git = gitState();
  work = mkdtempSync(join(tmpdir(), `news-digest-bench-${args.articles}-`));
  const logs = join(work, 'logs');
  mkdirSync(logs);
  const ours = join(work, 'ours');
  copyProject(ROOT, ours);

  const pool = loadTextPool();
  const generated = performance.now();
  const corpus = writeCorpus(
    pool,
    args.seed,
    { articles: args.articles },
    join(ours, 'content', 'bulletins'),
    { manifest: false },
  );
  const generateSeconds = (performance.now() - generated) / 1000;
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    totalmemBytes: totalmem(),
    freememBytes: freemem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadavg: loadavg(),
  };
  const search = planSearch(args);
  console.log(
    `news-digest bench: ${corpus.articles} articles in ${corpus.editions} bulletins ` +
      `(${corpus.oldest} … ${corpus.newest}, ${(corpus.bytes / MB).toFixed(1)} MB), seed ${args.seed}; ` +
      `${machine.cpus} cores, ${(machine.totalmemBytes / 2 ** 30).toFixed(1)} GiB, node ${machine.node}, ` +
      `load ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')}`,
  );
  console.log(`search index: ${search.describe}`);
  console.log(`working in ${work}\n`);

  const env = stageEnv();
  const stage = (dir: string, name: string, command: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
    runStage([process.execPath, ...command], {
      cwd: dir,
      env: { ...env, ...extraEnv },
      logFile: join(logs, `${name}.log`),
      limits: { memoryBytes: args.memLimitMB * MB, timeoutSeconds: args.timeoutSeconds },
    });

  const first = await runPipeline('first', ours, search, args, stage);
  printPipeline('first run: every bulletin split, empty dist, cold Astro caches', first);

  let naiveDir: string | null = null;
  if (args.naive && !first.failed) {
    // The naive pipeline builds from the same articles, in a copy with caches of its own.
    naiveDir = join(work, 'naive');
    copyProject(ROOT, naiveDir);
    // All of content/: the site also renders the bulletins (edition source pages), and the split
    // may write more than articles (URL registries, edition reports).
    rmSync(join(naiveDir, 'content'), { recursive: true });
    cpSync(join(ours, 'content'), join(naiveDir, 'content'), { recursive: true });
  }

  const newDate = addDays(NEWEST_EDITION, 1);
  const added = generateEdition(pool, newDate, args.seed);
  writeFileSync(join(ours, 'content', 'bulletins', `${newDate}.txt`), added.text);
  let second: PipelineResult | null = null;
  if (!first.failed) {
    second = await runPipeline('second', ours, search, args, stage);
    printPipeline(
      `second run: one new bulletin (${newDate}, ${added.articles.length} articles), caches and dist kept`,
      second,
    );
  }

  let naive: PipelineResult | null = null;
  if (naiveDir !== null) {
    naive = await runNaive(naiveDir, args, stage);
    printPipeline(
      'naive pipeline: astro build without the search integration, then the Pagefind CLI',
      naive,
    );
  }

  const split = first.stages[0]!;
  const splitMBps = corpus.bytes / MB / split.wallSeconds;
  const steady = first.splitSpeed;
  console.log(
    `split throughput: ${(corpus.bytes / MB).toFixed(1)} MB of bulletins in ${split.wallSeconds.toFixed(2)} s ` +
      `= ${splitMBps.toFixed(1)} MB/s` +
      (steady?.steadyMBps
        ? ` (after ${steady.startupSeconds.toFixed(2)} s of start-up: ${steady.steadyMBps.toFixed(1)} MB/s)`
        : ''),
  );
  const ratios = naive && !naive.failed ? compare(naive, first) : null;
  if (ratios) {
    console.log(
      `naive / ours (first run, whole regeneration vs astro build + Pagefind CLI): ` +
        `time ${ratios.time.toFixed(2)}×, peak RSS ${ratios.peakRss.toFixed(2)}×, ` +
        `tree RSS ${ratios.treeRss.toFixed(2)}×`,
    );
  }
  for (const p of [first, second, naive]) if (p) printPhases(p);

  const targets = checkTargets({
    articles: args.articles,
    firstWallSeconds: sum(first.stages),
    firstPeakMB: Math.max(...first.stages.map((s) => Math.max(s.peakRssMB, s.treeRssMB))),
    secondWallSeconds: second && !second.failed ? sum(second.stages) : null,
    secondSplitEditions: second?.stages[0]?.editionsTouched ?? null,
    newEdition: newDate,
    splitMBps,
    wallAt5000: args.articles === 20000 ? earlierWall(5000, machine.cpus) : null,
  });
  printTargets(targets);

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
    ratios,
    targets,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = results.createdAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const out = join(RESULTS_DIR, `${args.articles}-${stamp}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${relative(process.cwd(), out)}`);
  if (first.failed || second?.failed || naive?.failed) process.exitCode = 1;
}

/** The environment stages run in: this Node first on PATH, no telemetry. */
function stageEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** Find the standalone search indexer (option or npm script); without one the build's integration builds the index. */
function planSearch(args: BenchArgs): SearchPlan {
  if (args.searchCmd !== null) {
    const words = args.searchCmd.split(/\s+/).filter(Boolean);
    return {
      indexer: words[0] === 'node' ? words.slice(1) : words,
      describe: `built by \`${args.searchCmd}\` after the build with ${args.searchOffEnv.join('=')}`,
    };
  }
  // `npm run build` indexes inside astro build (the integration starts the indexer at build start,
  // beside page rendering), so that is what is measured unless an indexer is named.
  return {
    indexer: null,
    describe:
      'built by the Pagefind integration inside astro build, beside page rendering (as npm run ' +
      'build does); pass --search-cmd to time a standalone indexer after the build instead',
  };
}

type Stage = (
  dir: string,
  name: string,
  command: string[],
  extraEnv?: NodeJS.ProcessEnv,
) => Promise<StageRun>;

/** Split, build and index in `dir`, each stage measured on its own. */
async function runPipeline(
  label: string,
  dir: string,
  search: SearchPlan,
  args: BenchArgs,
  stage: Stage,
): Promise<PipelineResult> {
  const result: PipelineResult = { label, stages: [], failed: false };
  const articlesDir = join(dir, 'content', 'articles');
  const dist = join(dir, 'dist');

  const beforeArticles = scanFiles(articlesDir);
  const bulletins = scanFiles(join(dir, 'content', 'bulletins'));
  const split = await stage(dir, `${label}-split`, ['scripts/split-all.ts']);
  result.splitSpeed = splitThroughput(
    split.lines,
    new Map([...bulletins].map(([name, f]) => [name.slice(0, 10), f.bytes])),
  );
  const afterArticles = scanFiles(articlesDir);
  const written = writtenFiles(beforeArticles, afterArticles, /\.md$/);
  const removed = [...beforeArticles.keys()].filter((p) => !afterArticles.has(p));
  const touched = [...new Set([...written, ...removed].map((p) => p.split('/')[0]!))].sort();
  result.stages.push({
    ...measured('split', split),
    pages: written.length,
    unit: 'md',
    outputMB: totalBytes(afterArticles) / MB,
    editionsTouched: touched,
    note: `${touched.length} edition folder(s) written${removed.length ? `, ${removed.length} files removed` : ''}; ${afterArticles.size} files in content/articles`,
  });
  if (failed(result, split, `${label}-split`)) return result;

  const off = search.indexer ? { [args.searchOffEnv[0]]: args.searchOffEnv[1] } : {};
  const beforeDist = scanFiles(dist);
  const build = await stage(dir, `${label}-build`, ASTRO, off);
  const afterDist = scanFiles(dist);
  const hasIndex = [...afterDist.keys()].some((p) => p.startsWith('pagefind/'));
  const combined = search.indexer === null || hasIndex;
  const html = writtenFiles(beforeDist, afterDist, /\.html$/).length;
  const log = summarizeBuildLog(build.lines, build.time.wallSeconds);
  result.stages.push({
    ...measured(combined ? 'astro build + search index' : 'astro build', build),
    pages: html,
    unit: 'html',
    outputMB: totalBytes(afterDist, (p) => combined || !p.startsWith('pagefind/')) / MB,
    log,
    note: combined
      ? `${log.indexedPages ?? '?'} pages indexed by the integration${search.indexer ? `; ${args.searchOffEnv.join('=')} did not turn it off, so the indexer was not run` : ''}`
      : undefined,
  });
  if (failed(result, build, `${label}-build`) || combined) return result;

  const index = await stage(dir, `${label}-search`, search.indexer!);
  const afterIndex = scanFiles(dist);
  const indexLog = summarizeBuildLog(index.lines, index.time.wallSeconds);
  result.stages.push({
    ...measured('search index', index),
    pages: indexLog.indexedPages ?? countArticlePages(afterIndex),
    unit: 'indexed',
    outputMB: totalBytes(afterIndex, (p) => p.startsWith('pagefind/')) / MB,
    log: indexLog,
  });
  failed(result, index, `${label}-search`);
  return result;
}

/** Plain `astro build` without the search integration, then `pagefind --site dist`. */
async function runNaive(dir: string, args: BenchArgs, stage: Stage): Promise<PipelineResult> {
  const result: PipelineResult = { label: 'naive', stages: [], failed: false };
  // A config that is the project's own minus the search integration, whatever the env switch does.
  writeFileSync(
    join(dir, 'astro.naive.config.mjs'),
    `import config from './astro.config.mjs';\n` +
      `export default { ...config, integrations: (config.integrations ?? []).flat(Infinity)` +
      `.filter((i) => i?.name !== '${SEARCH_INTEGRATION}') };\n`,
  );
  const build = await stage(dir, 'naive-build', [...ASTRO, '--config', 'astro.naive.config.mjs'], {
    [args.searchOffEnv[0]]: args.searchOffEnv[1],
  });
  const afterDist = scanFiles(join(dir, 'dist'));
  result.stages.push({
    ...measured('astro build (plain)', build),
    pages: [...afterDist.keys()].filter((p) => p.endsWith('.html')).length,
    unit: 'html',
    outputMB: totalBytes(afterDist) / MB,
    log: summarizeBuildLog(build.lines, build.time.wallSeconds),
  });
  if (failed(result, build, 'naive-build')) return result;
  const index = await stage(dir, 'naive-pagefind', PAGEFIND_CLI);
  const afterIndex = scanFiles(join(dir, 'dist'));
  const log = summarizeBuildLog(index.lines, index.time.wallSeconds);
  result.stages.push({
    ...measured('pagefind CLI', index),
    pages: log.indexedPages ?? countArticlePages(afterIndex),
    unit: 'indexed',
    outputMB: totalBytes(afterIndex, (p) => p.startsWith('pagefind/')) / MB,
    log,
    note: log.indexedWords === null ? undefined : `${log.indexedWords} distinct words indexed`,
  });
  failed(result, index, 'naive-pagefind');
  return result;
}

/** The figures every stage row has. */
function measured(name: string, run: StageRun): Omit<StageResult, 'pages' | 'unit' | 'outputMB'> {
  return {
    stage: name,
    command: run.command.join(' ').replace(process.execPath, 'node'),
    wallSeconds: run.time.wallSeconds,
    userSeconds: run.time.userSeconds,
    systemSeconds: run.time.systemSeconds,
    peakRssMB: (run.time.maxRssKB * 1024) / MB,
    treeRssMB: run.treeRssBytes / MB,
    exitStatus: run.time.exitStatus,
    signal: run.time.signal,
    stopped: run.stopped,
    loadBefore: run.loadBefore,
  };
}

/** Mark the pipeline failed (and show the end of the log) when the stage did not succeed. */
function failed(result: PipelineResult, run: StageRun, name: string): boolean {
  if (run.time.exitStatus === 0 && run.stopped === null && run.time.signal === null) return false;
  result.failed = true;
  const why = run.stopped
    ? `stopped by the benchmark (${run.stopped})`
    : run.time.signal !== null
      ? `killed by signal ${run.time.signal}`
      : `exit status ${run.time.exitStatus}`;
  const last = result.stages.at(-1);
  if (last) last.note = [last.note, `FAILED: ${why}`].filter(Boolean).join('; ');
  console.log(`! ${name} failed: ${why}; last lines of its log:`);
  for (const { line } of run.lines.slice(-15)) console.log(`!   ${line}`);
  return true;
}

function countArticlePages(scan: FileScan): number {
  return [...scan.keys()].filter((p) => /^articles\/.+\/index\.html$/.test(p)).length;
}

function sum(stages: readonly StageResult[]): number {
  return stages.reduce((s, r) => s + r.wallSeconds, 0);
}

function compare(naive: PipelineResult, ours: PipelineResult) {
  const peak = (p: PipelineResult) => Math.max(...p.stages.map((s) => s.peakRssMB));
  const tree = (p: PipelineResult) => Math.max(...p.stages.map((s) => s.treeRssMB));
  return {
    time: sum(naive.stages) / sum(ours.stages),
    peakRss: peak(naive) / peak(ours),
    treeRss: tree(naive) / tree(ours),
    naiveWallSeconds: sum(naive.stages),
    oursWallSeconds: sum(ours.stages),
  };
}

function printPipeline(title: string, p: PipelineResult): void {
  console.log(title);
  console.log(formatBenchTable(p.stages));
  // Other work on the machine slows every figure; the load says how much there was.
  console.log(
    `  load average before each stage: ${p.stages.map((s) => `${s.stage} ${s.loadBefore.toFixed(1)}`).join(', ')}`,
  );
  console.log('');
}

/** Where each build's time went, from its log: phases, and the slowest routes by Astro's per-page times. */
function printPhases(p: PipelineResult): void {
  for (const s of p.stages) {
    if (!s.log || s.log.phases.length === 0) continue;
    const phases = s.log.phases.map((x) => `${x.phase} ${x.seconds.toFixed(1)}`).join(', ');
    console.log(`${p.label} ${s.stage} phases (s): ${phases}`);
    const routes = s.log.routes
      .slice(0, 6)
      .map((r) => `${r.route} ${r.pages}p ${(r.totalMs / 1000).toFixed(1)} s (max ${r.maxMs} ms)`)
      .join('; ');
    if (routes) console.log(`  routes by render time: ${routes}`);
  }
}

function printTargets(targets: readonly TargetCheck[]): void {
  console.log('\ntargets (issue 5):');
  for (const t of targets) console.log(`  ${t.ok ? 'met ' : 'MISS'}  ${t.target}: ${t.value}`);
}

/** The whole-run time of the latest earlier result at `articles` on a machine with as many cores. */
function earlierWall(articles: number, cores: number): number | null {
  if (!existsSync(RESULTS_DIR)) return null;
  const files = readdirSync(RESULTS_DIR)
    .filter((f) => f.startsWith(`${articles}-`) && f.endsWith('.json'))
    .sort()
    .reverse();
  for (const f of files) {
    const r = JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8'));
    if (r.machine?.cpus === cores && r.runs?.first && !r.runs.first.failed)
      return r.runs.first.stages.reduce((s: number, x: StageResult) => s + x.wallSeconds, 0);
  }
  return null;
}

/** The commit and the uncommitted changes the benchmark ran on (others edit the tree too). */
function gitState(): { commit: string; changed: string[] } {
  try {
    const git = (...a: string[]) => execFileSync('git', ['-C', ROOT, ...a], { encoding: 'utf8' });
    return {
      commit: git('rev-parse', 'HEAD').trim(),
      changed: git(
        'status',
        '--porcelain',
        '--',
        'src',
        'scripts',
        'astro.config.mjs',
        'package.json',
      )
        .split('\n')
        .filter(Boolean),
    };
  } catch {
    return { commit: '', changed: [] };
  }
}
