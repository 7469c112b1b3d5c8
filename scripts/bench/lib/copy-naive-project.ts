import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './copy-project.ts';

/**
 * Copy the project into `dest` for the naive pipeline, with the content of the copy `ours` after
 * its first run: the naive pipeline builds from the same articles, with caches of its own.
 */
export function copyNaiveProject(root: string, ours: string, dest: string): void {
  copyProject(root, dest);
  // All of content/: the site also renders the bulletins (edition source pages), and the split
  // may write more than articles (URL registries, edition reports).
  rmSync(join(dest, 'content'), { recursive: true });
  cpSync(join(ours, 'content'), join(dest, 'content'), { recursive: true });
}
