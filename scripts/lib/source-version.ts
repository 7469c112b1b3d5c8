import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * A hash of the TypeScript sources at `paths` (folders, searched recursively, or single files)
 * under `root`, and of the installed version of every package they import: what cached output
 * made by that code depends on (split editions, search index shards).
 */
export function sourceVersion(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const packages = new Set<string>();
  for (const path of paths) {
    const names = statSync(join(root, path)).isDirectory()
      ? readdirSync(join(root, path), { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.ts'))
          .map((name) => `${path}/${name.split(sep).join('/')}`)
          .sort()
      : [path];
    for (const name of names) {
      const text = readFileSync(join(root, name), 'utf8');
      hash.update(`${name}\0${text}\0`);
      for (const pkg of importedPackages(text)) packages.add(pkg);
    }
  }
  for (const pkg of [...packages].sort()) hash.update(`${pkg}@${packageVersion(root, pkg)}\0`);
  return hash.digest('hex');
}

/** Bare package names a module imports at run time (`import type` and `node:` built-ins left out). */
function importedPackages(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s)?[^;]*?\sfrom\s+'([^']+)'/gm)) {
    const spec = m[2] ?? '';
    if (m[1] !== undefined || spec.startsWith('.') || spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    out.push(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
  }
  return out;
}

/** The installed version of a package, or `missing`. */
function packageVersion(root: string, pkg: string): string {
  try {
    const json = JSON.parse(
      readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'),
    ) as { version?: string };
    return json.version ?? 'unknown';
  } catch {
    return 'missing';
  }
}
