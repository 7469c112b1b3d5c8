import type { UrlRegistry } from '../schemas/overrides.ts';
import { InputError } from './input-error.ts';

/** What slug assignment needs. */
export interface SlugInput {
  /** Every article the split produced (hidden ones too), in print order: stable id and the splitter's slug. */
  articles: readonly { id: string; slug: string }[];
  /** The edition's URL registry as it stands: id → slugs, current first. */
  registry: UrlRegistry;
  /** id → slug of the article files on disk, for ids the registry lacks (editions written before it existed). */
  onDisk: ReadonlyMap<string, string>;
  /** id → slug an override asks for. */
  requested: ReadonlyMap<string, string>;
  /** The overrides file, to name it when a requested slug is taken. */
  overridesFile: string;
}

/** Final slugs and the registry to store. */
export interface SlugAssignment {
  /** id → the slug the article is published under. */
  slugs: Map<string, string>;
  /** The updated registry: every produced id lists its current slug first, then all earlier ones. */
  registry: UrlRegistry;
}

/**
 * Give every article a slug that never changes once published: an override's slug first, else the
 * slug the registry (or the file on disk) already has, else the splitter's, made unique against
 * every slug the edition has ever used, so an old URL can never point at a different article.
 */
export function assignSlugs(input: SlugInput): SlugAssignment {
  const { articles, registry, onDisk, requested, overridesFile } = input;
  const owner = new Map<string, string>();
  for (const [id, slugs] of Object.entries(registry)) for (const s of slugs) owner.set(s, id);
  const produced = new Set(articles.map((a) => a.id));
  const previous = new Map<string, readonly string[]>();
  const slugs = new Map<string, string>();
  const taken = new Map<string, string>();
  const holderOf = (slug: string) => taken.get(slug) ?? owner.get(slug);
  const claim = (id: string, slug: string) => {
    slugs.set(id, slug);
    taken.set(slug, id);
  };
  for (const { id } of articles) {
    const disk = onDisk.get(id);
    // A file's slug counts only while no other id has it in the registry.
    const fromDisk = disk !== undefined && owner.get(disk) === undefined ? [disk] : [];
    previous.set(id, registry[id] ?? fromDisk);
  }

  for (const { id } of articles) {
    const want = requested.get(id);
    if (want === undefined) continue;
    const holder = holderOf(want);
    if (holder !== undefined && holder !== id)
      throw new InputError(
        overridesFile,
        `articles.${id}.slug: "${want}" is already used by ${holder}`,
      );
    claim(id, want);
  }
  for (const { id } of articles) {
    const current = previous.get(id)?.[0];
    if (slugs.has(id) || current === undefined) continue;
    // A slug from a file on disk may collide with the registry; the registry wins.
    const holder = holderOf(current);
    if (holder === undefined || holder === id) claim(id, current);
  }
  const dropped = new Set<string>();
  for (const { id, slug } of articles) {
    if (slugs.has(id)) continue;
    const holder = holderOf(slug);
    // A headline the splitter now reads differently gets a new id; when its slug is still the
    // current slug of an id this split no longer produces, it is the same article: it takes over
    // that id's URLs instead of moving to `slug-2`.
    if (holder !== undefined && !produced.has(holder) && registry[holder]?.[0] === slug) {
      previous.set(id, registry[holder]!);
      dropped.add(holder);
      claim(id, slug);
      continue;
    }
    let candidate = slug;
    for (let n = 2; holderOf(candidate) !== undefined; n++) candidate = `${slug}-${n}`;
    claim(id, candidate);
  }

  const next: UrlRegistry = {};
  for (const [id, list] of Object.entries(registry)) if (!dropped.has(id)) next[id] = [...list];
  for (const { id } of articles) {
    const current = slugs.get(id)!;
    next[id] = [current, ...(previous.get(id) ?? []).filter((s) => s !== current)];
  }
  return { slugs, registry: next };
}
