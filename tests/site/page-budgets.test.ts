/**
 * The page budgets (issue 5) on a site at archive scale: a year of generated daily editions
 * (ARCHIVE_BUILD, made once per run by tests/site/global-setup.ts). The seed site's single edition
 * cannot show a page that grows with the archive; dist.test.ts checks the same budgets there.
 * Thousands of pages: they are read as text, and only the home page is parsed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FRONT_PAGE_EDITIONS } from '../../src/utils/front-page-editions.ts';
import { ARCHIVE_EDITIONS } from './helpers/archive-project.ts';
import { attr, type HtmlElement } from './helpers/html.ts';
import { BUDGET, KB, ownCssBytes } from './helpers/page-budgets.ts';
import { contentOf, requireBuild } from './helpers/site-checks.ts';
import { fileToUrl, resolveRef, SitePages, sizeOf } from './helpers/site-files.ts';

const build = inject('archiveBuild');

// Newest first, as the site lists them; each edition folder holds `<slug>.md` per article.
const editions = existsSync(build.articlesDir)
  ? readdirSync(build.articlesDir)
      .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
      .sort()
      .reverse()
  : [];
const articlePages = editions.flatMap((edition) =>
  readdirSync(join(build.articlesDir, edition))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `articles/${edition}/${name.slice(0, -'.md'.length)}/index.html`),
);

/** Output files of the internal pages `scope` links to, in document order. */
function linkedFiles(site: SitePages, file: string, scope: HtmlElement): string[] {
  const from = fileToUrl(build, file);
  return scope.querySelectorAll('a[href]').flatMap((a) => {
    const r = resolveRef(build, from, attr(a, 'href') ?? '', site.exists);
    return r.kind === 'internal' ? [r.file] : [];
  });
}

/** The editions (dates) whose own page `scope` links to, each once, in document order. */
function linkedEditions(site: SitePages, file: string, scope: HtmlElement): string[] {
  const dates = linkedFiles(site, file, scope).flatMap(
    (f) => /^editions\/(\d{4}-\d{2}-\d{2})\/index\.html$/.exec(f)?.[1] ?? [],
  );
  return [...new Set(dates)];
}

describe(`page budgets at archive scale (${ARCHIVE_EDITIONS} editions)`, () => {
  let site: SitePages;
  beforeAll(() => {
    site = new SitePages(build);
  });

  it('the archive builds, with every generated edition', () => {
    expect(build.ok, build.log).toBe(true);
    expect(editions).toHaveLength(ARCHIVE_EDITIONS);
    // Otherwise the front page's cut would never be exercised.
    expect(editions.length).toBeGreaterThan(FRONT_PAGE_EDITIONS + 1);
  });

  it(`every article page is at most ${BUDGET.articleHtml / KB} KB of HTML`, () => {
    requireBuild(build);
    expect(articlePages.filter((f) => !site.has(f))).toEqual([]);
    const over = articlePages
      .map((f) => ({ file: f, bytes: sizeOf(build, f) }))
      .filter((p) => p.bytes > BUDGET.articleHtml);
    expect(over).toEqual([]);
  });

  it('no article page ships JavaScript', () => {
    requireBuild(build);
    // Structured data (`application/ld+json`) is not a script that runs.
    const js = articlePages.flatMap((f) => {
      const html = site.read(f);
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)]
        .map((m) => m[0])
        .filter((tag) => !/\btype=["']?application\/ld\+json/i.test(tag));
      const preloads = [...html.matchAll(/<link\b[^>]*\.m?js\b[^>]*>/gi)].map((m) => m[0]);
      return [...scripts, ...preloads].map((tag) => `${f}: ${tag}`);
    });
    expect(js).toEqual([]);
  });

  it(`the site's own CSS is at most ${BUDGET.totalCss / KB} KB in total`, () => {
    requireBuild(build);
    expect(ownCssBytes(site)).toBeLessThanOrEqual(BUDGET.totalCss);
  });

  describe('home page', () => {
    const main = (): HtmlElement => {
      requireBuild(build);
      return contentOf(site.page('index.html'));
    };

    it(`is at most ${BUDGET.homeHtml / KB} KB of HTML`, () => {
      requireBuild(build);
      expect(sizeOf(build, 'index.html')).toBeLessThanOrEqual(BUDGET.homeHtml);
    });

    it(`lists only the ${FRONT_PAGE_EDITIONS} newest earlier editions, newest first`, () => {
      const earlier = linkedEditions(site, 'index.html', main()).filter((d) => d !== editions[0]);
      expect(earlier).toEqual(editions.slice(1, 1 + FRONT_PAGE_EDITIONS));
    });

    it('links the full archive /editions/ from its content, and that page lists every edition', () => {
      expect(linkedFiles(site, 'index.html', main())).toContain('editions/index.html');
      const archive = contentOf(site.page('editions/index.html'));
      expect(linkedEditions(site, 'editions/index.html', archive)).toEqual(editions);
    });
  });
});
