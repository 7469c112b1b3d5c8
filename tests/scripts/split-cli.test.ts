import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SplitResultSchema } from '../../src/schemas/split-result.ts';
import { parseArticleFile } from '../../src/splitter/render-article-file.ts';
import { snapshot } from './snapshot-folder.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'content/bulletins/2025-06-18.txt';
const FIXTURES = 'tests/splitter/fixtures';
// The end-to-end runs need the real splitter and the editors' vocabulary.
const READY =
  existsSync(join(ROOT, 'src/splitter/split-bulletin.ts')) &&
  existsSync(join(ROOT, 'content/tags.yaml'));

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'split-cli-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function runSplit(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/split.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('split CLI on bad input: exit 2, one stderr line naming the file, nothing written', () => {
  const cases: [string, () => string, string[], RegExp][] = [
    ['missing file', () => join(tmp, '2025-06-18.txt'), [], /no such file/],
    ['a directory', () => `${FIXTURES}/bad-bulletins/empty`, [], /is a directory/],
    ['an empty file', () => `${FIXTURES}/bad-bulletins/empty/bulletin.txt`, [], /file is empty/],
    [
      'whitespace only',
      () => `${FIXTURES}/bad-bulletins/whitespace-only/bulletin.txt`,
      [],
      /only whitespace/,
    ],
    ['binary data', () => `${FIXTURES}/bad-bulletins/binary/bulletin.txt`, [], /binary/],
    [
      'undecodable bytes',
      () => `${FIXTURES}/bad-bulletins/undecodable/bulletin.txt`,
      [],
      /cannot decode/,
    ],
    [
      'no date derivable',
      () => `${FIXTURES}/encodings/utf8/bulletin.txt`,
      [],
      /cannot tell the bulletin date/,
    ],
    [
      'an impossible --date',
      () => SEED,
      ['--date', '2025-02-30'],
      /bad --date "2025-02-30": not a real calendar date/,
    ],
    ['a malformed --date', () => SEED, ['--date=18/06/2025'], /bad --date "18\/06\/2025"/],
    [
      'an impossible date in the file name',
      () => dated('2025-13-01.txt'),
      [],
      /file name date 2025-13-01/,
    ],
  ];

  it.each(cases)('%s', (_name, file, extra, problem) => {
    const out = join(tmp, 'out');
    const target = file();
    const { code, stdout, stderr } = runSplit(target, ...extra, '--out', out);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.startsWith(`split: ${target}: `)).toBe(true);
    expect(stderr).toMatch(problem);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--bogus', SEED], /^split: Unknown option '--bogus'/],
    [[], /^split: no bulletin file given/],
    [[SEED, SEED], /^split: expected one bulletin file, got 2/],
    [[SEED, '--date'], /^split: Option '--date <value>' argument missing/],
  ])('bad options %j', (args, problem) => {
    const { code, stdout, stderr } = runSplit(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(problem);
  });
});

/** A valid copy of the sample bulletin under a chosen file name in the temp folder. */
function dated(name: string): string {
  const path = join(tmp, name);
  copyFileSync(join(ROOT, FIXTURES, 'encodings/utf8/bulletin.txt'), path);
  return path;
}

describe.skipIf(!READY)(
  'split CLI on the seed bulletin (needs split-bulletin.ts and content/tags.yaml)',
  () => {
    it('--json prints only a valid SplitResult with 6 articles and writes nothing', () => {
      const out = join(tmp, 'out');
      const { code, stdout, stderr } = runSplit(SEED, '--json', '--out', out);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const raw: unknown = JSON.parse(stdout);
      // Exactly JSON.stringify(result, null, 2): nothing else on stdout.
      expect(stdout).toBe(`${JSON.stringify(raw, null, 2)}\n`);
      const result = SplitResultSchema.parse(raw);
      expect(result.articles).toHaveLength(6);
      expect(result.bulletin).toMatchObject({
        file: '2025-06-18.txt',
        date: '2025-06-18',
        articles: 6,
      });
      expect(existsSync(out)).toBe(false);
    });

    it('writes 6 article files that parse back, and a rerun replaces them cleanly', () => {
      const out = join(tmp, 'out');
      const first = runSplit(SEED, '--out', out);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/6 articles/);
      const edition = join(out, '2025-06-18');
      const names = readdirSync(edition).sort();
      expect(names).toHaveLength(6);
      for (const name of names) {
        const { data } = parseArticleFile(readFileSync(join(edition, name), 'utf8'));
        expect(`${data.slug}.md`).toBe(name);
        expect(data.edition).toBe('2025-06-18');
      }
      const before = snapshot(edition);
      expect(runSplit(SEED, '--out', out).code).toBe(0);
      expect(snapshot(edition)).toEqual(before);
      expect(readdirSync(out)).toEqual(['2025-06-18']);
    });

    it('refuses to replace an edition folder holding a hand-made file', () => {
      const edition = join(tmp, 'out', '2025-06-18');
      mkdirSync(edition, { recursive: true });
      writeFileSync(join(edition, 'notes.txt'), '编辑备注');
      const { code, stderr } = runSplit(SEED, '--out', join(tmp, 'out'));
      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/not generated articles \(notes\.txt\)/);
      expect(readdirSync(edition)).toEqual(['notes.txt']);
    });
  },
);
