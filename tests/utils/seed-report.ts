import { readFileSync } from 'node:fs';
import type { EditionReport } from '../../src/schemas/overrides.ts';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';

/** The seed bulletin's text, as committed. */
export const SEED_TEXT = readFileSync(
  new URL('../../content/bulletins/2025-06-18.txt', import.meta.url),
  'utf8',
);

/** The seed's lines, numbered as the splitter numbers them (a final line break ends no line). */
export const SEED_LINES = SEED_TEXT.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/);

/** The edition report the pipeline writes for the seed (content/reports/2025-06-18.json). */
export function seedReport(): EditionReport {
  const result = splitBulletin(SEED_TEXT, {
    date: '2025-06-18',
    file: '2025-06-18.txt',
    vocabulary: loadVocabulary(),
  });
  return {
    date: '2025-06-18',
    file: '2025-06-18.txt',
    articles: result.articles.map(({ id, slug, title, kind, source }) => ({
      id,
      slug,
      title,
      kind,
      source,
    })),
    hidden: [],
    report: result.report,
  };
}
