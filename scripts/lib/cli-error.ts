import { InputError } from '../../src/regenerate/input-error.ts';
import { BulletinError } from '../../src/splitter/bulletin-error.ts';

/** Exit code when hand-edited files were left alone (rerun with --force to overwrite them). */
export const EXIT_HAND_EDITED = 3;

/** Bad input to a script (file, option, vocabulary): reported as one line, exit code 2. */
export class CliError extends Error {
  /** The file at fault, as the user named it, or null when the problem concerns no file. */
  readonly file: string | null;
  /** What is wrong, one line, without the file name. */
  readonly problem: string;
  /** The exit code: 2 for bad input, EXIT_HAND_EDITED when hand-edited files were left alone. */
  readonly code: number;

  /** Describe a problem with a file (or with no file when `file` is null). */
  constructor(file: string | null, problem: string, code = 2) {
    super(file === null ? problem : `${file}: ${problem}`);
    this.name = 'CliError';
    this.file = file;
    this.problem = problem;
    this.code = code;
  }
}

/** The single stderr line and the exit code for an error: 2 for bad input, 1 for anything unexpected. */
export function describeFailure(
  prefix: string,
  file: string | null,
  error: unknown,
): { line: string; code: number } {
  if (error instanceof CliError)
    return { line: formatLine(prefix, error.file, error.problem), code: error.code };
  if (error instanceof InputError)
    return { line: formatLine(prefix, error.file, error.problem), code: 2 };
  // The splitter may reject a bulletin it cannot make sense of; that is the input's fault too.
  if (error instanceof BulletinError)
    return { line: formatLine(prefix, file, error.problem), code: 2 };
  const message = error instanceof Error ? error.message : String(error);
  return { line: formatLine(prefix, file, `internal error: ${message}`), code: 1 };
}

/** `prefix: file: problem`, squeezed onto one line so scripts and CI logs can grep it. */
function formatLine(prefix: string, file: string | null, problem: string): string {
  const flat = problem.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return file === null ? `${prefix}: ${flat}` : `${prefix}: ${file}: ${flat}`;
}
