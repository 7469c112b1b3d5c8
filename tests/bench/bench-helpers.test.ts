import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../scripts/bench/lib/check-targets.ts';
import { formatBenchTable } from '../../scripts/bench/lib/format-bench-table.ts';
import { parseBenchArgs } from '../../scripts/bench/lib/parse-bench-args.ts';
import { parseCorpusArgs } from '../../scripts/bench/lib/parse-corpus-args.ts';
import { measureSplitter } from '../../scripts/bench/lib/measure-splitter.ts';
import { parseTimeReport } from '../../scripts/bench/lib/parse-time-report.ts';
import { splitThroughput } from '../../scripts/bench/lib/split-throughput.ts';
import { routeOf, summarizeBuildLog } from '../../scripts/bench/lib/summarize-build-log.ts';

const TIME_REPORT = `\tCommand being timed: "node node_modules/astro/bin/astro.mjs build"
\tUser time (seconds): 2.22
\tSystem time (seconds): 0.82
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.51
\tMaximum resident set size (kbytes): 608728
\tExit status: 0
`;

const ROOT = join(import.meta.dirname, '..', '..');

describe('bench helpers', () => {
  it('times the splitter over the bulletins of a folder, nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-splitter-'));
    try {
      const seed = join(ROOT, 'content', 'bulletins', '2025-06-18.txt');
      copyFileSync(seed, join(dir, '2025-06-18.txt'));
      writeFileSync(join(dir, '2025-06-18.urls.json'), '{}\n');
      const speed = measureSplitter(dir, join(ROOT, 'content', 'tags.yaml'), 2);
      expect(speed.bytes).toBe(readFileSync(seed).length);
      expect(speed.bestSeconds).toBeGreaterThan(0);
      expect(speed.MBps).toBeCloseTo(speed.bytes / 1e6 / speed.bestSeconds);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads GNU time -v', () => {
    expect(parseTimeReport(TIME_REPORT)).toEqual({
      wallSeconds: 62.51,
      userSeconds: 2.22,
      systemSeconds: 0.82,
      maxRssKB: 608728,
      exitStatus: 0,
      signal: null,
    });
    expect(parseTimeReport(`\tCommand terminated by signal 9\n${TIME_REPORT}`).signal).toBe(9);
    expect(() => parseTimeReport('')).toThrow(/GNU time/);
  });

  it('names routes and finds phases in an Astro build log', () => {
    expect(routeOf('/articles/2025-06-18/some-slug/index.html')).toBe('articles/[edition]/[slug]');
    expect(routeOf('/tags/外交/3/index.html')).toBe('tags/[tag]/[page]');
    expect(routeOf('/index.html')).toBe('(home)');
    const log = summarizeBuildLog(
      [
        [0.5, '01:45:40 [content] Syncing content'],
        [1.5, '01:45:40 [content] Synced content'],
        [2.0, '01:45:41 [vite] ✓ built in 393ms'],
        [2.5, ' generating static routes '],
        [3.0, '01:45:41   ├─ /articles/2025-06-18/a/index.html (+6ms) '],
        [4.0, '01:45:41   └─ /articles/2025-06-18/b/index.html (+4ms) '],
        [4.2, '01:45:41 [build] ✓ Completed in 847ms.'],
        [6.0, '01:45:41 [news-digest:pagefind] indexed 2 article pages into /x/'],
        [6.1, '01:45:41 [build] 41 page(s) built in 1.93s'],
      ].map(([t, line]) => ({ t: t as number, line: line as string })),
      6.5,
    );
    expect(log.routes).toEqual([
      { route: 'articles/[edition]/[slug]', pages: 2, totalMs: 10, maxMs: 6 },
    ]);
    expect(log.indexedPages).toBe(2);
    expect(log.phases.map((p) => p.phase)).toEqual([
      'start-up',
      'content sync',
      'vite bundle',
      'vite bundle (server)',
      'static paths',
      'render pages',
      'after render',
      'search index',
      'finish',
      'exit',
    ]);
  });

  it('measures split speed after start-up, leaving skipped bulletins out', () => {
    const speed = splitThroughput(
      [
        { t: 1, line: 'split-all: 2025-06-01.txt → content/articles/2025-06-01: 5 articles' },
        { t: 1.5, line: 'split-all: 2025-06-02: unchanged, skipped' },
        { t: 2, line: 'split-all: 2025-06-03.txt → content/articles/2025-06-03: 6 articles' },
      ],
      new Map([
        ['2025-06-01', 1e6],
        ['2025-06-02', 1e6],
        ['2025-06-03', 2e6],
      ]),
    );
    expect(speed).toEqual({ startupSeconds: 1, bulletins: 2, steadyMBps: 2 });
  });

  it('prints a table with a total row', () => {
    const table = formatBenchTable([
      {
        stage: 'split',
        wallSeconds: 2,
        peakRssMB: 150,
        treeRssMB: 160,
        pages: 1000,
        unit: 'md',
        outputMB: 3,
      },
      {
        stage: 'astro build',
        wallSeconds: 10,
        peakRssMB: 900,
        treeRssMB: 950,
        pages: 2000,
        unit: 'html',
        outputMB: 40,
        note: 'n',
      },
    ]);
    expect(table.split('\n')[1]).toMatch(/^split\s+2\.00\s+150\s+160\s+1000 md\s+2\.00\s+3\.0$/);
    expect(table).toMatch(/^total\s+12\.00\s+900\s+950\s*$/m);
    expect(table).toMatch(/\* astro build: n$/);
  });

  it('checks the targets that apply at a size', () => {
    const checks = checkTargets({
      articles: 5000,
      firstWallSeconds: 20,
      firstPeakMB: 2000,
      secondWallSeconds: 5,
      secondSplitEditions: ['2025-06-19'],
      newEdition: '2025-06-19',
      splitMBps: 25,
      wallAt5000: null,
    });
    expect(checks.map((c) => c.ok)).toEqual([true, false, true, true, true]);
  });

  it('parses the command lines', () => {
    expect(parseBenchArgs(['--articles', '5000', '--naive'], 12000)).toMatchObject({
      articles: 5000,
      naive: true,
      keep: false,
      memLimitMB: 12000,
      searchOffEnv: ['NEWS_DIGEST_SEARCH', 'off'],
    });
    expect(() => parseBenchArgs([], 1)).toThrow(/--articles/);
    expect(parseCorpusArgs(['--articles', '50', '--seed', '3'])).toMatchObject({
      size: { articles: 50 },
      seed: 3,
    });
    expect(() => parseCorpusArgs(['--editions', '2', '--articles', '5'])).toThrow(/either/);
  });
});
