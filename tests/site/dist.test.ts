/**
 * Static checks of the built site (both builds: BASE_PATH unset and BASE_PATH=/news-digest/),
 * made once per run by tests/site/global-setup.ts. No browser: the HTML is parsed with
 * html-validate's parser, the feeds and sitemaps with a small strict XML parser.
 */
import { existsSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { KINDS } from '../../src/schemas/article.ts';
import { allTags, loadArticles, middleParagraph, type ContentArticle } from './helpers/articles.ts';
import type { SiteBuild } from './helpers/build-site.ts';
import { attr, decodeEntities, parseHtml, squash, text } from './helpers/html.ts';
import { BUDGET, KB, ownCssBytes } from './helpers/page-budgets.ts';
import { contentOf, linkedArticles, listingContents, requireBuild } from './helpers/site-checks.ts';
import {
  cssRefs,
  fileToPath,
  fileToUrl,
  pageIds,
  pageRefs,
  resolveRef,
  SitePages,
  sizeOf,
} from './helpers/site-files.ts';
import { child, childElements, parseXml, xmlText, type XmlElement } from './helpers/xml.ts';

const builds = inject('siteBuilds');

/**
 * html-validate: the recommended preset, plus only what Astro's output needs.
 * - valid-id relaxed: Markdown headings get ids from their text (github-slugger), so a section
 *   heading that starts with a digit, e.g. `2025年工作`, gets an id starting with a digit. HTML allows
 *   any id without white space; the strict mode wants a leading letter.
 * - meta-refresh may name a relative URL: a moved article's page sends the reader on to
 *   `<base>articles/…/` on the same host, which also works on preview deployments under another
 *   host name (its canonical link stays absolute).
 */
const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'valid-id': ['error', { relaxed: true }],
    'meta-refresh': ['error', { allowRelativeUrl: true }],
  },
});

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

