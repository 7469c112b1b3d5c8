import { join } from 'node:path';
import { planEdition } from '../../src/regenerate/plan-edition.ts';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import { renderGeneratedFile } from '../../src/splitter/render-article-file.ts';
import { CliError, EXIT_HAND_EDITED } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import { readEditionFolder } from './read-edition-folder.ts';
import { writeEdition, type WriteEditionOptions } from './write-edition.ts';

/**
 * Write a split result as it is (no overrides, no URL registry) as `<outRoot>/<date>/<slug>.md`,
 * each file stamped with its `generated` hash, replacing the previous edition atomically; returns
 * the folder. Refuses (and writes nothing) when the folder holds anything but generated articles.
 */
export function saveEdition(
  outRoot: string,
  result: SplitResult,
  options: WriteEditionOptions = {},
): string {
  const dir = join(outRoot, result.bulletin.date);
  const shown = displayPath(dir);
  const folder = readEditionFolder(dir, result.bulletin.date);
  const files = new Map<string, string>();
  for (const article of result.articles) {
    const name = `${article.slug}.md`;
    // Slugs are promised unique per edition; a clash would silently lose an article.
    if (files.has(name)) throw new Error(`two articles share the slug "${article.slug}"`);
    files.set(name, renderGeneratedFile(article));
  }
  const plan = planEdition(folder.files, files, false);
  // Replacing the folder would silently delete whatever an editor put there by hand.
  if (plan.foreign.length > 0) {
    const names = listNames(plan.foreign.map((f) => f.name));
    throw new CliError(
      shown,
      `holds files that are not generated articles (${names}); move them away first`,
    );
  }
  if (plan.conflicts.length > 0) {
    const names = listNames(plan.conflicts.map((c) => c.name));
    throw new CliError(
      shown,
      `holds articles edited by hand (${names}); left alone (split-all --force or ingest --force overwrites them, keeping a backup)`,
      EXIT_HAND_EDITED,
    );
  }
  // The folder's manifest is dropped with the old folder, so split-all redoes this edition.
  writeEdition(dir, files, options);
  return dir;
}

/** At most three names, then a count of the rest. */
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
