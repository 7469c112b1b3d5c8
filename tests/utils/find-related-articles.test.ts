import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { findRelatedArticles } from '../../src/utils/find-related-articles.ts';

type Article = CollectionEntry<'articles'>;
// Only the id and the tags matter to the function.
const article = (id: string, tags: string[]) => ({ id, data: { tags } }) as unknown as Article;
const ids = (list: Article[]) => list.map((a) => a.id);

describe('findRelatedArticles', () => {
  it('ranks by shared tags, then by nearness in the list, never the article itself', () => {
    const all = [
      article('a', ['外交', '北京']),
      article('b', ['外交']),
      article('c', ['外交', '北京']),
      article('d', ['体育']),
      article('e', ['北京']),
    ];
    expect(ids(findRelatedArticles(all[2]!, all))).toEqual(['a', 'b', 'e']);
    expect(ids(findRelatedArticles(all[3]!, all))).toEqual([]);
    expect(ids(findRelatedArticles(all[2]!, all, 1))).toEqual(['a']);
  });

  it('prefers articles from about the same time in a long archive', () => {
    // 1,000 articles, newest first, all tagged 外交: an old one's related are its neighbours.
    const all = Array.from({ length: 1000 }, (_, i) => article(`n${i}`, ['外交']));
    expect(ids(findRelatedArticles(all[800]!, all))).toEqual(['n799', 'n801', 'n798', 'n802']);
    expect(ids(findRelatedArticles(all[0]!, all))).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('counts every shared tag of a candidate, even one whose window it is outside', () => {
    const all = [
      article('old-rare', ['罢工', '外交']),
      ...Array.from({ length: 300 }, (_, i) => article(`x${i}`, ['外交'])),
      article('new-rare', ['罢工', '外交']),
    ];
    expect(ids(findRelatedArticles(all.at(-1)!, all))[0]).toBe('old-rare');
  });
});
