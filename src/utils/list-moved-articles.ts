import type { CollectionEntry } from 'astro:content';
import type { UrlRegistry } from '../schemas/overrides.ts';

type Article = CollectionEntry<'articles'>;

/** An old URL of an article: `articles/<edition>/<slug>/` now lives at the article's current URL. */
export interface MovedArticle {
  edition: string;
  /** The slug the article no longer has. */
  slug: string;
  /** The article as published now. */
  article: Article;
}

/**
 * Every old slug in the URL registries that should redirect. An article no longer on the site
 * (hidden, or gone from the bulletin) keeps no redirects, and a slug that is some article's
 * current one is that article's page, never a redirect.
 */
export function listMovedArticles(
  articles: Article[],
  registries: Map<string, UrlRegistry>,
): MovedArticle[] {
  // Grouped once: filtering every article for each edition's registry took seconds at 20,000.
  const byEdition = new Map<string, Article[]>();
  for (const article of articles) {
    const list = byEdition.get(article.data.edition);
    if (list) list.push(article);
    else byEdition.set(article.data.edition, [article]);
  }
  const moved: MovedArticle[] = [];
  for (const [edition, registry] of registries) {
    const current = byEdition.get(edition) ?? [];
    const taken = new Set(current.map((article) => article.data.slug));
    const byId = new Map(current.map((article) => [article.data.id, article]));
    for (const [id, slugs] of Object.entries(registry)) {
      const article = byId.get(id);
      if (!article) continue;
      for (const slug of slugs) {
        if (taken.has(slug)) continue;
        taken.add(slug);
        moved.push({ edition, slug, article });
      }
    }
  }
  return moved;
}
