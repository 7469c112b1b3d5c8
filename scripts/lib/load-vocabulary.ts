import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { TagVocabularySchema, type TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { CliError } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import { fsProblem } from './read-bulletin.ts';

/** Read and validate the editors' tag vocabulary; errors name the file and the key at fault. */
export function loadVocabulary(path: string): TagVocabulary {
  const shown = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(shown, `${fsProblem(error)} (the tag vocabulary)`);
  }
  // Duplicate keys are errors rather than last-one-wins: two definitions of a tag are a mistake.
  const doc = parseDocument(text, { uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    // The message's first line already says "at line L, column C"; the rest is a source excerpt.
    throw new CliError(shown, (syntax.message.split('\n')[0] ?? '').replace(/:$/, ''));
  }
  const parsed = TagVocabularySchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key =
    issue === undefined || issue.path.length === 0
      ? '(top level)'
      : issue.path.map(String).join('.');
  throw new CliError(shown, `${key}: ${issue?.message ?? 'invalid vocabulary'}`);
}
