import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyArticleFile, MANIFEST_NAME } from '../../src/regenerate/classify-article-file.ts';
import type { ExistingFile } from '../../src/regenerate/plan-edition.ts';
import { CliError } from './cli-error.ts';
import { displayPath } from './display-path.ts';

/** An edition folder as found on disk. */
export interface EditionFolder {
  /** Every entry but the manifest, classified (generated, edited by hand, foreign). */
  files: ExistingFile[];
  /** The manifest's text, or null when there is none. */
  manifest: string | null;
}

/** Read and classify the edition folder `dir` of edition `date`; a missing folder is empty. */
export function readEditionFolder(dir: string, date: string): EditionFolder {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (stat === undefined) return { files: [], manifest: null };
  if (!stat.isDirectory()) throw new CliError(displayPath(dir), 'exists but is not a folder');
  const files: ExistingFile[] = [];
  let manifest: string | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Symlinks and folders are never read: they were put there by someone else.
    const text = entry.isFile() ? readFileSync(join(dir, entry.name), 'utf8') : null;
    if (entry.name === MANIFEST_NAME && text !== null) {
      manifest = text;
      continue;
    }
    files.push({ name: entry.name, text, state: classifyArticleFile(entry.name, text, date) });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, manifest };
}

/** The text of a file, or null when it does not exist. */
export function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(displayPath(path), `cannot read (${(error as Error).message})`);
  }
}
