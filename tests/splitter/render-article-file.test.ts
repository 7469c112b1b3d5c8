import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { SplitArticle } from '../../src/schemas/split-result.ts';
import { parseArticleFile, renderArticleFile } from '../../src/splitter/render-article-file.ts';

function article(overrides: Partial<SplitArticle> = {}): SplitArticle {
  return {
    id: '2025-06-18-0a1b2c3d',
    slug: 'mei-guo-luo-shan-ji-shi-zhang-xuan-bu-jie-chu-xiao-jin',
    kind: 'brief',
    title: '美国洛杉矶市长宣布解除宵禁',
    kicker: null,
    agency: '新华社',
    dateline: '新华社洛杉矶6月17日电',
    places: ['洛杉矶'],
    date: '2025-06-17',
    edition: '2025-06-18',
    order: 5,
    reporters: ['高山'],
    photographers: [],
    credit: null,
    sections: [],
    truncated: true,
    tags: ['国际', '洛杉矶'],
    summary: '美国加利福尼亚州洛杉矶市长巴斯17日宣布，解除该市部分地区已实施一周的宵禁。',
    source: [{ start: 101, end: 107 }],
    edits: [{ type: 'fragment', line: 107, note: '原稿在此中断' }],
    corrections: [],
    image: null,
    body: '美国加利福尼亚州洛杉矶市长巴斯17日宣布。\n\n巴斯在一份声明中说。',
    ...overrides,
  };
}

function split({ body, ...data }: SplitArticle): {
  data: Omit<SplitArticle, 'body'>;
  body: string;
} {
  return { data, body };
}

describe('renderArticleFile / parseArticleFile', () => {
  it('roundtrips an article exactly', () => {
    const a = article();
    expect(parseArticleFile(renderArticleFile(a))).toEqual(split(a));
  });

  it('writes front matter then a blank line then the body', () => {
    const text = renderArticleFile(article());
    expect(text).toMatch(/^---\nid: 2025-06-18-0a1b2c3d\nslug: mei-guo-/);
    expect(text).toMatch(/\nedits:\n[^]*\n---\n\n美国加利福尼亚州/);
    expect(text.endsWith('巴斯在一份声明中说。\n')).toBe(true);
    expect(text).not.toMatch(/^body:/m);
  });

  it('keeps dates as quoted strings, even for a YAML 1.1 reader that knows timestamps', () => {
    const text = renderArticleFile(article());
    expect(text).toMatch(/^date: '2025-06-17'$/m);
    expect(text).toMatch(/^edition: '2025-06-18'$/m);
    const front = text.split('\n---\n')[0]?.slice(4) ?? '';
    const data = parseYaml(front, { version: '1.1' }) as Record<string, unknown>;
    expect(data.date).toBe('2025-06-17');
    expect(data.edition).toBe('2025-06-18');
  });

  it('keeps markup and YAML-looking text in fields and body as plain values', () => {
    const nasty = '<script>alert(1)</script> *x* # h [x](y) ---';
    const a = article({
      title: nasty,
      kicker: '---',
      summary: '# h',
      sections: [
        '*x*',
        '[x](y)',
        '<script>alert(1)</script>',
        'null',
        'true',
        '2025-06-18',
        '- a: b',
      ],
      reporters: ["'", '"', '&anchor', '*alias', '!tag', '%x', '@y', '`z`'],
      edits: [{ type: 'jump', line: 3, note: '转至第2版\n---\n续' }],
      body: '---\ntitle: injected\n---\n# h\n\n<script>alert(1)</script>\n\n*x* [x](y)\n\n---',
    });
    const text = renderArticleFile(a);
    expect(parseArticleFile(text)).toEqual(split(a));
    // Nothing in the front matter may close it early: the first closing line is the real one.
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe(`\n${a.body}\n`);
  });

  it('roundtrips arbitrary titles, summaries and bodies (property)', () => {
    const nonBlank = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        nonBlank,
        nonBlank,
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
        (title, summary, body) => {
          const a = article({ title, summary, body });
          expect(parseArticleFile(renderArticleFile(a))).toEqual(split(a));
        },
      ),
    );
  });

  it('keeps leading and trailing newlines of the body', () => {
    for (const body of ['\n正文', '正文\n', '\n\n正文\n\n', '---']) {
      expect(parseArticleFile(renderArticleFile(article({ body }))).body).toBe(body);
    }
  });

  it('does not share arrays between parses (gray-matter caches by content otherwise)', () => {
    const text = renderArticleFile(article());
    parseArticleFile(text).data.tags.push('被改动');
    expect(parseArticleFile(text).data.tags).toEqual(['国际', '洛杉矶']);
  });
});

describe('invalid articles', () => {
  it.each([
    [{ summary: 'x'.repeat(121) }, /"mei-guo-[^"]*": summary: /],
    [{ date: '2025-02-30' }, /: date: not a real calendar date/],
    [{ source: [{ start: 0, end: 2 }] }, /: source\[0\]\.start: /],
    [{ kind: 'essay' }, /: kind: /],
    [{ body: '' }, /: body: /],
    [{ extra: 1 }, /: extra: /],
    [{ slug: 'Not A Slug' }, /article "Not A Slug": slug: expected lowercase/],
  ])('render refuses %o naming the field', (overrides, message) => {
    expect(() => renderArticleFile(article(overrides as Partial<SplitArticle>))).toThrow(message);
  });

  it('parse names the field of a broken file', () => {
    const text = renderArticleFile(article());
    expect(() => parseArticleFile(text.replace("date: '2025-06-17'", 'date: 2025-06-17'))).toThrow(
      /: date: .*string/,
    );
    expect(() => parseArticleFile(text.replace(/^order: 5\n/m, ''))).toThrow(/: order: /);
    expect(() =>
      parseArticleFile(text.replace(/^kicker: null$/m, 'kicker: null\nbody: x')),
    ).toThrow(/: body: /);
    expect(() => parseArticleFile(text.replace(/\n\n美国[^]*$/, '\n'))).toThrow(/: body: /);
  });

  it('parse refuses text without front matter and executable front matter', () => {
    expect(() => parseArticleFile('正文')).toThrow(/front matter/);
    expect(() => parseArticleFile('---js\n({ slug: "x" })\n---\n正文')).toThrow(/front matter/);
  });
});
