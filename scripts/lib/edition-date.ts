import { basename } from 'node:path';
import { IsoDateSchema } from '../../src/schemas/article.ts';
import { CliError } from './cli-error.ts';

/** The edition date: the `--date` option if given, else the `YYYY-MM-DD` the file name starts with. */
export function editionDate(file: string, option: string | null): string {
  if (option !== null) return checkDate(file, option, `bad --date "${option}"`);
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(basename(file));
  if (match?.[1] === undefined) {
    throw new CliError(
      file,
      'cannot tell the bulletin date: name the file YYYY-MM-DD….txt or pass --date YYYY-MM-DD',
    );
  }
  return checkDate(file, match[1], `file name date ${match[1]}`);
}

/** Validate a date string against the article schema's rule, naming where it came from. */
function checkDate(file: string, date: string, what: string): string {
  const parsed = IsoDateSchema.safeParse(date);
  if (parsed.success) return parsed.data;
  throw new CliError(file, `${what}: ${parsed.error.issues[0]?.message ?? 'not a date'}`);
}
