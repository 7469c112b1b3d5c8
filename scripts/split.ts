/** CLI: split one bulletin into article files (the raw split). See SPLIT_USAGE; exit 2 on bad input, 3 when hand-edited articles are in the way, 1 on internal errors. */
import { basename, resolve } from 'node:path';
import { describeFailure } from './lib/cli-error.ts';
import { displayPath } from './lib/display-path.ts';
import { editionDate } from './lib/edition-date.ts';
import { formatSplitReport } from './lib/format-split-report.ts';
import { loadVocabulary } from './lib/load-vocabulary.ts';
import { parseSplitArgs, SPLIT_USAGE } from './lib/parse-split-args.ts';
import { ARTICLES_DIR, TAGS_FILE } from './lib/project-paths.ts';
import { readBulletin } from './lib/read-bulletin.ts';
import { saveEdition } from './lib/save-edition.ts';
import { splitText } from './lib/split-text.ts';

let file: string | null = null;
try {
  const args = parseSplitArgs(process.argv.slice(2));
  if (args.help) {
    console.log(SPLIT_USAGE);
  } else {
    file = args.file;
    // File problems come before date problems: "no such file" beats "cannot tell the date".
    const { text } = readBulletin(args.file);
    const date = editionDate(args.file, args.date);
    const vocabulary = loadVocabulary(TAGS_FILE);
    const result = await splitText(text, { date, file: basename(args.file), vocabulary });
    if (args.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const dir = saveEdition(args.out === null ? ARTICLES_DIR : resolve(args.out), result);
      console.log(formatSplitReport(result, displayPath(dir)));
    }
  }
} catch (error) {
  const { line, code } = describeFailure('split', file, error);
  console.error(line);
  // exitCode rather than exit(): lets a large --json write drain to a pipe first.
  process.exitCode = code;
}
