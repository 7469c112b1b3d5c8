import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import { editionDate } from './edition-date.ts';
import { fsProblem } from './read-bulletin.ts';

const BULLETIN_NAME = /^\d{4}-\d{2}-\d{2}.*\.txt$/;

/**
 * Edition date → bulletin file name for every `YYYY-MM-DD*.txt` in `dir`, in date order. Two
 * bulletins for one date stop the run before anything is written, since editions are keyed by
 * date alone and the second would overwrite the first. A missing folder holds no bulletins.
 */
export function findBulletins(dir: string): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && BULLETIN_NAME.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new CliError(displayPath(dir), fsProblem(error));
  }
  const editions = new Map<string, string>();
  for (const name of names) {
    const file = displayPath(join(dir, name));
    const date = editionDate(file, null);
    const other = editions.get(date);
    if (other !== undefined)
      throw new CliError(file, `same date as ${other} (${date}); only one bulletin per day`);
    editions.set(date, name);
  }
  return editions;
}
