import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a benchmark copy of the project needs: the code and configuration, and the editors' files. */
const COPIED = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public'];
// Caches Astro and Vite keep inside node_modules (Astro's build data store is node_modules/.astro):
// shared through a symlinked node_modules they would leak between the copies and into the project.
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copy the project into `dest` for a benchmark: code and config, `content/` without its bulletins
 * and articles (both start empty), and a `node_modules` folder whose entries link to the project's,
 * so packages are shared but each copy has its own Astro and Vite caches.
 */
export function copyProject(root: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const name of COPIED) {
    try {
      cpSync(join(root, name), join(dest, name), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  mkdirSync(join(dest, 'content', 'bulletins'), { recursive: true });
  mkdirSync(join(dest, 'content', 'articles'), { recursive: true });
  for (const entry of readdirSync(join(root, 'content'))) {
    if (entry === 'bulletins' || entry === 'articles') continue;
    cpSync(join(root, 'content', entry), join(dest, 'content', entry), { recursive: true });
  }
  const modules = join(dest, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry))
      symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
}
