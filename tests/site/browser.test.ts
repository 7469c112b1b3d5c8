/**
 * The built site in a real browser: Debian's Chromium driven by playwright-core, against the
 * builds made by tests/site/global-setup.ts, each served by a tiny node:http static server
 * (helpers/static-server.ts) under its base path.
 *
 * Why not `astro preview`: it only serves dist/ (no --outDir), keeps a lock file that a preview
 * started by someone else in the same checkout would collide with, and needs a port chosen in
 * advance. The static server takes any outDir, a free port from the OS, and behaves like the
 * static host the site is made for (dir/ → index.html, 404.html for misses).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KINDS } from '../../src/schemas/article.ts';
import { loadArticles, type ContentArticle } from './helpers/articles.ts';
import { ROOT, type SiteBuild } from './helpers/build-site.ts';
import { axeViolations } from './helpers/axe.ts';
import { launchChromium } from './helpers/chromium.ts';
import { requireBuild } from './helpers/site-checks.ts';
import { serveBuild, type StaticServer } from './helpers/static-server.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const TIMEOUT = 120_000;

// The browser runs against the builds of the real articles (not the `paged` or `overrides`
// test copies; csp.test.ts drives the `overrides` one).
const builds = inject('siteBuilds').filter(
  (b) => b.articlesDir === join(ROOT, 'content', 'articles'),
);
const articles = loadArticles();
const bySlug = (slug: string): ContentArticle => {
  const a = articles.find((x) => x.data.slug === slug);
  if (!a) throw new Error(`no article ${slug} in content/articles`);
  return a;
};
const photo = articles.find((a) => a.data.kind === 'photo');
const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

/** Paths (`articles/<edition>/<slug>/`) of the articles a filter should leave visible. */
function expectedFor(tags: string[], kind: string | null): string[] {
  return sorted(
    articles
      .filter(
        (a) =>
          tags.every((t) => a.data.tags.includes(t)) && (kind === null || a.data.kind === kind),
      )
      .map((a) => a.path),
  );
}

/**
 * Two tags that tell "all chosen tags" apart from "any chosen tag" (they share articles, and
 * one has articles the other lacks), and a kind that narrows their shared articles further.
 */
