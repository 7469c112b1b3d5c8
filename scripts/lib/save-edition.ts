import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import { renderArticleFile } from '../../src/splitter/render-article-file.ts';
import { CliError } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import { foreignEntries, isFolder } from './generated-edition.ts';
import { writeEdition, type WriteEditionOptions } from './write-edition.ts';

/** Write a split result as `<outRoot>/<date>/<slug>.md`, replacing the previous edition atomically; returns the folder. */
export function saveEdition(
  outRoot: string,
  result: SplitResult,
  options: WriteEditionOptions = {},
): string {
  const dir = join(outRoot, result.bulletin.date);
  const shown = displayPath(dir);
  if (existsSync(dir)) {
    if (!isFolder(dir)) throw new CliError(shown, 'exists but is not a folder');
    // Replacing the folder would silently delete whatever an editor put there by hand.
    const foreign = foreignEntries(dir);
    if (foreign.length > 0) {
      throw new CliError(
        shown,
        `holds files that are not generated articles (${listNames(foreign)}); move them away first`,
      );
    }
  }
  const files = new Map<string, string>();
  for (const article of result.articles) {
    const name = `${article.slug}.md`;
    // Slugs are promised unique per edition; a clash would silently lose an article.
    if (files.has(name)) throw new Error(`two articles share the slug "${article.slug}"`);
    files.set(name, renderArticleFile(article));
  }
  writeEdition(dir, files, options);
  return dir;
}

/** At most three names, then a count of the rest. */
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
