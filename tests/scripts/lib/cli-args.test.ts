import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/lib/cli-error.ts';
import { parseIngestArgs } from '../../../scripts/lib/parse-ingest-args.ts';
import { parseSplitAllArgs } from '../../../scripts/lib/parse-split-all-args.ts';
import { isWatchedInput } from '../../../scripts/lib/watched-input.ts';

describe('parseIngestArgs', () => {
  it('reads the file and options', () => {
    expect(parseIngestArgs(['b.txt', '--date', '2025-06-18', '--replace', '--force'])).toEqual({
      file: 'b.txt',
      date: '2025-06-18',
      replace: true,
      force: true,
      help: false,
    });
    expect(parseIngestArgs(['2025-06-18.txt'])).toMatchObject({
      date: null,
      replace: false,
      force: false,
    });
  });

  it.each([
    [[], /^no bulletin file given \(usage: npm run ingest/],
    [['a', 'b'], /^expected one bulletin file, got 2/],
    [['a', '--bogus'], /^Unknown option '--bogus'/],
  ])('refuses %j with one line', (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(CliError);
    expect(() => parseIngestArgs(argv)).toThrow(message);
  });
});

describe('parseSplitAllArgs', () => {
  it('reads --all and --force, and takes no files', () => {
    expect(parseSplitAllArgs([])).toEqual({ all: false, force: false, help: false });
    expect(parseSplitAllArgs(['--all', '--force'])).toEqual({
      all: true,
      force: true,
      help: false,
    });
    expect(() => parseSplitAllArgs(['x.txt'])).toThrow(/unexpected argument "x.txt"/);
  });
});

describe('isWatchedInput', () => {
  it.each([
    ['2025-06-18.txt', true],
    ['2025-06-18-evening.txt', true],
    ['2025-06-18.overrides.yaml', true],
    ['2025-06-18.urls.json', false],
    ['.2025-06-18.txt.new-1234', false],
    ['notes.md', false],
    [null, true],
  ])('%s → %s', (name, watched) => {
    expect(isWatchedInput(name)).toBe(watched);
  });
});
