import { describe, expect, it } from 'vitest';
import { classifyArticleFile } from '../../src/regenerate/classify-article-file.ts';
import { renderGeneratedFile } from '../../src/splitter/render-article-file.ts';
import { fakeArticle } from './fake-split.ts';

describe('classifyArticleFile', () => {
  const text = renderGeneratedFile(fakeArticle(1));
  const kind = (name: string, t: string | null, edition = '2025-06-18') =>
    classifyArticleFile(name, t, edition).kind;

  it('knows generated, hand-edited and foreign files', () => {
    expect(kind('wen-zhang-1.md', text)).toBe('generated');
    expect(kind('wen-zhang-1.md', text.replace('title: 文章1', 'title: 改'))).toBe('edited');
    expect(kind('wen-zhang-1.md', text.replace(/^generated: .*\n/m, ''))).toBe('edited');
    expect(kind('wen-zhang-1.md', null)).toBe('foreign');
    expect(kind('notes.txt', '备注')).toBe('foreign');
    expect(kind('other-name.md', text)).toBe('foreign');
    expect(kind('wen-zhang-1.md', text, '2025-06-19')).toBe('foreign');
  });

  it('names the field of a hand edit that no longer validates', () => {
    const state = classifyArticleFile(
      'wen-zhang-1.md',
      text.replace('kind: brief', 'kind: essay'),
      '2025-06-18',
    );
    expect(state).toEqual({
      kind: 'foreign',
      problem: expect.stringMatching(/^not a valid article: .*: kind: /),
    });
  });
});
