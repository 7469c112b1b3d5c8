import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';
import { loadVocabulary } from '../../lib/load-vocabulary.ts';

/** The splitter's own speed, apart from everything the split stage does around it. */
export interface SplitterSpeed {
  bytes: number;
  /** The fastest of the rounds, in seconds. */
  bestSeconds: number;
  MBps: number;
}

/**
 * Time splitBulletin alone over every bulletin in `dir`, in this process on one core, best of
 * `rounds` (the first round also pays for compiling the splitter): no worker threads, no
 * validation, rendering or files.
 */
export function measureSplitter(dir: string, vocabularyFile: string, rounds = 3): SplitterSpeed {
  const vocabulary = loadVocabulary(vocabularyFile);
  const bulletins = readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.txt$/.test(name))
    .map((name) => ({ date: name.slice(0, 10), text: readFileSync(join(dir, name), 'utf8') }));
  const bytes = bulletins.reduce((sum, b) => sum + Buffer.byteLength(b.text), 0);
  let bestSeconds = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const { date, text } of bulletins) splitBulletin(text, { date, vocabulary });
    bestSeconds = Math.min(bestSeconds, (performance.now() - start) / 1000);
  }
  return { bytes, bestSeconds, MBps: bytes / 1e6 / bestSeconds };
}
