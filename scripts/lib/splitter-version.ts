import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PROJECT_ROOT } from './project-paths.ts';

/** The code that decides what an edition's files contain. */
const SOURCE_DIRS = ['src/splitter', 'src/regenerate', 'src/schemas'];

/**
 * A hash of the splitter, the regeneration code, the schemas, and the version of every package
 * they import: any change that could change an edition's files re-splits it. A hand-bumped
 * constant would be forgotten; a spurious change (a comment) only costs a re-split that writes
 * the same articles again.
 */
export function splitterVersion(root: string = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  const packages = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    const names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.split(sep).join('/'))
      .sort();
    for (const name of names) {
      const text = readFileSync(join(root, dir, name), 'utf8');
      hash.update(`${dir}/${name}\0${text}\0`);
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
