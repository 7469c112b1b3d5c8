import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/lib/cli-error.ts';
import { loadVocabulary } from '../../../scripts/lib/load-vocabulary.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tags-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function load(yaml: string | null) {
  const path = join(dir, 'tags.yaml');
  if (yaml !== null) writeFileSync(path, yaml);
  return () => loadVocabulary(path);
}

function problem(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).file).toMatch(/tags\.yaml$/);
    return error as CliError;
  }
  throw new Error('expected a CliError');
}

describe('loadVocabulary', () => {
  it('reads a valid vocabulary', () => {
    expect(load('外交:\n  keywords: [峰会, 元首]\n  description: 外交活动\n')()).toEqual({
      外交: { keywords: ['峰会', '元首'], description: '外交活动' },
    });
  });

  it.each([
    ['a missing file', null, /no such file/],
    ['an empty file', '', /^\(top level\): /],
    ['a YAML syntax error', '外交: [\n', /at line 2, column 1$/],
    [
      'a duplicated tag',
      '外交:\n  keywords: [a]\n  description: d\n外交:\n  keywords: [b]\n  description: d\n',
      /unique at line 4/,
    ],
    ['an empty keyword list', '外交:\n  keywords: []\n  description: d\n', /^外交\.keywords: /],
    ['a missing description', '外交:\n  keywords: [a]\n', /^外交\.description: /],
    [
      'a blank keyword',
      '经济:\n  keywords: [贸易, ""]\n  description: d\n',
      /^经济\.keywords\.1: /,
    ],
  ])('names the file and key for %s', (_name, yaml, message) => {
    const error = problem(load(yaml));
    expect(error.problem).toMatch(message);
    expect(error.problem).not.toContain('\n');
  });
});
