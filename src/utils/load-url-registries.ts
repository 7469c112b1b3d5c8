import { UrlRegistrySchema, type UrlRegistry } from '../schemas/overrides.ts';
import { readContentJson } from './read-content-json.ts';

/** Every edition's URL registry (`content/bulletins/<date>.urls.json`), validated, by edition. */
export async function loadUrlRegistries(): Promise<Map<string, UrlRegistry>> {
  // Written by the pipeline beside each bulletin; an edition without one has never renamed a slug.
  return readContentJson('bulletins', '.urls.json', UrlRegistrySchema);
}
