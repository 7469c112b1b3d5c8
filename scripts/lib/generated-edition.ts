import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticleFile } from '../../src/splitter/render-article-file.ts';

/**
 * Entries of an edition folder that are NOT article files generated for that edition:
 * anything but a regular `<slug>.md` that parses with parseArticleFile and whose `edition`
 * and slug match the folder and file name. Such entries must never be overwritten or deleted.
 */
export function foreignEntries(dir: string): string[] {
  const edition = basename(dir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !isGeneratedArticle(dir, entry, edition))
    .map((entry) => entry.name)
    .sort();
}

/** True when `dir` exists and is a folder (a plain file in its place is not). */
export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Whether one folder entry is an article file the splitter wrote for `edition`. */
function isGeneratedArticle(dir: string, entry: Dirent, edition: string): boolean {
  // Symlinks and folders count as foreign: they were put there by someone else.
  if (!entry.isFile() || !entry.name.endsWith('.md')) return false;
  try {
    const { data } = parseArticleFile(readFileSync(join(dir, entry.name), 'utf8'));
    return data.edition === edition && `${data.slug}.md` === entry.name;
  } catch {
    return false;
  }
}
