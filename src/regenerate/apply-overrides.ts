import type { Overrides } from '../schemas/overrides.ts';
import type { SplitArticle } from '../schemas/split-result.ts';

/** The split articles after the editors' overrides. */
export interface OverriddenArticles {
  /** Articles to publish, in print order, with title, kind, tags, summary, image and corrections overridden. */
  published: SplitArticle[];
  /** Articles an override hides, in print order (as the splitter made them). */
  hidden: SplitArticle[];
  /** Override keys that name no article of this split, sorted: probably a typo or a changed headline. */
  unknown: string[];
}

/**
 * Apply an edition's overrides to its split articles, by stable id. Slugs are not touched here:
 * they come from the URL registry (see assignSlugs). The splitter's articles are not mutated.
 */
export function applyOverrides(
  articles: readonly SplitArticle[],
  overrides: Overrides,
): OverriddenArticles {
  const published: SplitArticle[] = [];
  const hidden: SplitArticle[] = [];
  for (const article of articles) {
    const o = overrides.articles[article.id];
    if (o === undefined) {
      published.push(article);
      continue;
    }
    if (o.hidden === true) {
      hidden.push(article);
      continue;
    }
    published.push({
      ...article,
      ...(o.title !== undefined && { title: o.title }),
      ...(o.kind !== undefined && { kind: o.kind }),
      ...(o.tags !== undefined && { tags: [...o.tags] }),
      ...(o.summary !== undefined && { summary: o.summary }),
      ...(o.image !== undefined && { image: o.image }),
      ...(o.corrections !== undefined && { corrections: o.corrections.map((c) => ({ ...c })) }),
    });
  }
  const ids = new Set(articles.map((a) => a.id));
  const unknown = Object.keys(overrides.articles)
    .filter((id) => !ids.has(id))
    .sort();
  return { published, hidden, unknown };
}
