import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generatedState,
  parseArticleFile,
  renderArticleFile,
  renderGeneratedFile,
  withoutStamp,
} from '../../src/splitter/render-article-file.ts';
import { sha256 } from '../../src/regenerate/sha256.ts';
import { fakeArticle } from './fake-split.ts';

describe('generated stamp', () => {
  it('is the last front matter line and hashes the file without it', () => {
    const article = fakeArticle(1);
    const text = renderGeneratedFile(article);
    const plain = renderArticleFile(article);
    expect(text).toBe(plain.replace('\n---\n', `\ngenerated: ${sha256(plain)}\n---\n`));
    expect(withoutStamp(text)).toBe(plain);
    expect(generatedState(text)).toBe('intact');
    expect(parseArticleFile(text).data.generated).toBe(sha256(plain));
  });

  it('ignores a stale generated field on the article', () => {
    const article = { ...fakeArticle(1), generated: 'f'.repeat(64) };
    expect(renderGeneratedFile(article)).toBe(renderGeneratedFile(fakeArticle(1)));
  });

  it('tells a hand edit anywhere in the file', () => {
    const text = renderGeneratedFile(fakeArticle(1));
    expect(generatedState(text.replace('title: 文章1', 'title: 文章一'))).toBe('edited');
    expect(generatedState(text.replace('第1篇正文。', '第1篇正文！'))).toBe('edited');
    expect(generatedState(`${text}\n`)).toBe('edited');
    expect(generatedState(text.replace(/\n/g, '\r\n'))).toBe('unstamped');
    expect(generatedState(text.replace(/^generated: .*\n/m, ''))).toBe('unstamped');
    expect(generatedState(renderArticleFile(fakeArticle(1)))).toBe('unstamped');
  });

  it('cannot be faked by a body or title line', () => {
    const hash = 'a'.repeat(64);
    const text = renderGeneratedFile(
      fakeArticle(1, { title: `generated: ${hash}`, body: `generated: ${hash}` }),
    );
    expect(generatedState(text)).toBe('intact');
    expect(withoutStamp(text)).toContain(`generated: ${hash}`);
  });

  it('is intact for arbitrary titles and bodies (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(text, text, (title, body) => {
        const file = renderGeneratedFile(fakeArticle(1, { title, body }));
        expect(generatedState(file)).toBe('intact');
        expect(parseArticleFile(file).body).toBe(body);
      }),
    );
  });
});
