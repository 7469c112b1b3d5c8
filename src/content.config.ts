import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';

/**
 * Articles written by the splitter, `content/articles/<edition>/<slug>.md`.
 * The entry id is the path without `.md`, e.g. `2025-06-18/zhong-ou-ban-lie`,
 * so ids are unique across editions and match the files on disk.
 */
const articles = defineCollection({
  loader: glob({
    base: './content/articles',
    pattern: '**/*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: ArticleSchema,
});

export const collections = { articles };
