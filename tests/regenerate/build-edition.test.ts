import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEdition, type EditionSources } from '../../src/regenerate/build-edition.ts';
import { NO_OVERRIDES } from '../../src/regenerate/parse-overrides.ts';
import { toStableJson } from '../../src/regenerate/to-stable-json.ts';
import { EditionReportSchema, UrlRegistrySchema } from '../../src/schemas/overrides.ts';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { generatedState, parseArticleFile } from '../../src/splitter/render-article-file.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';
import { fakeArticle, fakeResult } from './fake-split.ts';

const sources = (extra: Partial<EditionSources> = {}): EditionSources => ({
  result: fakeResult([fakeArticle(1), fakeArticle(2), fakeArticle(3)]),
  bulletinFile: '2025-06-18.txt',
  overrides: NO_OVERRIDES,
  overridesFile: 'content/bulletins/2025-06-18.overrides.yaml',
  registry: {},
  onDisk: new Map(),
  ...extra,
});

describe('buildEdition', () => {
  it('applies overrides and registry slugs to files, registry and report', () => {
    const [a1, a2, a3] = [fakeArticle(1), fakeArticle(2), fakeArticle(3)];
    const built = buildEdition(
      sources({
        overrides: {
          articles: {
            [a1.id]: { slug: 'xin-de', title: '新标题' },
            [a2.id]: { hidden: true },
            '2025-06-18-ffffffff': { title: '无' },
          },
          lines: {},
        },
        registry: { [a3.id]: ['yi-fa-bu'] },
      }),
    );
    expect([...built.files.keys()]).toEqual(['xin-de.md', 'yi-fa-bu.md']);
    for (const [name, text] of built.files) {
      expect(generatedState(text)).toBe('intact');
      expect(`${parseArticleFile(text).data.slug}.md`).toBe(name);
    }
    expect(parseArticleFile(built.files.get('xin-de.md')!).data.title).toBe('新标题');
    expect(built.registry).toEqual({
      [a1.id]: ['xin-de'],
      [a2.id]: ['wen-zhang-2'],
      [a3.id]: ['yi-fa-bu'],
    });
    expect(built.registryText).toBe(toStableJson(built.registry));
    expect(built.unknown).toEqual(['2025-06-18-ffffffff']);
    const report = EditionReportSchema.parse(JSON.parse(built.reportText));
    expect(report).toEqual(built.report);
    expect(report.articles.map((a) => [a.id, a.slug, a.title])).toEqual([
      [a1.id, 'xin-de', '新标题'],
      [a3.id, 'yi-fa-bu', '文章3'],
    ]);
    expect(report.hidden).toEqual([{ id: a2.id, title: '文章2' }]);
    // The splitter's report points at the published slugs.
    expect(report.report.fragments.map((f) => f.article)).toEqual([
      'xin-de',
      'wen-zhang-2',
      'yi-fa-bu',
    ]);
    expect(report.report.kindRules.map((k) => k.article)).toEqual([
      'xin-de',
      'wen-zhang-2',
      'yi-fa-bu',
    ]);
  });

  it('gives the same bytes for the seed bulletin every time', () => {
    const text = readFileSync(
      new URL('../../content/bulletins/2025-06-18.txt', import.meta.url),
      'utf8',
    );
    const split = () =>
      buildEdition(
        sources({
          result: splitBulletin(text, {
            date: '2025-06-18',
            file: '2025-06-18.txt',
            vocabulary: loadVocabulary(),
          }),
        }),
      );
    const first = split();
    const second = split();
    expect(second).toEqual(first);
    expect(first.files.size).toBe(6);
    UrlRegistrySchema.parse(first.registry);
    EditionReportSchema.parse(first.report);
  });
});
