import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ProjectPaths } from './project-paths.ts';

/** Where one edition's files live. */
export interface EditionFiles {
  /** `content/bulletins/<bulletin name>`. */
  bulletin: string;
  /** `content/bulletins/<date>.overrides.yaml`. */
  overrides: string;
  /** `content/bulletins/<date>.urls.json`. */
  registry: string;
  /** `content/reports/<date>.json`. */
  report: string;
  /** `content/articles/<date>/`. */
  dir: string;
  /** `content/backups/<date>/`. */
  backups: string;
}

/** The files of edition `date` whose bulletin is `bulletinName` (default `<date>.txt`). */
export function editionFiles(
  paths: ProjectPaths,
  date: string,
  bulletinName = `${date}.txt`,
): EditionFiles {
  return {
    bulletin: join(paths.bulletins, bulletinName),
    overrides: join(paths.bulletins, `${date}.overrides.yaml`),
    registry: join(paths.bulletins, `${date}.urls.json`),
    report: join(paths.reports, `${date}.json`),
    dir: join(paths.articles, date),
    backups: join(paths.backups, date),
  };
}

/**
 * Backup paths for files about to be overwritten: `<backups>/<name>.bak-<n>`, n one more than
 * any backup of that name so far. A counter, not a timestamp, so runs stay reproducible; the
 * folder lies outside content/articles, so Astro never loads a backup as an article.
 */
export function backupPaths(backups: string, names: readonly string[]): Map<string, string> {
  let existing: string[] = [];
  try {
    existing = readdirSync(backups);
  } catch {
    // No backups yet.
  }
  const out = new Map<string, string>();
  for (const name of names) {
    const prefix = `${basename(name)}.bak-`;
    const used = existing
      .filter((e) => e.startsWith(prefix) && /^\d+$/.test(e.slice(prefix.length)))
      .map((e) => Number(e.slice(prefix.length)));
    out.set(name, join(backups, `${prefix}${Math.max(0, ...used) + 1}`));
  }
  return out;
}
