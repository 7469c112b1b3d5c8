import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/regenerate/input-error.ts';
import { parseUrlRegistry } from '../../src/regenerate/parse-url-registry.ts';

const FILE = 'content/bulletins/2025-06-18.urls.json';

describe('parseUrlRegistry', () => {
  it('reads id → slugs', () => {
    const text = '{"2025-06-18-e74999a3": ["new-slug", "old-slug"]}';
    expect(parseUrlRegistry(text, FILE)).toEqual({
      '2025-06-18-e74999a3': ['new-slug', 'old-slug'],
    });
  });

  it.each([
    ['bad JSON', '{', /^not valid JSON/],
    ['an empty slug list', '{"a": []}', /^a: /],
    ['a list', '[]', /^\(top level\): /],
    ['a bad slug', '{"a": ["Big Slug"]}', /^a\.0: "Big Slug" is not a slug/],
    ['a slug listed twice', '{"a": ["x", "x"]}', /^a\.1: slug "x" is listed twice/],
    ['a slug of two ids', '{"a": ["x"], "b": ["y", "x"]}', /^b\.1: slug "x" is also listed for a/],
  ])('refuses %s, naming the key', (_name, text, message) => {
    let caught: unknown;
    try {
      parseUrlRegistry(text, FILE);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).file).toBe(FILE);
    expect((caught as InputError).problem).toMatch(message);
  });
});
