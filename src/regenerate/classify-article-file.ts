import type { Article } from '../schemas/article.ts';
import { generatedState, parseArticleFile } from '../splitter/render-article-file.ts';

/** The name of the per-edition manifest inside the edition folder; not an article (Astro globs `*.md`). */
export const MANIFEST_NAME = '.manifest.json';

/** What a file found in an edition folder is, which decides whether a regeneration may touch it. */
export type FileState =
  /** An article file exactly as it was generated: may be overwritten or removed. */
  | { kind: 'generated'; data: Article }
  /** A valid article file changed by hand since it was generated (or never stamped): left alone. */
  | { kind: 'edited'; data: Article }
  /** Anything else: not an article of this edition, or one that no longer validates. Never touched. */
  | { kind: 'foreign'; problem: string };

/** Classify the file `name` of edition folder `edition`, given its text (null when it is not a regular file). */
export function classifyArticleFile(name: string, text: string | null, edition: string): FileState {
  if (text === null) return { kind: 'foreign', problem: 'not a regular file' };
  if (!name.endsWith('.md') || name.startsWith('.'))
    return { kind: 'foreign', problem: 'not an article file (*.md)' };
  let data: Article;
  try {
    data = parseArticleFile(text).data;
  } catch (error) {
    return { kind: 'foreign', problem: `not a valid article: ${(error as Error).message}` };
  }
  if (data.edition !== edition)
    return { kind: 'foreign', problem: `edition is ${data.edition}, not ${edition}` };
  if (`${data.slug}.md` !== name)
    return { kind: 'foreign', problem: `slug "${data.slug}" does not match the file name` };
  return { kind: generatedState(text) === 'intact' ? 'generated' : 'edited', data };
}
