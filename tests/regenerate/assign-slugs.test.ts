import { describe, expect, it } from 'vitest';
import { assignSlugs, type SlugInput } from '../../src/regenerate/assign-slugs.ts';
import { InputError } from '../../src/regenerate/input-error.ts';

const FILE = 'content/bulletins/2025-06-18.overrides.yaml';
const A = '2025-06-18-0000000a';
const B = '2025-06-18-0000000b';
const C = '2025-06-18-0000000c';

function assign(input: Partial<SlugInput> & Pick<SlugInput, 'articles'>) {
  const out = assignSlugs({
    registry: {},
    onDisk: new Map(),
    requested: new Map(),
    overridesFile: FILE,
    ...input,
  });
  return { slugs: Object.fromEntries(out.slugs), registry: out.registry };
}

describe('assignSlugs', () => {
  it("registers the splitter's slugs on a first split", () => {
    expect(
      assign({
        articles: [
          { id: A, slug: 'a' },
          { id: B, slug: 'b' },
        ],
      }),
    ).toEqual({ slugs: { [A]: 'a', [B]: 'b' }, registry: { [A]: ['a'], [B]: ['b'] } });
  });

  it('keeps a registered slug when the splitter now makes another one', () => {
    const { slugs, registry } = assign({
      articles: [{ id: A, slug: 'better-slug' }],
      registry: { [A]: ['a'] },
    });
    expect(slugs).toEqual({ [A]: 'a' });
    expect(registry).toEqual({ [A]: ['a'] });
  });

  it('puts an override slug first and keeps the old ones for redirects', () => {
    const once = assign({
      articles: [{ id: A, slug: 'a' }],
      registry: { [A]: ['a'] },
      requested: new Map([[A, 'new']]),
    });
    expect(once).toEqual({ slugs: { [A]: 'new' }, registry: { [A]: ['new', 'a'] } });
    // Back to an old slug: it moves to the front, nothing is lost.
    const back = assign({
      articles: [{ id: A, slug: 'a' }],
      registry: once.registry,
      requested: new Map([[A, 'a']]),
    });
    expect(back.registry).toEqual({ [A]: ['a', 'new'] });
    // The override removed: the article stays where it is.
    const kept = assign({ articles: [{ id: A, slug: 'a' }], registry: { [A]: ['new', 'a'] } });
    expect(kept.slugs).toEqual({ [A]: 'new' });
  });

  it('never gives a new article a slug another article has or had', () => {
    const { slugs, registry } = assign({
      articles: [
        { id: A, slug: 'a' },
        { id: C, slug: 'old' },
      ],
      registry: { [A]: ['a', 'old'], [B]: ['b'] },
    });
    expect(slugs).toEqual({ [A]: 'a', [C]: 'old-2' });
    // Ids this split no longer produces stay registered: their URLs must not be reused.
    expect(registry).toEqual({ [A]: ['a', 'old'], [B]: ['b'], [C]: ['old-2'] });
  });

  it("lets a renamed headline's new id take over the URLs of the id it replaces", () => {
    const { slugs, registry } = assign({
      articles: [{ id: C, slug: 'b' }],
      registry: { [A]: ['a'], [B]: ['b', 'b-old'] },
    });
    expect(slugs).toEqual({ [C]: 'b' });
    expect(registry).toEqual({ [A]: ['a'], [C]: ['b', 'b-old'] });
  });

  it('refuses an override slug that belongs to another article, naming the file and key', () => {
    let caught: unknown;
    try {
      assign({
        articles: [
          { id: A, slug: 'a' },
          { id: B, slug: 'b' },
        ],
        registry: { [A]: ['a', 'a-old'] },
        requested: new Map([[B, 'a-old']]),
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toBe(
      `${FILE}: articles.${B}.slug: "a-old" is already used by ${A}`,
    );
  });

  it('adopts the slugs of files on disk for ids the registry lacks (editions from before it)', () => {
    const { slugs, registry } = assign({
      articles: [
        { id: A, slug: 'splitter-now' },
        { id: B, slug: 'b' },
      ],
      onDisk: new Map([[A, 'published']]),
      requested: new Map([[B, 'b-new']]),
    });
    expect(slugs).toEqual({ [A]: 'published', [B]: 'b-new' });
    expect(registry).toEqual({ [A]: ['published'], [B]: ['b-new'] });
  });

  it('keeps slugs unique when the splitter repeats one', () => {
    const { slugs } = assign({
      articles: [
        { id: A, slug: 'x' },
        { id: B, slug: 'x-2' },
        { id: C, slug: 'x' },
      ],
      registry: { [B]: ['x'] },
    });
    expect(new Set(Object.values(slugs)).size).toBe(3);
    expect(slugs[B]).toBe('x');
  });
});