describe.each(builds)('site built with base $base ($name build)', (build: SiteBuild) => {
  // The articles this build was made from (the `paged` build adds copies to the real ones).
  const articles = existsSync(build.articlesDir) ? loadArticles(build.articlesDir) : [];
  const tags = allTags(articles);
  const kinds = KINDS.filter((k) => articles.some((a) => a.data.kind === k));
  const editions = [...new Set(articles.map((a) => a.data.edition))].sort();
  let site: SitePages;
  beforeAll(() => {
    site = new SitePages(build);
  });
  const abs = (path: string): string => `${build.site}${build.base}${path}`;

  it('astro build succeeds', () => {
    expect(build.ok, build.log).toBe(true);
  });

  it('has every page and file of the URL map', () => {
    requireBuild(build);
    const expected = [
      'index.html',
      ...articles.map((a) => `${a.path}index.html`),
      'tags/index.html',
      ...tags.map((t) => `tags/${t}/index.html`),
      ...tags.map((t) => `tags/${t}/rss.xml`),
      ...kinds.map((k) => `kinds/${k}/index.html`),
      'editions/index.html',
      ...editions.map((d) => `editions/${d}/index.html`),
      'search/index.html',
      'pagefind/shards.json',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'rss.xml',
      'sitemap-index.xml',
      'robots.txt',
      '404.html',
    ];
    expect(
      expected.filter((f) => !site.has(f)),
      'missing from the output',
    ).toEqual([]);
  });

  it('every internal link, image, stylesheet and icon resolves to a file under the base', () => {
    requireBuild(build);
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string): Set<string> => {
      let set = idsOf.get(file);
      if (!set) idsOf.set(file, (set = pageIds(site.page(file))));
      return set;
    };
    const check = (file: string, from: URL, where: string, value: string): void => {
      const r = resolveRef(build, from, value, site.exists);
      if (r.kind === 'broken')
        broken.push(`${fileToPath(build, file)}: ${where}="${value}" → ${r.reason}`);
      if (
        r.kind === 'internal' &&
        r.fragment &&
        r.file.endsWith('.html') &&
        !ids(r.file).has(r.fragment)
      )
        broken.push(
          `${fileToPath(build, file)}: ${where}="${value}" → no id "${r.fragment}" in ${r.file}`,
        );
    };
    for (const file of site.htmlFiles) {
      if (file.startsWith('pagefind/')) continue;
      const root = site.page(file);
      const from = fileToUrl(build, file);
      for (const ref of pageRefs(root)) {
        // 404.html is served at any missing URL, so only root-relative or absolute URLs work there.
        if (file === '404.html' && !/^(\/|[a-z][a-z0-9+.-]*:|#)/i.test(ref.value.trim()))
          broken.push(
            `${fileToPath(build, file)}: ${ref.where}="${ref.value}" → relative URL in the 404 page`,
          );
        check(file, from, ref.where, ref.value);
      }
      for (const style of root.querySelectorAll('style'))
        for (const ref of cssRefs(style.textContent))
          check(file, from, 'inline ' + ref.where, ref.value);
      for (const el of root.querySelectorAll('[style]'))
        for (const ref of cssRefs(attr(el, 'style') ?? ''))
          check(file, from, 'style ' + ref.where, ref.value);
    }
    for (const file of site.files.filter((f) => f.endsWith('.css'))) {
      for (const ref of cssRefs(site.read(file)))
        check(file, fileToUrl(build, file), ref.where, ref.value);
    }
    expect(broken).toEqual([]);
  });

  it('URL paths are percent-encoded (Chinese tag segments included)', () => {
    requireBuild(build);
    const raw: string[] = [];
    for (const file of site.htmlFiles) {
      for (const ref of pageRefs(site.page(file))) {
        // The path and query must be encoded; a fragment (`#一继往开来…`, a heading id) may stay
        // Unicode, which HTML allows and browsers resolve.
        const beforeFragment = ref.value.trim().split('#')[0]!;
        // eslint-disable-next-line no-control-regex
        if (/[^\x00-\x7f]|\s/.test(beforeFragment))
          raw.push(`${fileToPath(build, file)}: ${ref.where}="${ref.value}"`);
      }
    }
    expect(raw).toEqual([]);
  });

  it('has no inline script, style element, style attribute or event handler (CSP in public/_headers)', () => {
    requireBuild(build);
    const inline: string[] = [];
    for (const file of site.htmlFiles) {
      if (file.startsWith('pagefind/')) continue;
      const root = site.page(file);
      for (const script of root.querySelectorAll('script'))
        if (!attr(script, 'src') && attr(script, 'type') !== 'application/ld+json')
          inline.push(`${file}: inline <script>`);
      if (root.querySelectorAll('style').length > 0) inline.push(`${file}: <style>`);
      for (const el of root.querySelectorAll('*'))
        for (const a of el.attributes)
          if (a.key === 'style' || /^on/i.test(a.key))
            inline.push(`${file}: ${el.tagName}[${a.key}]`);
    }
    expect(inline).toEqual([]);
  });

  describe('html-validate (recommended)', () => {
    const files = build.ok
      ? new SitePages(build).htmlFiles.filter((f) => !f.startsWith('pagefind/'))
      : [];
    it.each(files)('%s has no errors', async (file) => {
      const report = await htmlvalidate.validateString(site.read(file), file);
      const errors = report.results.flatMap((r) =>
        r.messages
          .filter((m) => m.severity === 2)
          .map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} [${m.selector ?? ''}]`),
      );
      expect(errors).toEqual([]);
    });
  });

  describe.each(articles)('article $data.slug ($data.kind)', (article: ContentArticle) => {
    const { data } = article;
    const file = `${article.path}index.html`;
    const page = () => {
      requireBuild(build);
      expect(site.has(file), `no page ${fileToPath(build, file)}`).toBe(true);
      return site.page(file);
    };

    it('has exactly one page, with its title as the only h1', () => {
      requireBuild(build);
      const pagesWithTitle = site.htmlFiles.filter((f) =>
        site
          .page(f)
          .querySelectorAll('article[data-pagefind-body] h1')
          .some((h) => text(h) === data.title),
      );
      expect(pagesWithTitle.map((f) => fileToPath(build, f))).toEqual([fileToPath(build, file)]);
      const root = page();
      expect(root.querySelectorAll('h1').map(text)).toEqual([data.title]);
      const art = root.querySelectorAll('article[data-pagefind-body]');
      expect(art).toHaveLength(1);
      expect(attr(art[0]!, 'data-kind')).toBe(data.kind);
    });

    it('shows the dateline, the whole body and the section headings', () => {
      const root = page();
      const datelines = root.querySelectorAll('.dateline').map(text);
      if (data.dateline !== null) {
        expect(datelines).toHaveLength(1);
        expect(datelines[0]).toContain(data.dateline);
      } else {
        expect(
          datelines.filter((d) => d === ''),
          'an empty .dateline',
        ).toEqual([]);
      }
      const body = text(root.querySelectorAll('article[data-pagefind-body]')[0]);
      // A photo's credit may move from the end of the caption, `（新华社记者 黄伟 摄）`, to `.credit`.
      const credit = data.credit;
      const shown = (p: string): string =>
        credit ? p.replace(`（${credit}）`, '').replace(`(${credit})`, '') : p;
      const missing = article.paragraphs.filter((p) => !body.includes(squash(shown(p))));
      expect(missing, 'paragraphs missing from the page').toEqual([]);
      const headings = root.querySelectorAll('article h2, article h3').map(text);
      for (const h of data.sections) expect(headings).toContain(h);
    });

    it('carries NewsArticle JSON-LD with headline, datePublished and locationCreated', () => {
      const scripts = page().querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length).toBeGreaterThanOrEqual(1);
      const nodes = scripts.flatMap((s) => {
        let json: unknown;
        expect(
          () => (json = JSON.parse(s.textContent)),
          `JSON-LD is not JSON: ${s.textContent}`,
        ).not.toThrow();
        const list = Array.isArray(json) ? json : [json];
        return list.flatMap((n) =>
          n && typeof n === 'object' && '@graph' in n ? (n['@graph'] as unknown[]) : [n],
        );
      }) as Record<string, unknown>[];
      const news = nodes.filter((n) => n['@type'] === 'NewsArticle');
      expect(news, 'one NewsArticle node').toHaveLength(1);
      const ld = news[0]!;
      const context = JSON.stringify(
        ld['@context'] ??
          scripts.map((s) => (JSON.parse(s.textContent) as Record<string, unknown>)['@context']),
      );
      expect(context).toMatch(/https?:\/\/schema\.org/);
      expect(ld.headline).toBe(data.title);
      expect(typeof ld.datePublished).toBe('string');
      expect(ld.datePublished as string).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(Number.isNaN(Date.parse(ld.datePublished as string))).toBe(false);
      expect((ld.datePublished as string).slice(0, 10)).toBe(data.date);
      expect(ld.locationCreated, 'locationCreated').toBeDefined();
      expect(JSON.stringify(ld.locationCreated)).toContain(data.places[0]);
    });

    it(
      data.truncated ? 'says the source breaks off (.truncated-note)' : 'has no .truncated-note',
      () => {
        const notes = page().querySelectorAll('.truncated-note').map(text);
        if (data.truncated) {
          expect(notes).toHaveLength(1);
          expect(notes[0]).toContain('原文至此中断');
        } else {
          expect(notes).toEqual([]);
        }
      },
    );

    if (data.kind === 'photo') {
      it('shows the photo figure with caption and credit, and no image without a source', () => {
        const root = page();
        const figures = root.querySelectorAll('figure.photo');
        expect(figures).toHaveLength(1);
        const caption = figures[0]!.querySelectorAll('figcaption');
        expect(caption).toHaveLength(1);
        expect(text(caption[0]).length).toBeGreaterThan(0);
        const credits = root.querySelectorAll('.credit').map(text);
        expect(credits).toHaveLength(1);
        expect(credits[0]).toBe(data.credit);
        for (const img of root.querySelectorAll('img')) {
          expect(attr(img, 'src') ?? '', 'img without src').not.toBe('');
          expect(attr(img, 'alt'), 'img without alt').not.toBeNull();
        }
      });
    }

    it('ships no JavaScript', () => {
      const root = page();
      const scripts = root
        .querySelectorAll('script')
        .filter((s) => attr(s, 'type') !== 'application/ld+json')
        .map((s) => `<script ${attr(s, 'type') ?? ''} ${attr(s, 'src') ?? ''}>`);
      expect(scripts).toEqual([]);
      const preload = root
        .querySelectorAll('link')
        .filter(
          (l) =>
            /modulepreload|preload/.test(attr(l, 'rel') ?? '') &&
            /\.m?js/.test(attr(l, 'href') ?? ''),
        );
      expect(preload.map((l) => attr(l, 'href'))).toEqual([]);
      const handlers = root
        .querySelectorAll('*')
        .flatMap((el) =>
          el.attributes.filter((a) => /^on/i.test(a.key)).map((a) => `${el.tagName}[${a.key}]`),
        );
      expect(handlers).toEqual([]);
      const jsUrls = pageRefs(root).filter((r) => /^\s*javascript:/i.test(r.value));
      expect(jsUrls).toEqual([]);
    });

    it(`is at most ${BUDGET.articleHtml / KB} KB of HTML`, () => {
      page();
      expect(sizeOf(build, file)).toBeLessThanOrEqual(BUDGET.articleHtml);
    });
  });

  describe('home page', () => {
    const home = () => {
      requireBuild(build);
      return site.page('index.html');
    };

    it('has one [data-article] card per article, with its kind, its tags and a link to it', () => {
      const root = home();
      const cards = root.querySelectorAll('[data-article]');
      const seen = cards.map((card) => {
        const links = [...new Set(linkedArticles(site, 'index.html', card))];
        return {
          path: links.length === 1 ? links[0] : `links: ${JSON.stringify(links)}`,
          kind: attr(card, 'data-kind'),
          tags: sorted((attr(card, 'data-tags') ?? '').split('|')),
        };
      });
      const expected = articles.map((a) => ({
        path: a.path,
        kind: a.data.kind,
        tags: sorted(a.data.tags),
      }));
      const byPath = (x: { path?: string }, y: { path?: string }) =>
        (x.path ?? '').localeCompare(y.path ?? '');
      expect(seen.sort(byPath)).toEqual(expected.sort(byPath));
    });

    it('has a chip for every tag and kind, linking to its page, plus a status region and a reset', () => {
      const root = home();
      const from = fileToUrl(build, 'index.html');
      const target = (a: Parameters<typeof attr>[0]): string => {
        const r = resolveRef(build, from, attr(a, 'href') ?? '', site.exists);
        return r.kind === 'internal' ? r.file : `(${r.kind})`;
      };
      const tagChips = root.querySelectorAll('a[data-filter-tag]');
      expect(sorted(new Set(tagChips.map((a) => attr(a, 'data-filter-tag') ?? '')))).toEqual(tags);
      for (const chip of tagChips)
        expect(target(chip)).toBe(`tags/${attr(chip, 'data-filter-tag')}/index.html`);
      const kindChips = root.querySelectorAll('a[data-filter-kind]');
      expect(sorted(new Set(kindChips.map((a) => attr(a, 'data-filter-kind') ?? '')))).toEqual(
        sorted(kinds),
      );
      for (const chip of kindChips)
        expect(target(chip)).toBe(`kinds/${attr(chip, 'data-filter-kind')}/index.html`);
      const status = root.querySelectorAll('[data-filter-status]');
      expect(status).toHaveLength(1);
      const live = attr(status[0]!, 'aria-live') ?? '';
      const role = attr(status[0]!, 'role') ?? '';
      expect(
        ['polite', 'assertive'].includes(live) || ['status', 'alert', 'log'].includes(role),
        'a live region',
      ).toBe(true);
      expect(root.querySelectorAll('[data-filter-reset]')).toHaveLength(1);
    });

    it(`is at most ${BUDGET.homeHtml / KB} KB of HTML`, () => {
      home();
      expect(sizeOf(build, 'index.html')).toBeLessThanOrEqual(BUDGET.homeHtml);
    });
  });

  describe('listings', () => {
    it.each(tags)('tag page %s lists exactly the articles tagged with it (all pages)', (tag) => {
      requireBuild(build);
      const list = listingContents(site, `tags/${tag}/`);
      expect(list.pages.length, `no page tags/${tag}/`).toBeGreaterThan(0);
      const expected = sorted(articles.filter((a) => a.data.tags.includes(tag)).map((a) => a.path));
      expect(list.articles).toEqual(expected);
      expect(list.repeated, 'articles listed on more than one page').toEqual([]);
      expect(list.unlinkedNext, 'pages without a link to the next page').toEqual([]);
    });

    it.runIf(build.name === 'paged')(
      'the listings of the many copied articles run over several pages',
      () => {
        requireBuild(build);
        const copied = articles.find((a) => a.data.slug.endsWith('-copy-1'));
        expect(copied, 'no copied article in this build').toBeDefined();
        expect(listingContents(site, `tags/${copied!.data.tags[0]}/`).pages.length).toBeGreaterThan(
          1,
        );
        expect(listingContents(site, `kinds/${copied!.data.kind}/`).pages.length).toBeGreaterThan(
          1,
        );
      },
    );

    it('the tag index links every tag page', () => {
      requireBuild(build);
      const from = fileToUrl(build, 'tags/index.html');
      const linked = new Set(
        contentOf(site.page('tags/index.html'))
          .querySelectorAll('a[href]')
          .map((a) => resolveRef(build, from, attr(a, 'href') ?? '', site.exists))
          .flatMap((r) => (r.kind === 'internal' ? [r.file] : [])),
      );
      expect(tags.filter((t) => !linked.has(`tags/${t}/index.html`))).toEqual([]);
    });

    it.each(kinds)('kind page %s lists exactly the articles of that kind', (kind) => {
      requireBuild(build);
      const list = listingContents(site, `kinds/${kind}/`);
      expect(list.pages.length, `no page kinds/${kind}/`).toBeGreaterThan(0);
      expect(list.articles).toEqual(
        sorted(articles.filter((a) => a.data.kind === kind).map((a) => a.path)),
      );
      expect(list.repeated).toEqual([]);
    });

    it.each(editions)(
      'edition page %s lists exactly its articles, and /editions/ links it',
      (edition) => {
        requireBuild(build);
        const list = listingContents(site, `editions/${edition}/`);
        expect(list.pages.length, `no page editions/${edition}/`).toBeGreaterThan(0);
        expect(list.articles).toEqual(
          sorted(articles.filter((a) => a.data.edition === edition).map((a) => a.path)),
        );
        const from = fileToUrl(build, 'editions/index.html');
        const linked = site
          .page('editions/index.html')
          .querySelectorAll('a[href]')
          .map((a) => resolveRef(build, from, attr(a, 'href') ?? '', site.exists))
          .some((r) => r.kind === 'internal' && r.file === `editions/${edition}/index.html`);
        expect(linked).toBe(true);
      },
    );
  });

  describe('feeds', () => {
    const feed = (file: string): XmlElement => {
      requireBuild(build);
      expect(site.has(file), `no ${file}`).toBe(true);
      const root = parseXml(site.read(file)); // throws on anything not well-formed
      expect(root.name).toBe('rss');
      expect(root.attrs.version).toBe('2.0');
      const channel = child(root, 'channel');
      expect(channel, '<channel>').toBeDefined();
      expect(xmlText(child(channel!, 'title')).trim()).not.toBe('');
      return channel!;
    };
    /** Item link → the item, checking each item on the way. */
    const items = (channel: XmlElement): Map<string, XmlElement> => {
      const out = new Map<string, XmlElement>();
      for (const item of childElements(channel, 'item')) {
        const link = xmlText(child(item, 'link')).trim();
        expect(out.has(link), `two items link to ${link}`).toBe(false);
        out.set(link, item);
        expect(xmlText(child(item, 'title')).trim()).not.toBe('');
        const pubDate = xmlText(child(item, 'pubDate')).trim();
        expect(Number.isNaN(Date.parse(pubDate)), `pubDate "${pubDate}"`).toBe(false);
      }
      return out;
    };

    it('rss.xml is well-formed RSS with one item per article, each with the full text', () => {
      const channel = feed('rss.xml');
      expect(xmlText(child(channel, 'link')).trim()).toBe(abs(''));
      const byLink = items(channel);
      expect(sorted(byLink.keys())).toEqual(sorted(articles.map((a) => abs(a.path))));
      for (const article of articles) {
        const item = byLink.get(abs(article.path));
        if (!item) continue;
        const html = xmlText(child(item, 'content:encoded')) || xmlText(child(item, 'description'));
        const plain = squash(decodeEntities(html.replace(/<[^>]*>/g, ' ')));
        // Full text: a paragraph from the middle of the article, not just the summary.
        expect(plain, `${article.data.slug}: middle paragraph`).toContain(
          squash(middleParagraph(article)),
        );
        expect(plain, `${article.data.slug}: last paragraph`).toContain(
          squash(article.paragraphs.at(-1) ?? ''),
        );
        // Links inside an item must be absolute: a feed reader has no page to resolve them against.
        const relative = pageRefs(parseHtml(html)).filter(
          (r) => !/^[a-z][a-z0-9+.-]*:/i.test(r.value),
        );
        expect(
          relative.map((r) => `${r.where}=${r.value}`),
          `${article.data.slug}: relative URLs`,
        ).toEqual([]);
      }
    });

    it.each(tags)('tags/%s/rss.xml is well-formed RSS with exactly the tag’s articles', (tag) => {
      const byLink = items(feed(`tags/${tag}/rss.xml`));
      expect(sorted(byLink.keys())).toEqual(
        sorted(articles.filter((a) => a.data.tags.includes(tag)).map((a) => abs(a.path))),
      );
    });
  });

  describe('sitemap and robots.txt', () => {
    it('sitemap-index.xml points at sitemaps under the base that list every page', () => {
      requireBuild(build);
      const index = parseXml(site.read('sitemap-index.xml'));
      expect(index.name).toBe('sitemapindex');
      const locs = childElements(index, 'sitemap').map((s) => xmlText(child(s, 'loc')).trim());
      expect(locs.length).toBeGreaterThan(0);
      const urls: string[] = [];
      for (const loc of locs) {
        expect(loc.startsWith(abs(''))).toBe(true);
        const file = decodeURIComponent(loc.slice(abs('').length));
        expect(site.has(file), `${loc} is not in the output`).toBe(true);
        const urlset = parseXml(site.read(file));
        expect(urlset.name).toBe('urlset');
        urls.push(...childElements(urlset, 'url').map((u) => xmlText(child(u, 'loc')).trim()));
      }
      const outside = urls.filter((u) => !u.startsWith(abs('')));
      expect(outside, 'sitemap URLs outside the site/base').toEqual([]);
      const unresolved = urls.filter((u) => {
        const r = resolveRef(build, new URL(abs('')), u, site.exists);
        return r.kind !== 'internal';
      });
      expect(unresolved, 'sitemap URLs with no page').toEqual([]);
      const decoded = new Set(urls.map((u) => decodeURI(u)));
      const expected = [
        abs(''),
        ...articles.map((a) => abs(a.path)),
        ...tags.map((t) => abs(`tags/${t}/`)),
      ];
      expect(
        expected.filter((u) => !decoded.has(u)),
        'pages missing from the sitemap',
      ).toEqual([]);
      expect(
        urls.some((u) => u.includes('404')),
        '404 page in the sitemap',
      ).toBe(false);
    });

    it('robots.txt allows crawling and names the sitemap index', () => {
      requireBuild(build);
      const robots = site.read('robots.txt');
      const lines = robots.split(/\r?\n/).map((l) => l.trim());
      expect(lines).toContain(`Sitemap: ${abs('sitemap-index.xml')}`);
      expect(
        lines.some((l) => /^Disallow:\s*\/\s*$/i.test(l)),
        'Disallow: / blocks the whole site',
      ).toBe(false);
    });
  });

  describe('budgets', () => {
    it(`the site's own CSS is at most ${BUDGET.totalCss / KB} KB in total`, () => {
      requireBuild(build);
      expect(ownCssBytes(site)).toBeLessThanOrEqual(BUDGET.totalCss);
    });
  });
});
