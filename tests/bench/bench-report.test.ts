import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparePipelines } from '../../scripts/bench/lib/compare-pipelines.ts';
import { countArticlePages } from '../../scripts/bench/lib/count-article-pages.ts';
import { earlierWall } from '../../scripts/bench/lib/earlier-wall.ts';
import { formatPhases } from '../../scripts/bench/lib/format-phases.ts';
import { formatPipeline } from '../../scripts/bench/lib/format-pipeline.ts';
import { formatSplitThroughput } from '../../scripts/bench/lib/format-split-throughput.ts';
import { formatTargets } from '../../scripts/bench/lib/format-targets.ts';
import { markFailed } from '../../scripts/bench/lib/mark-failed.ts';
import {
  totalWallSeconds,
  type PipelineResult,
  type StageResult,
} from '../../scripts/bench/lib/pipeline-result.ts';
import { planSearch } from '../../scripts/bench/lib/plan-search.ts';
import type { StageRun } from '../../scripts/bench/lib/run-stage.ts';
import { stageFigures } from '../../scripts/bench/lib/stage-figures.ts';
import { writeBenchResults } from '../../scripts/bench/lib/write-bench-results.ts';

const row = (stage: string, fields: Partial<StageResult> = {}): StageResult => ({
  stage,
  command: 'node x',
  wallSeconds: 1,
  userSeconds: 0,
  systemSeconds: 0,
  peakRssMB: 100,
  treeRssMB: 100,
  exitStatus: 0,
  signal: null,
  stopped: null,
  loadBefore: 0,
  pages: 10,
  unit: 'html',
  outputMB: 1,
  ...fields,
});
const pipeline = (label: string, stages: StageResult[]): PipelineResult => ({
  label,
  stages,
  failed: false,
});
const run = (
  fields: Partial<StageRun['time']> & Partial<Omit<StageRun, 'time'>> = {},
): StageRun => {
  const { wallSeconds, userSeconds, systemSeconds, maxRssKB, exitStatus, signal, ...rest } = fields;
  return {
    command: [process.execPath, 'scripts/split-all.ts'],
    time: {
      wallSeconds: wallSeconds ?? 2,
      userSeconds: userSeconds ?? 1.5,
      systemSeconds: systemSeconds ?? 0.5,
      maxRssKB: maxRssKB ?? 500_000,
      exitStatus: exitStatus === undefined ? 0 : exitStatus,
      signal: signal ?? null,
    },
    treeRssBytes: 600e6,
    stopped: null,
    loadBefore: 0.5,
    lines: Array.from({ length: 20 }, (_, i) => ({ t: i, line: `line ${i}` })),
    ...rest,
  };
};

