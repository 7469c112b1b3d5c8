import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSplitPool, type SplitPool } from '../../../scripts/lib/split-pool.ts';
import { splitText } from '../../../scripts/lib/split-text.ts';
import { BulletinError } from '../../../src/splitter/bulletin-error.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEED = readFileSync(join(ROOT, 'content/bulletins/2025-06-18.txt'), 'utf8');
const vocabulary = loadVocabulary();

let pool: SplitPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('createSplitPool', () => {
  it('splits in workers exactly as splitText does in this thread', async () => {
    pool = createSplitPool(vocabulary, 2);
    const options = { date: '2025-06-18', file: '2025-06-18.txt', vocabulary };
    // More bulletins than workers, so some wait in the queue.
    const texts = [SEED, SEED.replace('新华社', '中新社'), SEED, SEED];
    const results = await Promise.all(texts.map((text) => pool!.split(text, options)));
    for (const [i, text] of texts.entries())
      expect(results[i]).toEqual(await splitText(text, options));
  });

  it('reports a bulletin the splitter rejects as a BulletinError, and keeps working', async () => {
    pool = createSplitPool(vocabulary, 1);
    const options = { date: '2025-06-18', file: null, vocabulary };
    const error = await pool.split('只有一行，没有标题\n', options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulletinError);
    expect((error as BulletinError).problem).toMatch(/^no article found/);
    await expect(pool.split(SEED, options)).resolves.toMatchObject({
      bulletin: { date: '2025-06-18' },
    });
  });
});
