import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { editionFiles } from './edition-files.ts';
import { foreignFile } from './edition-freshness.ts';
import { displayPath } from './display-path.ts';
import type { TransactionHooks } from './file-transaction.ts';
import type { ProjectPaths } from './project-paths.ts';
import { readEditionFolder, readOptional } from './read-edition-folder.ts';
import { writeEditionFiles } from './write-edition-files.ts';

const EDITION_NAME = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Remove the edition folders (and reports) whose bulletin is gone. Only generated articles are
 * removed: a foreign file stops the run (exit 2); a hand-edited article keeps its edition unless
 * `force`, which backs it up first. Returns the lines to print and whether anything was kept.
 */
export function pruneEditions(
  paths: ProjectPaths,
  dates: ReadonlySet<string>,
  options: { force: boolean; hooks: TransactionHooks; prefix: string },
): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  let names: string[];
  try {
    names = readdirSync(paths.articles).sort();
  } catch {
    return { out, err };
  }
  for (const date of names) {
    if (!EDITION_NAME.test(date) || dates.has(date)) continue;
    const files = editionFiles(paths, date);
    const folder = readEditionFolder(files.dir, date);
    const foreign = folder.files.find((f) => f.state.kind === 'foreign');
    if (foreign?.state.kind === 'foreign')
      throw foreignFile(
        join(files.dir, foreign.name),
        `${foreign.state.problem} (its bulletin is gone)`,
      );
    const edited = folder.files.filter((f) => f.state.kind === 'edited').map((f) => f.name);
    if (edited.length > 0 && !options.force) {
      for (const name of edited)
        err.push(
          `${options.prefix}: ${displayPath(join(files.dir, name))}: edited by hand; its bulletin is gone but it is left alone (--force removes it and keeps a backup)`,
        );
      continue;
    }
    const report = readOptional(files.report) === null ? [] : [files.report];
    const backups = writeEditionFiles(
      {
        backups: { dir: files.backups, names: edited, from: folder },
        remove: [...report, files.dir],
      },
      options.hooks,
    );
    for (const [name, backup] of backups)
      out.push(
        `${options.prefix}: backed up ${displayPath(join(files.dir, name))} → ${displayPath(backup)}`,
      );
    out.push(`${options.prefix}: removed ${displayPath(files.dir)}: its bulletin is gone`);
  }
  return { out, err };
}
