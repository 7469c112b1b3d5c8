import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTextPool, type TextPool } from './build-text-pool.ts';

/** The sample bulletins the corpus is made from, copied into the repository so a seed means the same corpus everywhere. */
export const SOURCES_DIR = join(import.meta.dirname, '..', '..', '..', 'bench', 'sources');

// The samples' articles are dated relative to this bulletin date (the real bulletin's).
const SAMPLE_DATE = '2025-06-18';

/** Read every `bench/sources/*.txt` and build the text pool from it. */
export function loadTextPool(dir: string = SOURCES_DIR): TextPool {
  const samples = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      text: readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''),
      date: SAMPLE_DATE,
    }));
  return buildTextPool(samples);
}
