import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TagVocabularySchema, type TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';

/** The project's own tag vocabulary, `content/tags.yaml`. */
export function loadVocabulary(): TagVocabulary {
  return TagVocabularySchema.parse(
    parse(readFileSync(new URL('../../content/tags.yaml', import.meta.url), 'utf8')),
  );
}
