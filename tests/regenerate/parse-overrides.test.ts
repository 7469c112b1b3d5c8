import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/regenerate/input-error.ts';
import { parseOverrides } from '../../src/regenerate/parse-overrides.ts';

const FILE = 'content/bulletins/2025-06-18.overrides.yaml';

/** The one-line problem parseOverrides reports, with the file checked. */
function problem(yaml: string): string {
  try {
    parseOverrides(yaml, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(FILE);
    expect((error as InputError).message).toBe(`${FILE}: ${(error as InputError).problem}`);
    return (error as InputError).problem;
  }
  throw new Error('expected an InputError');
}

describe('parseOverrides', () => {
  it('reads every kind of override, dates as strings', () => {
    const yaml = [
      'articles:',
      '  2025-06-18-e74999a3:',
      '    title: 新标题',
      '    kind: report',
      '    tags: [外交, 北京]',
      '    summary: 新摘要。',
      '    slug: xin-biao-ti',
      '    image: 2025-06-18/a.jpg',
      '    corrections:',
      '      - date: 2025-06-19',
      '        note: 更正',
      '  2025-06-18-10da1363:',
      '    hidden: true',
    ].join('\n');
    expect(parseOverrides(yaml, FILE)).toEqual({
      articles: {
        '2025-06-18-e74999a3': {
          title: '新标题',
          kind: 'report',
          tags: ['外交', '北京'],
          summary: '新摘要。',
          slug: 'xin-biao-ti',
          image: '2025-06-18/a.jpg',
          corrections: [{ date: '2025-06-19', note: '更正' }],
        },
        '2025-06-18-10da1363': { hidden: true },
      },
      lines: {},
    });
  });

  it('reads line controls keyed by line number, as the README shows them', () => {
    const yaml = [
      'lines:',
      '  41: headline        # line 41 starts an article',
      '  57: not-headline',
      '  40: overline',
      '  42: title',
      '  88: { continues: 12 }',
      '  90: { continues: none }',
      '  63: complete',
      '  70: join',
      '  71: no-join',
    ].join('\n');
    expect(parseOverrides(yaml, FILE)).toEqual({
      articles: {},
      lines: {
        '40': 'overline',
        '41': 'headline',
        '42': 'title',
        '57': 'not-headline',
        '63': 'complete',
        '70': 'join',
        '71': 'no-join',
        '88': { continues: 12 },
        '90': { continues: 'none' },
      },
    });
  });

  it.each([
    ['an empty file', ''],
    ['only a comment', '# nothing yet\n'],
    ['no articles', 'articles: {}\n'],
  ])('%s means no overrides', (_name, yaml) => {
    expect(parseOverrides(yaml, FILE)).toEqual({ articles: {}, lines: {} });
  });

  it.each([
    [
      'a bad kind',
      'articles:\n  2025-06-18-e74999a3:\n    kind: essay\n',
      /^articles\.2025-06-18-e74999a3\.kind: Invalid option/,
    ],
    [
      'a misspelt field',
      'articles:\n  2025-06-18-e74999a3:\n    titel: x\n',
      /^articles\.2025-06-18-e74999a3\.titel: unknown key \(allowed: title, /,
    ],
    [
      'an unknown top-level key',
      'artikel: {}\n',
      /^artikel: unknown key \(expected only "articles" and "lines"\)/,
    ],
    [
      'a bad id',
      'articles:\n  e74999a3:\n    title: x\n',
      /^articles\.e74999a3: expected an article id/,
    ],
    [
      'a long summary',
      `articles:\n  2025-06-18-e74999a3:\n    summary: ${'长'.repeat(121)}\n`,
      /^articles\.2025-06-18-e74999a3\.summary: /,
    ],
    [
      'a bad slug',
      'articles:\n  2025-06-18-e74999a3:\n    slug: Not A Slug\n',
      /^articles\.2025-06-18-e74999a3\.slug: expected lowercase/,
    ],
    [
      'an impossible correction date',
      'articles:\n  2025-06-18-e74999a3:\n    corrections:\n      - date: 2025-02-30\n        note: x\n',
      /^articles\.2025-06-18-e74999a3\.corrections\.0\.date: not a real calendar date/,
    ],
    [
      'an empty tag list',
      'articles:\n  2025-06-18-e74999a3:\n    tags: []\n',
      /^articles\.2025-06-18-e74999a3\.tags: /,
    ],
    [
      'a line key that is not a number',
      'lines:\n  abc: headline\n',
      /^lines\.abc: expected a bulletin line number$/,
    ],
    ['line 0', 'lines:\n  0: headline\n', /^lines\.0: expected a bulletin line number$/],
    [
      'an unknown control',
      'lines:\n  57: headlin\n',
      /^lines\.57: expected headline, not-headline, /,
    ],
    ['a misspelt continues', 'lines:\n  88: { continue: 12 }\n', /^lines\.88: expected headline, /],
    [
      'continues line 0',
      'lines:\n  88: { continues: 0 }\n',
      /^lines\.88: expected .*continues: none/,
    ],
    ['a list of lines', 'lines: [41]\n', /^lines: /],
    ['a list at the top', '- a\n', /^\(top level\): /],
    [
      'a duplicated id',
      'articles:\n  2025-06-18-e74999a3:\n    title: a\n  2025-06-18-e74999a3:\n    title: b\n',
      /unique.*line 4/,
    ],
    ['a YAML syntax error', 'articles: [\n', /at line 2, column 1$/],
  ])('names the key for %s', (_name, yaml, message) => {
    const text = problem(yaml);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});
