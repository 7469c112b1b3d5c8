import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/lib/cli-error.ts';
import { failAfterFromEnv } from '../../../scripts/lib/fail-after-from-env.ts';
import { FileTransaction } from '../../../scripts/lib/file-transaction.ts';
import { snapshot } from '../snapshot-folder.ts';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'transaction-'));
  mkdirSync(join(tmp, 'folder'));
  writeFileSync(join(tmp, 'folder', 'old.md'), 'old');
  writeFileSync(join(tmp, 'file.json'), '{}');
  writeFileSync(join(tmp, 'gone.txt'), 'bye');
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * Replace the folder and a file, add a file, delete a file: 3 writes + 7 renames at most. With
 * `handOver`, a second transaction takes over the staged state and commits, as split-all's main
 * thread does with what a worker staged.
 */
function run(failAfter: number | null, handOver = false): void {
  let transaction = new FileTransaction({ failAfter });
  try {
    transaction.putFile(join(tmp, 'file.json'), '{"a":1}');
    transaction.putFile(join(tmp, 'sub', 'new.txt'), 'new');
    transaction.putFolder(join(tmp, 'folder'), new Map([['a.md', 'a']]));
    transaction.remove(join(tmp, 'gone.txt'));
  } catch (error) {
    transaction.discard();
    throw error;
  }
  if (handOver) transaction = new FileTransaction({ failAfter }, transaction.state);
  transaction.commit();
}

describe('FileTransaction', () => {
  it('replaces, adds and deletes everything at commit', () => {
    run(null);
    expect(snapshot(tmp)).toEqual({
      'file.json': Buffer.from('{"a":1}').toString('base64'),
      folder: '<dir>',
      'folder/a.md': Buffer.from('a').toString('base64'),
      sub: '<dir>',
      'sub/new.txt': Buffer.from('new').toString('base64'),
    });
  });

  it.each([false, true])(
    'leaves every file exactly as it was when any step fails, and no temporary files (handed over: %s)',
    (handOver) => {
      const before = snapshot(tmp);
      let failures = 0;
      for (let n = 0; ; n++) {
        try {
          run(n, handOver);
        } catch (error) {
          expect(String(error)).toMatch(/injected failure after \d+ write steps/);
          // `sub/` may have been created for the staged file; it must hold nothing.
          const after = snapshot(tmp);
          delete after.sub;
          expect(after).toEqual(before);
          failures++;
          continue;
        }
        break;
      }
      // 3 staged writes, then the renames: file.json aside + in, sub/new.txt in, folder aside + in, gone.txt aside.
      expect(failures).toBe(9);
      expect(readdirSync(tmp).filter((n) => n.startsWith('.'))).toEqual([]);
    },
  );
});

describe('failAfterFromEnv', () => {
  it('reads NEWS_DIGEST_FAIL_AFTER', () => {
    expect(failAfterFromEnv({})).toBeNull();
    expect(failAfterFromEnv({ NEWS_DIGEST_FAIL_AFTER: '2' })).toBe(2);
    expect(() => failAfterFromEnv({ NEWS_DIGEST_FAIL_AFTER: 'two' })).toThrow(CliError);
  });
});
