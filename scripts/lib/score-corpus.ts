/** Splits every bulletin of a scored corpus (`NAME.txt` beside `NAME.expected.json`) and scores each. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SplitResultSchema } from '../../src/schemas/split-result.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { editionDate } from './edition-date.ts';
import { scoreSplit, type ExpectedSplit, type SplitScore } from './score-split.ts';

/** The score of one bulletin of the corpus. */
export interface BulletinScore extends SplitScore {
  file: string;
  articles: number;
}

/** Split and score every `*.txt` in `dir` that has an expected file; sorted by file name. */
export function scoreCorpus(dir: string, vocabulary: TagVocabulary): BulletinScore[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.map((file) => {
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
    ) as ExpectedSplit;
    const text = readFileSync(join(dir, file), 'utf8');
    const result = splitBulletin(text, { date: editionDate(file, null), file, vocabulary });
    // Scored output must be output the pipeline would accept.
    const valid = SplitResultSchema.safeParse(result);
    if (!valid.success) throw new Error(`${file}: invalid split: ${valid.error.message}`);
    return { file, articles: expected.articles.length, ...scoreSplit(expected, result.articles) };
  });
}

/** The corpus total: fields right over fields checked. */
export function totalScore(scores: readonly SplitScore[]): { ok: number; total: number } {
  return scores.reduce((t, s) => ({ ok: t.ok + s.ok, total: t.total + s.total }), {
    ok: 0,
    total: 0,
  });
}
