import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BulletinError } from '../../src/splitter/bulletin-error.ts';
import { decodeBulletin } from '../../src/splitter/decode-bulletin.ts';
import { sampleText, utf16WithBom } from './fixtures/encodings/make-fixtures.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SEED = join(import.meta.dirname, '..', '..', 'content', 'bulletins', '2025-06-18.txt');

function fixture(group: string, name: string): Uint8Array {
  return readFileSync(join(FIXTURES, group, name, 'bulletin.txt'));
}

function problemOf(bytes: Uint8Array): string {
  try {
    decodeBulletin(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(BulletinError);
    return (error as BulletinError).problem;
  }
  throw new Error('expected a BulletinError');
}

describe('decodeBulletin on the encoding fixtures', () => {
  const reference = decodeBulletin(fixture('encodings', 'utf8'));

  it('reads the UTF-8 fixture as the seed’s first 12 lines', () => {
    expect(reference).toEqual({ text: sampleText(), encoding: 'utf-8' });
  });

  it.each([
    ['utf8-bom', 'utf-8-bom'],
    ['utf16le-bom', 'utf-16le'],
    ['utf16be-bom', 'utf-16be'],
    ['gb18030', 'gb18030'],
    ['crlf', 'utf-8'],
    ['cr', 'utf-8'],
  ])('%s decodes to the same text as %s', (name, encoding) => {
    expect(decodeBulletin(fixture('encodings', name))).toEqual({ text: reference.text, encoding });
  });

  it('keeps full-width indents, which differ from UTF-8 only by U+3000 at line starts', () => {
    const { text } = decodeBulletin(fixture('encodings', 'fullwidth-spaces'));
    expect(text).toContain('\n\u3000\u3000新华社');
    expect(text.replace(/^\u3000+/gm, '')).toBe(reference.text);
  });

  it('never leaves a BOM or a CR in the text', () => {
    for (const name of ['utf8-bom', 'utf16le-bom', 'utf16be-bom', 'crlf', 'cr']) {
      expect(decodeBulletin(fixture('encodings', name)).text).not.toMatch(/[\uFEFF\r]/);
    }
  });
});

describe('decodeBulletin on the whole seed', () => {
  const seed = readFileSync(SEED);
  const expected = decodeBulletin(seed).text;

  it('gets identical text from GB18030, UTF-16 LE and UTF-16 BE', () => {
    expect(decodeBulletin(iconv.encode(expected, 'gb18030'))).toEqual({
      text: expected,
      encoding: 'gb18030',
    });
    expect(decodeBulletin(utf16WithBom(expected, 'le')).text).toBe(expected);
    expect(decodeBulletin(utf16WithBom(expected, 'be')).text).toBe(expected);
  });

  it('reads a GB18030 file that carries the GB18030 byte-order mark', () => {
    expect(decodeBulletin(iconv.encode(`\uFEFF${expected}`, 'gb18030')).text).toBe(expected);
  });
});

describe('decodeBulletin refuses what is not a bulletin', () => {
  it.each([
    ['empty', /empty/],
    ['whitespace-only', /only whitespace/],
    ['binary', /binary/],
    ['undecodable', /cannot decode/],
  ])('%s fixture → BulletinError', (name, message) => {
    expect(problemOf(fixture('bad-bulletins', name))).toMatch(message);
  });

  it('treats a BOM alone, or spaces and U+3000 alone, as empty', () => {
    expect(problemOf(Uint8Array.of(0xef, 0xbb, 0xbf))).toMatch(/empty/);
    expect(problemOf(utf16WithBom('', 'be'))).toMatch(/empty/);
    expect(problemOf(new TextEncoder().encode(' \n\u3000\u3000\n\n'))).toMatch(/only whitespace/);
    expect(problemOf(utf16WithBom('\u3000\n \n', 'le'))).toMatch(/only whitespace/);
  });

  it('calls NUL bytes or many control characters binary', () => {
    expect(problemOf(new TextEncoder().encode('新华社\u0000电'))).toMatch(/binary/);
    expect(problemOf(new TextEncoder().encode('新华社\u0001\u0002\u0003电'))).toMatch(/binary/);
    expect(problemOf(utf16WithBom('新华社\u0000电', 'le'))).toMatch(/binary/);
  });

  it('tolerates a single DOS end-of-file mark in a long text', () => {
    expect(decodeBulletin(new TextEncoder().encode(`${sampleText()}\u001a`)).encoding).toBe(
      'utf-8',
    );
  });

  it('refuses seeded random byte soup of every byte value', () => {
    let state = 1;
    const soup = Uint8Array.from(
      { length: 4096 },
      () => (state = (state * 48271) % 0x7fffffff) & 0xff,
    );
    expect(() => decodeBulletin(soup)).toThrow(BulletinError);
  });

  it('refuses odd-length UTF-16 and broken UTF-8 after a UTF-8 BOM', () => {
    expect(problemOf(Uint8Array.of(0xff, 0xfe, 0x41))).toMatch(/UTF-16LE/);
    expect(problemOf(Uint8Array.of(0xef, 0xbb, 0xbf, 0xd6, 0xd0, 0x0a))).toMatch(/UTF-8/);
  });

  it('refuses Big5 text, which GBK would read as plausible-looking nonsense', () => {
    const big5 = iconv.encode(
      '新華社北京6月18日電 國家主席習近平應邀赴哈薩克斯坦出席第二屆中國—中亞峰會。',
      'big5',
    );
    expect(problemOf(big5)).toMatch(/cannot decode/);
  });

  it('names the line of the first bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('第一行\n第二行\n'), 0xff, 0x41]);
    expect(problemOf(bytes)).toMatch(/line 3/);
  });
});
