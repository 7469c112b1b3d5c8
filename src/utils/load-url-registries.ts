import { UrlRegistrySchema, type UrlRegistry } from '../schemas/overrides.ts';

// Written by the pipeline beside each bulletin; an edition without one has never renamed a slug.
const files = import.meta.glob<unknown>('/content/bulletins/*.urls.json', { import: 'default' });

/** Every edition's URL registry (`content/bulletins/<date>.urls.json`), validated, by edition. */
export async function loadUrlRegistries(): Promise<Map<string, UrlRegistry>> {
  const registries = new Map<string, UrlRegistry>();
  for (const [path, load] of Object.entries(files)) {
    const edition = path.slice('/content/bulletins/'.length, -'.urls.json'.length);
    const parsed = UrlRegistrySchema.safeParse(await load());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path.map(String).join('.') || '(top level)';
      throw new Error(`${path.slice(1)}: ${key}: ${issue?.message ?? 'invalid URL registry'}`);
    }
    registries.set(edition, parsed.data);
  }
  return registries;
}