describe('bench pipeline pieces', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('plans the search index: the integration by default, or a named indexer without `node`', () => {
    const off: [string, string] = ['NEWS_DIGEST_SEARCH', 'off'];
    expect(planSearch({ searchCmd: null, searchOffEnv: off }).indexer).toBeNull();
    const named = planSearch({ searchCmd: ' node  scripts/x.ts --all ', searchOffEnv: off });
    expect(named.indexer).toEqual(['scripts/x.ts', '--all']);
    expect(named.describe).toContain('NEWS_DIGEST_SEARCH=off');
    expect(planSearch({ searchCmd: 'bin/index', searchOffEnv: off }).indexer).toEqual([
      'bin/index',
    ]);
  });

  it('turns a stage run into a row: `node` for this Node, memory in MB', () => {
    expect(stageFigures('split', run())).toEqual({
      stage: 'split',
      command: 'node scripts/split-all.ts',
      wallSeconds: 2,
      userSeconds: 1.5,
      systemSeconds: 0.5,
      peakRssMB: 512,
      treeRssMB: 600,
      exitStatus: 0,
      signal: null,
      stopped: null,
      loadBefore: 0.5,
    });
  });

  it('marks a pipeline failed with the reason on its last row, and prints the log tail', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const ok = pipeline('first', [row('split', { note: 'n' })]);
    expect(markFailed(ok, run(), 'first-split')).toBe(false);
    expect(ok.failed).toBe(false);
    expect(log).not.toHaveBeenCalled();

    const reasons = [
      [run({ exitStatus: 1 }), 'exit status 1'],
      [run({ exitStatus: null, signal: 9 }), 'killed by signal 9'],
      [
        run({ exitStatus: null, signal: 9, stopped: 'memory' }),
        'stopped by the benchmark (memory)',
      ],
    ] as const;
    for (const [failing, why] of reasons) {
      log.mockClear();
      const p = pipeline('first', [row('split', { note: 'n' })]);
      expect(markFailed(p, failing, 'first-split')).toBe(true);
      expect(p.failed).toBe(true);
      expect(p.stages[0]!.note).toBe(`n; FAILED: ${why}`);
      expect(log.mock.calls[0]![0]).toBe(`! first-split failed: ${why}; last lines of its log:`);
      // The last 15 of 20 lines.
      expect(log.mock.calls.slice(1).map((c) => c[0])).toEqual(
        Array.from({ length: 15 }, (_, i) => `!   line ${i + 5}`),
      );
    }
    const bare = pipeline('first', [row('split')]);
    markFailed(bare, run({ exitStatus: 2 }), 'first-split');
    expect(bare.stages[0]!.note).toBe('FAILED: exit status 2');
  });

  it('compares the naive pipeline with ours: total time, largest single and tree RSS', () => {
    const ours = pipeline('first', [
      row('split', { wallSeconds: 2, peakRssMB: 300, treeRssMB: 300 }),
      row('build', { wallSeconds: 8, peakRssMB: 800, treeRssMB: 1000 }),
    ]);
    const naive = pipeline('naive', [
      row('build', { wallSeconds: 9, peakRssMB: 1200, treeRssMB: 1300 }),
      row('pagefind', { wallSeconds: 6, peakRssMB: 400, treeRssMB: 500 }),
    ]);
    expect(totalWallSeconds(ours.stages)).toBe(10);
    expect(comparePipelines(naive, ours)).toEqual({
      time: 1.5,
      peakRss: 1.5,
      treeRss: 1.3,
      naiveWallSeconds: 15,
      oursWallSeconds: 10,
    });
  });

  it('counts article pages in a scan of dist/', () => {
    const scan = new Map(
      [
        'articles/2025-06-18/a/index.html',
        'articles/2025-06-18/b/index.html',
        'articles/index.html',
        'editions/2025-06-18/index.html',
        'pagefind/articles/x/index.html',
      ].map((p) => [p, { bytes: 1, mtimeMs: 0 }]),
    );
    expect(countArticlePages(scan)).toBe(2);
  });
});

