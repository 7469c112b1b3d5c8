import { readdir, readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { getContentUrl } from './get-content-url.ts';

/**
 * Every `content/<folder>/*<suffix>` file, parsed as JSON and validated by `schema`, keyed by the
 * file name without the suffix, in name order; a missing folder has none. An invalid file throws
 * one line naming the file and the key.
 */
export async function readContentJson<T>(
  folder: string,
  suffix: string,
  schema: z.ZodType<T>,
): Promise<Map<string, T>> {
  const names = await readdir(getContentUrl(folder)).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const out = new Map<string, T>();
  for (const name of names.filter((n) => n.endsWith(suffix)).sort()) {
    const path = `content/${folder}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(getContentUrl(`${folder}/${name}`), 'utf8'));
    } catch (error) {
      throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path.map(String).join('.') || '(top level)';
      throw new Error(`${path}: ${key}: ${issue?.message ?? 'invalid'}`);
    }
    out.set(name.slice(0, -suffix.length), parsed.data);
  }
  return out;
}
