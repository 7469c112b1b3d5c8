import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { formatRedirectsFile } from '../../src/utils/format-redirects-file.ts';
import { listMovedArticles } from '../../src/utils/list-moved-articles.ts';

type Article = CollectionEntry<'articles'>;
const article = (id: string, slug: string, edition = '2025-06-18'): Article =>
  ({ id: `${edition}/${slug}`, data: { id, slug, edition } }) as unknown as Article;

describe('listMovedArticles', () => {
  const a = article('2025-06-18-aaaaaaaa', 'new-a');
  const b = article('2025-06-18-bbbbbbbb', 'b');
  const registries = new Map([
    [
      '2025-06-18',
      {
        '2025-06-18-aaaaaaaa': ['new-a', 'old-a', 'older-a'],
        '2025-06-18-bbbbbbbb': ['b', 'new-a'],
        '2025-06-18-cccccccc': ['hidden-now', 'hidden-before'],
      },
    ],
  ]);

  it('lists every old slug of a published article, pointing at it', () => {
    const moved = listMovedArticles([a, b], registries);
    expect(moved.map((m) => [m.edition, m.slug, m.article.data.slug])).toEqual([
      ['2025-06-18', 'old-a', 'new-a'],
      ['2025-06-18', 'older-a', 'new-a'],
    ]);
  });

  it('never shadows a current slug, and keeps nothing for an article off the site', () => {
    const slugs = listMovedArticles([a, b], registries).map((m) => m.slug);
    expect(slugs).not.toContain('new-a');
    expect(slugs).not.toContain('hidden-before');
  });

  it('matches registries to their own edition only', () => {
    const elsewhere = article('2025-06-18-aaaaaaaa', 'new-a', '2025-06-19');
    expect(listMovedArticles([elsewhere], registries)).toEqual([]);
  });
});

describe('formatRedirectsFile', () => {
  const redirects = [{ from: '/base/articles/d/old/', to: '/base/articles/d/new/' }];

  it('writes one permanent redirect a line, after a comment', () => {
    expect(formatRedirectsFile(redirects).split('\n')).toEqual([
      expect.stringMatching(/^# /),
      '/base/articles/d/old/ /base/articles/d/new/ 301',
      '',
    ]);
  });

  it('forces the rule for Netlify, which would otherwise serve the old page', () => {
    expect(formatRedirectsFile(redirects, true)).toContain(' 301!\n');
  });

  it('percent-encodes paths', () => {
    expect(formatRedirectsFile([{ from: '/标签/', to: '/x/' }])).toContain('/%E6%A0%87%E7%AD%BE/');
  });
});
