import type { SitePages } from './site-files.ts';
import { child, childElements, parseXml, xmlText } from './xml.ts';

/** Every URL listed by a build's sitemaps (through sitemap-index.xml). */
export function sitemapUrls(site: SitePages): string[] {
  const index = parseXml(site.read('sitemap-index.xml'));
  return childElements(index, 'sitemap').flatMap((s) => {
    const file = xmlText(child(s, 'loc')).trim().replace(/^.*\//, '');
    const urlset = parseXml(site.read(file));
    return childElements(urlset, 'url').map((u) => xmlText(child(u, 'loc')).trim());
  });
}