function andFilterCase(): { a: string; b: string; kind: string } | undefined {
  const tags = sorted(new Set(articles.flatMap((x) => x.data.tags)));
  for (const a of tags)
    for (const b of tags) {
      if (a >= b) continue;
      const both = expectedFor([a, b], null);
      const either = articles.filter((x) => x.data.tags.includes(a) || x.data.tags.includes(b));
      if (both.length === 0 || either.length === both.length) continue;
      const kind = KINDS.find((k) => {
        const n = expectedFor([a, b], k).length;
        return n > 0 && n < both.length;
      });
      if (kind) return { a, b, kind };
    }
  return undefined;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records everything that went wrong while it was used. */
interface WatchedPage {
  page: Page;
  problems: string[];
  scripts: string[];
}

async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught ${e.name}: ${e.message} on ${page.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()} on ${page.url()}`);
  });
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`),
  );
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()} (from ${page.url()})`);
  });
  return { page, problems, scripts };
}

describe.each(builds)('in Chromium, $name build (base $base)', (build: SiteBuild) => {
  let server: StaticServer;
  let context: BrowserContext;
  beforeAll(async () => {
    if (!build.ok) return;
    server = await serveBuild(build);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });
  /** URL of a path under the base (`tags/无人机/`), percent-encoded as a browser would. */
  const url = (path = ''): string => new URL(server.root + path).href;
  /** `articles/x/y/` for a URL of this site, or the URL itself when it is not under the base. */
  const pathOf = (href: string): string => {
    const u = new URL(href, server.root);
    const p = decodeURIComponent(u.pathname);
    return u.origin === server.origin && p.startsWith(build.base)
      ? p.slice(build.base.length)
      : href;
  };

  describe('home page filters', { timeout: TIMEOUT }, () => {
    /** What the home page shows: visible and hidden cards, pressed chips, the query, the status. */
    const state = async (page: Page) => {
      const s = await page.evaluate(() => {
        const cards = [...document.querySelectorAll<HTMLElement>('[data-article]')].map((card) => ({
          href: card.querySelector('a')?.href ?? '',
          hiddenAttr: card.hasAttribute('hidden'),
          visible: card.checkVisibility(),
        }));
        const pressed = (sel: string, key: string) =>
          [...document.querySelectorAll<HTMLElement>(sel)]
            .filter((c) => c.getAttribute('aria-pressed') === 'true')
            .map((c) => c.getAttribute(key) ?? '');
        return {
          cards,
          tags: pressed('[data-filter-tag]', 'data-filter-tag'),
          kinds: pressed('[data-filter-kind]', 'data-filter-kind'),
          unpressed: [...document.querySelectorAll('[data-filter-tag], [data-filter-kind]')].filter(
            (c) =>
              c.getAttribute('aria-pressed') !== 'true' &&
              c.getAttribute('aria-pressed') !== 'false',
          ).length,
          status: document.querySelector('[data-filter-status]')?.textContent?.trim() ?? null,
          search: location.search,
          path: location.pathname,
        };
      });
      const params = new URLSearchParams(s.search);
      return {
        visible: sorted(s.cards.filter((c) => c.visible).map((c) => pathOf(c.href))),
        // A card must be hidden by the attribute AND really hidden (CSS must not override [hidden]).
        inconsistent: s.cards.filter((c) => c.hiddenAttr === c.visible).map((c) => pathOf(c.href)),
        pressedTags: sorted(new Set(s.tags)),
        pressedKinds: [...new Set(s.kinds)],
        chipsWithoutAriaPressed: s.unpressed,
        queryTags: params.getAll('tag'),
        queryKind: params.get('kind'),
        status: s.status,
        path: s.path,
      };
    };
    type State = Awaited<ReturnType<typeof state>>;

    /** Wait until the page shows the filter (tags in the order chosen, kind or null). */
    const expectFilter = async (
      page: Page,
      tags: string[],
      kind: string | null,
    ): Promise<State> => {
      const want = {
        visible: expectedFor(tags, kind),
        inconsistent: [],
        pressedTags: sorted(tags),
        pressedKinds: kind ? [kind] : [],
        chipsWithoutAriaPressed: 0,
        queryTags: tags,
        queryKind: kind,
        status: undefined,
        path: new URL(url()).pathname,
      };
      await expect
        .poll(
          async () => {
            const s = await state(page);
            return { ...s, status: undefined };
          },
          { timeout: 5_000 },
        )
        .toEqual(want);
      return state(page);
    };
    const click = async (page: Page, selector: string): Promise<void> => {
      await page.locator(selector).first().click();
    };
    const tagChip = (t: string) => `[data-filter-tag="${t}"]`;
    const kindChip = (k: string) => `[data-filter-kind="${k}"]`;

    it('filters by two tags and a kind at once, the URL follows, Back restores each step', async () => {
      requireBuild(build);
      const { page, problems } = await watchedPage(context);
      await page.goto(url(), { waitUntil: 'load' });
      const all = await expectFilter(page, [], null);
      expect(all.visible).toEqual(sorted(articles.map((a) => a.path)));

      await click(page, tagChip('无人机'));
      const one = await expectFilter(page, ['无人机'], null);
      await click(page, tagChip('重庆'));
      await expectFilter(page, ['无人机', '重庆'], null);
      await click(page, kindChip('photo'));
      const three = await expectFilter(page, ['无人机', '重庆'], 'photo');
      expect(new URL(page.url()).search).toBe(
        `?${new URLSearchParams([
          ['tag', '无人机'],
          ['tag', '重庆'],
          ['kind', 'photo'],
        ])}`,
      );
      expect(three.visible).toEqual(photo ? [photo.path] : []);
      expect(one.status, 'the [data-filter-status] live region says something').toBeTruthy();
      expect(
        all.status === one.status && one.visible.length !== all.visible.length,
        'status text unchanged',
      ).toBe(false);

      await page.evaluate(() => history.back());
      await expectFilter(page, ['无人机', '重庆'], null);
      await page.evaluate(() => history.back());
      await expectFilter(page, ['无人机'], null);
      await page.evaluate(() => history.back());
      await expectFilter(page, [], null);
      expect(page.url()).toBe(url());
      await page.evaluate(() => history.forward());
      await expectFilter(page, ['无人机'], null);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('shows only articles that carry ALL chosen tags; chips toggle; reset clears', async () => {
      requireBuild(build);
      const c = andFilterCase();
      expect(c, 'the articles offer no two overlapping tags to test with').toBeDefined();
      const { a, b, kind } = c!;
      const { page, problems } = await watchedPage(context);
      await page.goto(url(), { waitUntil: 'load' });
      await click(page, tagChip(a));
      await expectFilter(page, [a], null);
      await click(page, tagChip(b));
      await expectFilter(page, [a, b], null);
      await click(page, kindChip(kind));
      await expectFilter(page, [a, b], kind);
      await click(page, tagChip(a)); // pressed again: off
      await expectFilter(page, [b], kind);
      await click(page, '[data-filter-reset]');
      await expectFilter(page, [], null);
      expect(new URL(page.url()).search).toBe('');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('every tag chip and every kind chip, alone, shows exactly its articles', async () => {
      requireBuild(build);
      const { page, problems } = await watchedPage(context);
      await page.goto(url(), { waitUntil: 'load' });
      for (const tag of sorted(new Set(articles.flatMap((a) => a.data.tags)))) {
        await click(page, tagChip(tag));
        await expectFilter(page, [tag], null);
        await click(page, tagChip(tag));
        await expectFilter(page, [], null);
      }
      for (const kind of KINDS.filter((k) => articles.some((a) => a.data.kind === k))) {
        await click(page, kindChip(kind));
        await expectFilter(page, [], kind);
        await click(page, kindChip(kind));
        await expectFilter(page, [], null);
      }
      expect(problems).toEqual([]);
      await page.close();
    });

    it('opening a filtered URL shows that filter', async () => {
      requireBuild(build);
      const { page, problems } = await watchedPage(context);
      await page.goto(
        `${url()}?tag=${encodeURIComponent('无人机')}&tag=${encodeURIComponent('重庆')}&kind=photo`,
      );
      await expectFilter(page, ['无人机', '重庆'], 'photo');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('without JavaScript every card shows and a tag chip is a link to the tag page', async () => {
      requireBuild(build);
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const { page, problems } = await watchedPage(noJs);
      await page.goto(url(), { waitUntil: 'load' });
      const hidden = await page.locator('[data-article][hidden]').count();
      expect(hidden).toBe(0);
      expect(await page.locator('[data-article]').count()).toBe(articles.length);
      await Promise.all([page.waitForURL(url('tags/无人机/')), click(page, tagChip('无人机'))]);
      expect(await page.locator('h1').first().textContent()).toContain('无人机');
      expect(problems).toEqual([]);
      await noJs.close();
    });
  });

  describe('search page', { timeout: TIMEOUT }, () => {
    const cases: [string, string][] = [
      ['无人机', photo?.data.slug ?? 'chong-qing-wan-jia-wu-ren-ji-deng'],
      ['国补', 'yi-xie-di-qu-qu-xiao-guo-bu'],
      ['外汇', 'guo-jia-wai-hui-ju-jiu-shen-hua'],
      ['洛杉矶', 'mei-guo-luo-shan-ji-shi-zhang-xuan'],
    ];
    it.each(cases)(
      'searching %s lists the right article first, and its link works',
      async (term, slug) => {
        requireBuild(build);
        const article = bySlug(slug);
        const { page, problems } = await watchedPage(context);
        await page.goto(url('search/'), { waitUntil: 'load' });
        expect(await page.locator('#search').count()).toBe(1);
        const input = page.locator('#search .pagefind-ui__search-input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(term);
        // Pagefind first draws placeholder results, then fills each in: wait for the top one's link.
        const firstLink = page
          .locator('.pagefind-ui__result')
          .first()
          .locator('a.pagefind-ui__result-link')
          .first();
        await firstLink.waitFor({ state: 'visible', timeout: 10_000 });
        const results = await page
          .locator('.pagefind-ui__result a.pagefind-ui__result-link')
          .evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href));
        expect(results.map(pathOf)[0], `results: ${results.map(pathOf).join(', ')}`).toBe(
          article.path,
        );
        await Promise.all([page.waitForURL(url(article.path)), firstLink.click()]);
        expect((await page.locator('h1').textContent())?.trim()).toBe(article.data.title);
        expect(problems).toEqual([]);
        await page.close();
      },
    );
  });

  describe('article pages', { timeout: TIMEOUT }, () => {
    it.runIf(photo !== undefined)(
      'the photo page shows its caption and credit and no broken image',
      async () => {
        requireBuild(build);
        const { page, problems } = await watchedPage(context);
        await page.goto(url(photo!.path), { waitUntil: 'load' });
        const figure = page.locator('figure.photo');
        await expect.poll(() => figure.isVisible()).toBe(true);
        const caption = figure.locator('figcaption');
        expect(await caption.isVisible()).toBe(true);
        expect((await caption.textContent())?.trim()).not.toBe('');
        const credit = page.locator('.credit');
        expect(await credit.isVisible()).toBe(true);
        expect((await credit.textContent())?.trim()).toBe(photo!.data.credit);
        const broken = await page.evaluate(() =>
          [...document.images]
            .filter((i) => !i.complete || i.naturalWidth === 0)
            .map((i) => i.currentSrc || i.src),
        );
        expect(broken).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      },
    );

    it.each(articles.map((a) => [a.data.slug, a] as const))(
      '%s loads no script and nothing fails',
      async (_slug, article) => {
        requireBuild(build);
        const { page, problems, scripts } = await watchedPage(context);
        await page.goto(url(article.path), { waitUntil: 'load' });
        expect((await page.locator('h1').textContent())?.trim()).toBe(article.data.title);
        expect(scripts).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      },
    );
  });
});

// Accessibility and screenshots: on the build with a base path, the one deployed to a project site.
const based = builds.find((b) => b.base !== '/') ?? builds[0]!;

describe(
  `accessibility (axe-core) and screenshots, base ${based.base}`,
  { timeout: TIMEOUT },
  () => {
    let server: StaticServer;
    beforeAll(async () => {
      if (based.ok) server = await serveBuild(based);
    });
    afterAll(async () => {
      await server?.close();
    });
    const url = (path = ''): string => new URL(server.root + path).href;

    const kindsPresent = KINDS.filter((k) => articles.some((a) => a.data.kind === k));
    const firstTag = sorted(new Set(articles.flatMap((a) => a.data.tags)))[0] ?? '';
    const axePages: [string, string, ((p: Page) => Promise<void>)?][] = [
      ['home', ''],
      [
        'home, filtered',
        '',
        async (p) => {
          await p.locator('[data-filter-tag]').first().click();
          await p.locator('[data-filter-kind]').first().click();
        },
      ],
      ...kindsPresent.map((k): [string, string] => {
        const a = articles.find((x) => x.data.kind === k)!;
        return [`${k} article ${a.data.slug}`, a.path];
      }),
      [`tag page ${firstTag}`, `tags/${firstTag}/`],
      [
        'search, empty',
        'search/',
        async (p) => {
          // As a reader sees it: once Pagefind's UI has rendered its input.
          await p
            .locator('.pagefind-ui__search-input')
            .waitFor({ state: 'visible', timeout: 10_000 });
        },
      ],
      [
        'search, with results',
        'search/',
        async (p) => {
          const input = p.locator('.pagefind-ui__search-input');
          await input.waitFor({ state: 'visible', timeout: 10_000 });
          await input.fill('无人机');
          await p
            .locator('.pagefind-ui__result a.pagefind-ui__result-link')
            .first()
            .waitFor({ state: 'visible', timeout: 10_000 });
          // Let the remaining results fill in before axe looks.
          await expect
            .poll(() => p.locator('.pagefind-ui__result .pagefind-ui__loading').count())
            .toBe(0);
        },
      ],
    ];

    it.each(axePages)('axe finds no violations: %s', async (_name, path, prepare) => {
      requireBuild(based);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(url(path), { waitUntil: 'load' });
      if (prepare) await prepare(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    const shots: [string, string][] = [
      ['home', ''],
      ...['hong-yang-zhong-guo-zhong-ya-jing-shen', photo?.data.slug]
        .filter((s): s is string => !!s && articles.some((a) => a.data.slug === s))
        .map((s): [string, string] => [`article-${s}`, bySlug(s).path]),
    ];
    const widths = [375, 1280];
    it.each(shots.flatMap(([name, path]) => widths.map((width) => ({ name, path, width }))))(
      'screenshot $name at $width px: no horizontal scrolling',
      async ({ name, path, width }) => {
        requireBuild(based);
        mkdirSync(SCREENSHOTS, { recursive: true });
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 812 : 900 },
          deviceScaleFactor: 1,
          isMobile: width < 600,
          hasTouch: width < 600,
        });
        const { page, problems } = await watchedPage(context);
        await page.goto(url(path), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const file = join(SCREENSHOTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(1000);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await context.close();
      },
    );
  },
);
