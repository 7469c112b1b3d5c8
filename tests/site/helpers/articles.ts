import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/schemas/article.ts';
import { parseArticleFile } from '../../../src/splitter/render-article-file.ts';
import { readBodyBlocks } from '../../helpers/read-body-blocks.ts';
import { ROOT } from './build-site.ts';

/** One article from content/articles, as the site should show it. */
export interface ContentArticle {
  /** `content/articles/<edition>/<slug>.md`, relative to the project root. */
  file: string;
  data: Article;
  /** Text of each paragraph of the body, in order (headings left out). */
  paragraphs: string[];
  /** Section headings of the body, in order. */
  headings: string[];
  /** The article's path under the base: `articles/<edition>/<slug>/`. */
  path: string;
}

/** Every article in a content/articles folder (by default the project's own, as committed). */
export function loadArticles(dir = join(ROOT, 'content', 'articles')): ContentArticle[] {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((p) => p.split(/[\\/]/).join('/'))
    .filter((p) => p.endsWith('.md'))
    .sort();
  return files.map((rel) => {
    const { data, body } = parseArticleFile(readFileSync(join(dir, rel), 'utf8'));
    const blocks = readBodyBlocks(body);
    return {
      file: `content/articles/${rel}`,
      data,
      paragraphs: blocks.filter((b) => b.type === 'paragraph').map((b) => b.text.trim()),
      headings: blocks.filter((b) => b.type === 'heading').map((b) => b.text.trim()),
      path: `articles/${data.edition}/${data.slug}/`,
    };
  });
}

/** A paragraph from the middle of the article (its only one when it has one). */
export function middleParagraph(article: ContentArticle): string {
  const { paragraphs } = article;
  return paragraphs[Math.floor(paragraphs.length / 2)] ?? '';
}

/** Every tag used by some article, sorted. */
export function allTags(articles: ContentArticle[]): string[] {
  return [...new Set(articles.flatMap((a) => a.data.tags))].sort();
}
