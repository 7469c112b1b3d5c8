import { UrlRegistrySchema, type UrlRegistry } from '../schemas/overrides.ts';
import { formatKeyPath, InputError } from './input-error.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parse and check an edition's URL registry (`content/bulletins/<date>.urls.json`): article id →
 * every slug it has had, current first. A slug may belong to one article only, or an old URL
 * would redirect to two places. Throws an InputError naming `file` and the key.
 */
export function parseUrlRegistry(text: string, file: string): UrlRegistry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = UrlRegistrySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      file,
      `${formatKeyPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid URL registry'}`,
    );
  }
  const owner = new Map<string, string>();
  for (const [id, slugs] of Object.entries(parsed.data)) {
    slugs.forEach((slug, i) => {
      if (!SLUG.test(slug))
        throw new InputError(file, `${id}.${i}: "${slug}" is not a slug (lowercase words and -)`);
      const other = owner.get(slug);
      if (other === id) throw new InputError(file, `${id}.${i}: slug "${slug}" is listed twice`);
      if (other !== undefined)
        throw new InputError(file, `${id}.${i}: slug "${slug}" is also listed for ${other}`);
      owner.set(slug, id);
    });
  }
  return parsed.data;
}
