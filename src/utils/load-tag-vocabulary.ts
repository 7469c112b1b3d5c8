import { parse } from 'yaml';
import { TagVocabularySchema, type TagVocabulary } from '../schemas/tag-vocabulary.ts';
// Imported as text through Vite so the build tracks the file and no path juggling is needed.
import vocabularyText from '../../content/tags.yaml?raw';

let vocabulary: TagVocabulary | undefined;

/** The editors' tag vocabulary from `content/tags.yaml`, validated; used for tag descriptions. */
export function loadTagVocabulary(): TagVocabulary {
  // Parsed once per build: every tag page asks for it.
  return (vocabulary ??= TagVocabularySchema.parse(parse(vocabularyText)));
}
