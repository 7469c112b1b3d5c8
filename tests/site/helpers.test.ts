/** The site tests' own helpers must catch what they are there to catch. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteBuild } from './helpers/build-site.ts';
import { headersFor, parseHeadersFile } from './helpers/headers-file.ts';
import { decodeEntities, parseHtml } from './helpers/html.ts';
import { listingContents } from './helpers/site-checks.ts';
import { fileToPath, pageRefs, pathToFile, resolveRef, SitePages } from './helpers/site-files.ts';
import { child, parseXml, xmlText } from './helpers/xml.ts';
import { serveBuild } from './helpers/static-server.ts';

describe('parseXml', () => {
  it('reads a feed with CDATA, namespaces and character references', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
        '<channel><item><title>A &amp; B &#x4E2D;</title><content:encoded><![CDATA[<p>中 & 文</p>]]></content:encoded></item></channel></rss>',
    );
    const item = child(child(root, 'channel')!, 'item')!;
    expect(xmlText(child(item, 'title'))).toBe('A & B 中');
    expect(xmlText(child(item, 'content:encoded'))).toBe('<p>中 & 文</p>');
  });
  it.each([
    ['misnested tags', '<a><b></a></b>'],
    ['an unclosed tag', '<a><b></b>'],
    ['a bare ampersand', '<a>A & B</a>'],
    ['an HTML-only entity', '<a>&nbsp;</a>'],
    ['a raw < in an attribute', '<a x="<"/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['an undeclared prefix', '<rss><content:encoded>x</content:encoded></rss>'],
    ['two roots', '<a/><b/>'],
    ['a control character', '<a>\u0008</a>'],
    ['a late XML declaration', ' <a/><?xml version="1.0"?>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and common named references', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#39;x&#x27; &quot;')).toBe(`<a> & 'x' "`);
  });
});

describe('links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-helpers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'index.html': '<main><a href="tags/%E6%97%A0%E4%BA%BA%E6%9C%BA/">t</a></main>',
    'tags/无人机/index.html':
      '<main><a href="/news-digest/articles/e/a/">a</a><a href="2/">next</a></main>',
    'tags/无人机/2/index.html': '<main><a href="../../../articles/e/b/">b</a></main>',
    'articles/e/a/index.html': '<h1 id="x">a</h1>',
    'articles/e/b/index.html': '<h1>b</h1>',
    '404.html': '<a href="/news-digest/">home</a>',
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  const build: SiteBuild = {
    name: 'fixture',
    base: '/news-digest/',
    site: 'https://example.org',
    outDir: dir,
    articlesDir: dir,
    temp: [],
    ok: true,
    log: '',
    ms: 0,
    notes: [],
  };
  const site = new SitePages(build);
  const from = new URL('https://example.org/news-digest/tags/%E6%97%A0%E4%BA%BA%E6%9C%BA/');

  it('maps files to paths and back', () => {
    expect(fileToPath(build, 'tags/无人机/index.html')).toBe('/news-digest/tags/无人机/');
    expect(pathToFile(build, '/news-digest/tags/%E6%97%A0%E4%BA%BA%E6%9C%BA/')).toBe(
      'tags/无人机/index.html',
    );
    expect(pathToFile(build, '/tags/x/')).toBeNull();
  });
  it.each([
    ['2/', 'internal'],
    ['/news-digest/articles/e/a/#x', 'internal'],
    ['https://other.example/x', 'external'],
    ['https://example.org/news-digest/', 'internal'],
    ['/articles/e/a/', 'broken'], // outside the base
    ['/news-digest/articles/e/a', 'broken'], // folder without trailing slash
    ['/news-digest/articles/e/c/', 'broken'], // missing
    ['/news-digest/tags/%E6%97%A0%ZZ/', 'broken'], // bad escape
    ['javascript:void(0)', 'broken'],
    ['', 'broken'],
  ])('resolves %j as %s', (href, kind) => {
    expect(resolveRef(build, from, href, site.exists).kind).toBe(kind);
  });
  it('collects a listing over its pages', () => {
    const list = listingContents(site, 'tags/无人机/');
    expect(list.pages).toEqual(['tags/无人机/index.html', 'tags/无人机/2/index.html']);
    expect(list.articles).toEqual(['articles/e/a/', 'articles/e/b/']);
    expect(list.unlinkedNext).toEqual([]);
  });
  it('finds srcset candidates and stylesheet links', () => {
    const refs = pageRefs(
      parseHtml(
        '<link rel="stylesheet" href="/a.css"><img src="a.png" srcset="a-1.png 1x, a-2.png 2x" alt="">',
      ),
    ).map((r) => r.value);
    expect(refs).toEqual(['/a.css', 'a.png', 'a-1.png', 'a-2.png']);
  });
  it('serves the output under the base like a static host', async () => {
    const server = await serveBuild(build);
    try {
      const get = (p: string) => fetch(server.origin + p, { redirect: 'manual' });
      expect((await get('/news-digest/tags/%E6%97%A0%E4%BA%BA%E6%9C%BA/')).status).toBe(200);
      const redirect = await get('/news-digest/articles/e/a');
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/news-digest/articles/e/a/');
      const missing = await get('/news-digest/nope/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('home');
      expect((await get('/articles/e/a/')).status).toBe(404);
      expect((await get('/news-digest/../../etc/passwd')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('parseHeadersFile / headersFor', () => {
  const rules = parseHeadersFile(
    '# comment\n/*\n  X-A: 1\n  X-B: two words\n\n/_astro/*\n  X-A: 2\n/tags/:tag/\n  X-C: yes\n',
  );

  it('reads blocks of indented headers under a path', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-A', '1'],
          ['X-B', 'two words'],
        ],
      },
      { pattern: '/_astro/*', headers: [['X-A', '2']] },
      { pattern: '/tags/:tag/', headers: [['X-C', 'yes']] },
    ]);
  });

  it('applies every matching block, joining a repeated header', () => {
    expect(headersFor(rules, '/_astro/a.css')).toEqual({ 'x-a': '1, 2', 'x-b': 'two words' });
    expect(headersFor(rules, '/tags/x/')).toMatchObject({ 'x-c': 'yes' });
    expect(headersFor(rules, '/tags/x/y/')).not.toHaveProperty('x-c');
  });

  it.each([
    ['a header before any path', '  X-A: 1\n'],
    ['a path without a slash', 'tags/\n  X-A: 1\n'],
    ['a header without a colon', '/*\n  X-A 1\n'],
  ])('rejects %s', (_what, text) => {
    expect(() => parseHeadersFile(text)).toThrow(/_headers line/);
  });
});
