/** CLI (npm prebuild): split every `content/bulletins/YYYY-MM-DD*.txt` and prune editions whose bulletin is gone. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, describeFailure } from './lib/cli-error.ts';
import { displayPath as shown } from './lib/display-path.ts';
import { editionDate } from './lib/edition-date.ts';
import { summarizeSplit } from './lib/format-split-report.ts';
import { foreignEntries, isFolder } from './lib/generated-edition.ts';
import { loadVocabulary } from './lib/load-vocabulary.ts';
import { ARTICLES_DIR, BULLETINS_DIR, TAGS_FILE } from './lib/project-paths.ts';
import { fsProblem, readBulletin } from './lib/read-bulletin.ts';
import { saveEdition } from './lib/save-edition.ts';
import { splitText } from './lib/split-text.ts';

const EDITION_NAME = /^\d{4}-\d{2}-\d{2}$/;
const BULLETIN_NAME = /^\d{4}-\d{2}-\d{2}.*\.txt$/;

let current: string | null = null;
try {
  const editions = datesOf(listBulletins());
  const vocabulary = loadVocabulary(TAGS_FILE);
  for (const [date, name] of editions) {
    current = shown(join(BULLETINS_DIR, name));
    const { text } = readBulletin(current);
    const result = await splitText(text, { date, file: name, vocabulary });
    const dir = saveEdition(ARTICLES_DIR, result);
    console.log(`split-all: ${name} → ${shown(dir)}: ${summarizeSplit(result)}`);
  }
  current = null;
  pruneEditions(new Set(editions.keys()));
} catch (error) {
  const { line, code } = describeFailure('split-all', current, error);
  console.error(line);
  process.exitCode = code;
}

/** Bulletin file names in print order (the date prefix sorts chronologically). */
function listBulletins(): string[] {
  try {
    return readdirSync(BULLETINS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isFile() && BULLETIN_NAME.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new CliError(shown(BULLETINS_DIR), fsProblem(error));
  }
}

/** Edition date → bulletin file name, checked up front so a clash stops the run before anything is written. */
function datesOf(names: readonly string[]): Map<string, string> {
  const editions = new Map<string, string>();
  for (const name of names) {
    const file = shown(join(BULLETINS_DIR, name));
    const date = editionDate(file, null);
    // Editions are keyed by date alone, so a second bulletin would overwrite the first.
    const other = editions.get(date);
    if (other !== undefined)
      throw new CliError(file, `same date as ${other} (${date}); only one bulletin per day`);
    editions.set(date, name);
  }
  return editions;
}

/** Remove edition folders without a bulletin, but only when they hold nothing except generated articles. */
function pruneEditions(dates: ReadonlySet<string>): void {
  if (!isFolder(ARTICLES_DIR)) return;
  for (const entry of readdirSync(ARTICLES_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory() || !EDITION_NAME.test(entry.name) || dates.has(entry.name)) continue;
    const dir = join(ARTICLES_DIR, entry.name);
    const foreign = foreignEntries(dir);
    if (foreign.length > 0) {
      console.log(
        `split-all: kept ${shown(dir)}: no bulletin, but it holds files that are not generated articles (${foreign.join(', ')})`,
      );
      continue;
    }
    rmSync(dir, { recursive: true });
    console.log(`split-all: removed ${shown(dir)}: its bulletin is gone`);
  }
}
