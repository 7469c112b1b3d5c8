/**
 * The `overrides` build in Chromium, under its own Content-Security-Policy: the `overrides` build (every kind of page, the
 * editor's source page, a redirect from an old URL) served with the headers of public/_headers,
 * as Netlify or Cloudflare Pages would send them, and driven in Chromium. A page passes when it
 * does its job (the filter filters, search finds) while no `securitypolicyviolation` event fires
 * and neither the page nor its workers log a CSP error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KINDS } from '../../src/schemas/article.ts';
import { loadArticles } from './helpers/articles.ts';
import { ROOT } from './helpers/build-site.ts';
import { axeViolations } from './helpers/axe.ts';
import { launchChromium } from './helpers/chromium.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './helpers/headers-file.ts';
import { requireBuild } from './helpers/site-checks.ts';
import { serveBuild, type StaticServer } from './helpers/static-server.ts';
import { watchCsp as watch } from './helpers/watch-csp.ts';

const TIMEOUT = 60_000;
const build = inject('siteBuilds').find((b) => b.fixture);
const rules = parseHeadersFile(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'));

describe.runIf(build)(
  'Content-Security-Policy of public/_headers, in Chromium',
  { timeout: TIMEOUT },
  () => {
    let browser: Browser;
    let server: StaticServer;
    let context: BrowserContext;
    beforeAll(async () => {
      requireBuild(build!);
      browser = await launchChromium();
      server = await serveBuild(build!, rules);
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => {
      await context?.close();
      await server?.close();
      await browser?.close();
    });
    const url = (path = '') => new URL(server.root + path).href;
    const fixture = build!.fixture!;
    const articles = loadArticles(build!.articlesDir);

    it('is sent with every response, and _astro/ files are cached for a year', async () => {
      const { page } = await watch(context);
      const response = await page.goto(url(), { waitUntil: 'load' });
      const headers = response!.headers();
      const policy = headersFor(rules, '/')['content-security-policy'];
      expect(policy).toMatch(/default-src 'none'/);
      expect(headers['content-security-policy']).toBe(policy);
      expect(headers['x-content-type-options']).toBe('nosniff');
      const css = await page.evaluate(
        () => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.href,
      );
      const asset = await page.request.get(css);
      expect(asset.headers()['cache-control']).toMatch(/max-age=31536000.*immutable/);
      await page.close();
    });

    it('home page: the (external) filter script runs and filters', async () => {
      const { page, problems } = await watch(context);
      await page.goto(url(), { waitUntil: 'load' });
      await page.locator('[data-filter-kind="photo"]').click();
      await expect
        .poll(() => page.locator('[data-article]:not([hidden])').count())
        .toBe(articles.filter((a) => a.data.kind === 'photo').length);
      expect(new URL(page.url()).search).toBe('?kind=photo');
      expect(problems).toEqual([]);
      await page.close();
    });

    const kinds = KINDS.flatMap((kind) => {
      const article = articles.find((a) => a.data.kind === kind);
      return article ? [[kind, article] as const] : [];
    });
    it.each(kinds)('%s article, with its pictures and corrections', async (_kind, article) => {
      const { page, problems } = await watch(context);
      await page.goto(url(article.path), { waitUntil: 'load' });
      expect((await page.locator('h1').textContent())?.trim()).toBe(article.data.title);
      const broken = await page.evaluate(() =>
        [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
      );
      expect(broken).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('the editor’s source page, opened at a line', async () => {
      const { page, problems } = await watch(context);
      await page.goto(url(`editions/${fixture.edition}/source/#L102`), { waitUntil: 'load' });
      expect(await page.locator('tr:target').getAttribute('id')).toBe('L102');
      expect(problems).toEqual([]);
      await page.close();
    });

    it.each(['light', 'dark'] as const)(
      'axe finds no violations on the source page and a corrected, pictured article (%s)',
      async (colorScheme) => {
        const { page, problems } = await watch(context);
        await page.emulateMedia({ colorScheme });
        for (const path of [
          `editions/${fixture.edition}/source/`,
          `articles/${fixture.edition}/${fixture.corrected.slug}/`,
          `articles/${fixture.edition}/${fixture.pictured[1]}/`,
        ]) {
          await page.goto(url(path), { waitUntil: 'load' });
          expect(await axeViolations(page), path).toEqual([]);
        }
        expect(problems).toEqual([]);
        await page.close();
      },
    );

    it('an old URL sends the reader on to the article', async () => {
      const { page, problems } = await watch(context);
      const target = url(`articles/${fixture.edition}/${fixture.moved.slug}/`);
      await Promise.all([
        page.waitForURL(target),
        page.goto(url(`articles/${fixture.edition}/${fixture.moved.oldSlug}/`)),
      ]);
      expect((await page.locator('h1').textContent())?.trim()).toBe(fixture.moved.title);
      expect(problems).toEqual([]);
      await page.close();
    });

    /** Search 无人机 on `server`; returns how many results showed and the problems seen. */
    async function search(server: StaticServer): Promise<{ results: number; problems: string[] }> {
      const { page, problems } = await watch(context);
      await page.goto(new URL(server.root + 'search/').href, { waitUntil: 'load' });
      const input = page.locator('.pagefind-ui__search-input');
      await input.waitFor({ state: 'visible' });
      await input.fill('无人机');
      const link = page.locator('.pagefind-ui__result a.pagefind-ui__result-link');
      // Done when results show or something went wrong (a blocked WASM never yields results).
      await expect
        .poll(async () => (await link.count()) > 0 || problems.length > 0, { timeout: 8_000 })
        .toBe(true);
      const results = await link.count();
      await page.close();
      return { results, problems };
    }

    it('search: Pagefind UI, its worker and its WebAssembly run, and 无人机 finds results', async () => {
      const { results, problems } = await search(server);
      expect(results).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    describe('the checks above would see a violation', () => {
      it('an inline script is blocked and reported', async () => {
        const { page, problems } = await watch(context);
        await page.goto(url(), { waitUntil: 'load' });
        await page.addScriptTag({ content: 'document.title = "injected"' }).catch(() => undefined);
        await expect
          .poll(() => problems.some((p) => p.startsWith('violation: script-src')))
          .toBe(true);
        expect(await page.title()).not.toBe('injected');
        await page.close();
      });

      it('without wasm-unsafe-eval, search fails and the worker’s CSP error is seen', async () => {
        const strict: HeaderRule[] = rules.map(({ pattern, headers }) => ({
          pattern,
          headers: headers.map(([n, v]) => [n, v.replace(" 'wasm-unsafe-eval'", '')]),
        }));
        const other = await serveBuild(build!, strict);
        try {
          const { results, problems } = await search(other);
          expect(results).toBe(0);
          expect(problems.join('\n')).toMatch(/WebAssembly|Content.Security.Policy/i);
        } finally {
          await other.close();
        }
      });
    });
  },
);
