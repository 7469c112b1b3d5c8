import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UrlRegistrySchema } from '../schemas/overrides.ts';

/**
 * The sitemap's page filter: leaves out the 404 page, the editors' source pages
 * (`editions/<date>/source/`) and old article URLs that only redirect. Read when the config loads:
 * the old slugs from `content/bulletins/*.urls.json`, less every slug an article has now (its
 * front matter in `content/articles/`), the same rule as src/utils/list-moved-articles.ts.
 */
export function sitemapFilter(content = 'content'): (page: string) => boolean {
  const moved = readOldArticlePaths(content);
  return (page) => {
    const path = new URL(page).pathname;
    const article = /\/articles\/([^/]+\/[^/]+)\/$/.exec(path)?.[1];
    return (
      !path.endsWith('/404/') &&
      !/\/editions\/[^/]+\/source\/$/.test(path) &&
      !(article && moved.has(article))
    );
  };
}

/** `<edition>/<slug>` for every slug in the URL registries that no article of its edition has now. */
function readOldArticlePaths(content: string): Set<string> {
  const old = new Set<string>();
  const bulletins = join(content, 'bulletins');
  if (!existsSync(bulletins)) return old;
  for (const name of readdirSync(bulletins).filter((n) => n.endsWith('.urls.json'))) {
    const file = join(bulletins, name);
    const parsed = UrlRegistrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message}`);
    const edition = name.slice(0, -'.urls.json'.length);
    const current = readSlugs(join(content, 'articles', edition));
    for (const slugs of Object.values(parsed.data))
      for (const slug of slugs) if (!current.has(slug)) old.add(edition + '/' + slug);
  }
  return old;
}

/** The `slug:` of every article file in an edition folder (a plain front matter line). */
function readSlugs(dir: string): Set<string> {
  const slugs = new Set<string>();
  if (!existsSync(dir)) return slugs;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const frontMatter = readFileSync(join(dir, name), 'utf8').split(/\n---\n/, 1)[0] ?? '';
    const slug = /^slug: ['"]?([a-z0-9-]+)/m.exec(frontMatter)?.[1];
    if (slug) slugs.add(slug);
  }
  return slugs;
}