describe('bench report', () => {
  it('prints a pipeline as title, table, load line and a blank line', () => {
    const text = formatPipeline(
      'first run',
      pipeline('first', [row('split', { loadBefore: 0.26 }), row('build', { loadBefore: 1.04 })]),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('first run');
    expect(lines[1]).toMatch(/^stage\s+wall s/);
    expect(lines.slice(-2)).toEqual(['  load average before each stage: split 0.3, build 1.0', '']);
  });

  it('lists phases and the six slowest routes of every stage that logged phases', () => {
    const routes = Array.from({ length: 8 }, (_, i) => ({
      route: `r${i}`,
      pages: 2,
      totalMs: 1500,
      maxMs: 900,
    }));
    const lines = formatPhases(
      pipeline('first', [
        row('split'),
        row('build', {
          log: {
            phases: [
              { phase: 'start-up', seconds: 1.04 },
              { phase: 'render pages', seconds: 2 },
            ],
            routes,
            indexedPages: null,
            indexedWords: null,
          },
        }),
        row('index', {
          log: {
            phases: [{ phase: 'search index', seconds: 3 }],
            routes: [],
            indexedPages: 5,
            indexedWords: null,
          },
        }),
      ]),
    );
    expect(lines).toEqual([
      'first build phases (s): start-up 1.0, render pages 2.0',
      `  routes by render time: ${routes
        .slice(0, 6)
        .map((r) => `${r.route} 2p 1.5 s (max 900 ms)`)
        .join('; ')}`,
      'first index phases (s): search index 3.0',
    ]);
  });

  it('prints split throughput, with the steady speed only when the log gave one', () => {
    expect(formatSplitThroughput(3e6, 1.5, undefined)).toBe(
      'split throughput: 3.0 MB of bulletins in 1.50 s = 2.0 MB/s',
    );
    expect(
      formatSplitThroughput(3e6, 1.5, { startupSeconds: 0.5, bulletins: 3, steadyMBps: 3 }),
    ).toBe(
      'split throughput: 3.0 MB of bulletins in 1.50 s = 2.0 MB/s (after 0.50 s of start-up: 3.0 MB/s)',
    );
    expect(
      formatSplitThroughput(3e6, 1.5, { startupSeconds: 0.5, bulletins: 1, steadyMBps: null }),
    ).not.toContain('start-up');
    expect(
      formatSplitThroughput(3e6, 1.5, undefined, { bytes: 3e6, bestSeconds: 0.15, MBps: 20 }),
    ).toBe(
      'split throughput: 3.0 MB of bulletins in 1.50 s = 2.0 MB/s; splitBulletin alone, one core: 20.0 MB/s (best of 3 rounds)',
    );
  });

  it('prints the targets after a blank line, met or MISS', () => {
    expect(
      formatTargets([
        { target: 'a', value: '1', ok: true },
        { target: 'b', value: '2', ok: false },
      ]).split('\n'),
    ).toEqual(['', 'targets (issue 5):', '  met   a: 1', '  MISS  b: 2']);
  });
});

describe('bench results', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('names the results file after the size and the time, without colons', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    const results = { articles: 5000, createdAt: '2026-11-25T04:25:49.123Z', x: [1] };
    const out = writeBenchResults(join(dir, 'results'), results);
    expect(basename(out)).toBe('5000-2026-11-25T04-25-49Z.json');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(results);
  });

  it('finds the latest earlier successful run at a size on a machine of the same kind', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    const epyc = { cpus: 2, cpuModel: 'AMD EPYC' };
    expect(earlierWall(join(dir, 'missing'), 5000, epyc)).toBeNull();
    const write = (name: string, machine: object, failed: boolean, walls: number[]) =>
      writeFileSync(
        join(dir!, name),
        JSON.stringify({
          machine,
          runs: { first: { failed, stages: walls.map((w) => ({ wallSeconds: w })) } },
        }),
      );
    mkdirSync(dir, { recursive: true });
    write('5000-2026-01-01T00-00-00Z.json', epyc, false, [1, 2]);
    write('5000-2026-02-01T00-00-00Z.json', epyc, false, [3, 4]);
    write('5000-2026-03-01T00-00-00Z.json', epyc, true, [9]);
    write('5000-2026-04-01T00-00-00Z.json', { cpus: 8, cpuModel: 'AMD EPYC' }, false, [9]);
    write('5000-2026-05-01T00-00-00Z.json', { cpus: 2, cpuModel: 'Intel Xeon' }, false, [5]);
    write('20000-2026-06-01T00-00-00Z.json', epyc, false, [9]);
    expect(earlierWall(dir, 5000, epyc)).toBe(7);
    expect(earlierWall(dir, 5000, { cpus: 8, cpuModel: 'AMD EPYC' })).toBe(9);
    expect(earlierWall(dir, 5000, { cpus: 2, cpuModel: 'Intel Xeon' })).toBe(5);
    expect(earlierWall(dir, 5000, { cpus: 4, cpuModel: 'AMD EPYC' })).toBeNull();
  });
});
