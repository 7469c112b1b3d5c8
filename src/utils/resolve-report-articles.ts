import type { CollectionEntry } from 'astro:content';
import type { Kind, SourceRange } from '../schemas/article.ts';
import type { EditionReport } from '../schemas/overrides.ts';
import { getArticleUrl } from './get-article-url.ts';
import { withBase } from './with-base.ts';

/** Colour bands on the source page; articles past this many reuse them, their labels still differ. */
export const BAND_COUNT = 8;

/** A published article as the source page shows it: label, colour band class and link. */
export interface ReportArticle {
  id: string;
  title: string;
  kind: Kind;
  url: string;
  /** Visible label, `稿1`, `稿2`, … in print order, so the band is never the only cue. */
  label: string;
  /** CSS class of its colour band, `a0` … `a7`. */
  band: string;
  source: SourceRange[];
}

// The id map is built once per list of articles, not once per source page.
const idMaps = new WeakMap<
  readonly CollectionEntry<'articles'>[],
  Map<string, CollectionEntry<'articles'>>
>();

/** The report's articles, linked to their pages (found by id, so a renamed slug still links). */
export function resolveReportArticles(
  report: EditionReport,
  articles: CollectionEntry<'articles'>[],
): ReportArticle[] {
  let byId = idMaps.get(articles);
  if (!byId) idMaps.set(articles, (byId = new Map(articles.map((a) => [a.data.id, a]))));
  return report.articles.map(({ id, title, kind, slug, source }, index) => {
    const entry = byId.get(id);
    return {
      id,
      title: entry?.data.title ?? title,
      kind,
      url: entry ? getArticleUrl(entry) : withBase('articles/' + report.date + '/' + slug + '/'),
      label: '稿' + (index + 1),
      band: 'a' + (index % BAND_COUNT),
      source,
    };
  });
}
