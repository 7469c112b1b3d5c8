/**
 * What an editor's overrides change on the site, checked on the `overrides` build
 * (helpers/overrides-fixture.ts): corrections, override images, and old URLs that redirect.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadArticles } from './helpers/articles.ts';
import { attr, text } from './helpers/html.ts';
import { requireBuild } from './helpers/site-checks.ts';
import { SitePages } from './helpers/site-files.ts';
import { sitemapUrls } from './helpers/sitemap-urls.ts';

const builds = inject('siteBuilds');
const overrides = builds.find((b) => b.fixture);

describe.runIf(overrides)('editors’ overrides (overrides build)', () => {
  const build = overrides!;
  const fixture = build.fixture!;
  const abs = (path: string) => `${build.site}${build.base}${path}`;
  const articlePath = (slug: string) => `articles/${fixture.edition}/${slug}/`;
  let site: SitePages;
  beforeAll(() => {
    requireBuild(build);
    site = new SitePages(build);
  });
  const page = (slug: string) => site.page(`${articlePath(slug)}index.html`);
  const jsonLd = (slug: string) =>
    JSON.parse(page(slug).querySelectorAll('script[type="application/ld+json"]')[0]!.textContent);

  it('shows each correction above the body: 更正, the date in Chinese, the note', () => {
    const root = page(fixture.corrected.slug);
    const shown = root.querySelectorAll('.corrections p').map((p) => ({
      label: text(p.querySelectorAll('.label')[0]),
      date: text(p.querySelectorAll('time')[0]),
      datetime: attr(p.querySelectorAll('time')[0]!, 'datetime'),
      text: text(p),
    }));
    expect(shown.map(({ label, date, datetime }) => ({ label, date, datetime }))).toEqual([
      { label: '更正', date: '2025年6月19日', datetime: '2025-06-19' },
      { label: '更正', date: '2025年6月20日', datetime: '2025-06-20' },
    ]);
    fixture.corrected.corrections.forEach((c, i) => expect(shown[i]?.text).toContain(c.note));
    const html = site.read(`${articlePath(fixture.corrected.slug)}index.html`);
    expect(html.indexOf('class="corrections"')).toBeLessThan(html.indexOf('class="prose"'));
  });

  it('prints an overline (引题) as a paragraph above the headline, not inside it', () => {
    const { slug, title, overline } = fixture.overlined;
    const head = page(slug).querySelectorAll('.article-head hgroup')[0]!;
    const h1 = head.querySelectorAll('h1')[0]!;
    expect(text(h1)).toBe(title);
    const shown = head.querySelectorAll('p.overline');
    expect(shown.map(text)).toEqual([overline]);
    const html = site.read(`${articlePath(slug)}index.html`);
    expect(html.indexOf('class="overline"')).toBeLessThan(html.indexOf('<h1'));
    // The cards that list it (its kind's page) print it above their headline too.
    const card = site
      .page('kinds/report/index.html')
      .querySelectorAll('article.card')
      .find((c) => c.querySelectorAll('a').some((a) => text(a) === title));
    const parts = (card?.childElements ?? []).map(
      (el) => `${el.tagName.toLowerCase()}.${attr(el, 'class') ?? ''}`,
    );
    const at = parts.indexOf('p.overline');
    expect(at, parts.join(' ')).toBeGreaterThanOrEqual(0);
    expect(parts[at + 1]).toMatch(/^h[23]\./);
    expect(text(card?.querySelectorAll('p.overline')[0])).toBe(overline);
    const others = page(fixture.moved.slug).querySelectorAll('.overline');
    expect(others, 'no overline, no paragraph').toHaveLength(0);
  });

  it('puts the corrections in JSON-LD and dates the change by the latest one', () => {
    const ld = jsonLd(fixture.corrected.slug);
    expect(ld.correction).toEqual(
      fixture.corrected.corrections.map((c) => ({
        '@type': 'CorrectionComment',
        text: c.note,
        datePublished: `${c.date}T00:00:00+08:00`,
      })),
    );
    expect(ld.dateModified).toBe('2025-06-20T00:00:00+08:00');
    const modified = page(fixture.corrected.slug)
      .querySelectorAll('meta[property="article:modified_time"]')
      .map((m) => attr(m, 'content'));
    expect(modified).toEqual(['2025-06-20T00:00:00+08:00']);
    expect(jsonLd(fixture.moved.slug).correction, 'no corrections, no property').toBeUndefined();
  });

  it('shows override images through the image pipeline, and never a broken one', () => {
    for (const slug of fixture.pictured) {
      const imgs = page(slug).querySelectorAll('main img');
      expect(imgs.length, slug).toBeGreaterThan(0);
      for (const img of imgs) {
        const src = attr(img, 'src') ?? '';
        expect(src, `${slug}: processed by Astro`).toMatch(/\/_astro\/fixture-photo\.[^/]+\.webp$/);
        expect(site.has(src.slice(build.base.length)), `${slug}: ${src} exists`).toBe(true);
        expect(attr(img, 'width')).toMatch(/^\d+$/);
      }
      expect(attr(page(slug).querySelectorAll('meta[property="og:image"]')[0]!, 'content')).toMatch(
        /^https:\/\/example\.org\/.*\.webp$/,
      );
    }
    expect(page(fixture.missingPicture).querySelectorAll('main img'), 'missing file').toHaveLength(
      0,
    );
  });

  it('gives an old slug a redirect page: meta refresh, canonical, noindex, a visible link', () => {
    const target = `${build.base}${articlePath(fixture.moved.slug)}`;
    const root = page(fixture.moved.oldSlug);
    const refresh = root
      .querySelectorAll('meta[http-equiv="refresh"]')
      .map((m) => attr(m, 'content'));
    expect(refresh).toEqual([`0;url=${target}`]);
    const canonical = root.querySelectorAll('link[rel="canonical"]').map((l) => attr(l, 'href'));
    expect(canonical).toEqual([abs(articlePath(fixture.moved.slug))]);
    expect(root.querySelectorAll('meta[name="robots"]').map((m) => attr(m, 'content'))).toEqual([
      'noindex',
    ]);
    const links = root.querySelectorAll('main a').filter((a) => attr(a, 'href') === target);
    expect(links.map(text)).toEqual([fixture.moved.title]);
    expect(root.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
  });

  it('makes no page for an old slug of an article off the site or a slug still in use', () => {
    for (const slug of fixture.notMoved) {
      const file = `${articlePath(slug)}index.html`;
      if (site.has(file))
        expect(text(site.page(file).querySelectorAll('h1')[0])).not.toMatch(/移至/);
    }
    expect(site.has(`${articlePath('gone-article-old')}index.html`)).toBe(false);
  });

  it('writes _redirects: one base-aware 301 per old URL', () => {
    const rules = site
      .read('_redirects')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(rules).toEqual([
      `${build.base}${articlePath(fixture.moved.oldSlug)} ${build.base}${articlePath(fixture.moved.slug)} 301`,
    ]);
  });

  it('keeps old URLs out of the sitemap and the search index', () => {
    const urls = sitemapUrls(site);
    expect(urls).toContain(abs(articlePath(fixture.moved.slug)));
    expect(urls).not.toContain(abs(articlePath(fixture.moved.oldSlug)));
    // Every shard's entry file counts its pages: together, exactly the articles, no redirect.
    const { shards } = JSON.parse(site.read('pagefind/shards.json')) as { shards: string[] };
    const indexed = shards.flatMap((shard) => {
      const entry = JSON.parse(site.read(`pagefind/${shard}/pagefind-entry.json`));
      return Object.values(entry.languages as Record<string, { page_count: number }>);
    });
    expect(indexed.reduce((n, l) => n + l.page_count, 0)).toBe(
      loadArticles(build.articlesDir).length,
    );
  });
});
