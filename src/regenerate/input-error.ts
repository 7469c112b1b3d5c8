/** Bad editor input (an overrides file, a URL registry…): one line naming the file and the place at fault. */
export class InputError extends Error {
  /** The file at fault, as the caller shows it to the user. */
  readonly file: string;
  /** What is wrong and where inside the file (a key path), one line, without the file name. */
  readonly problem: string;

  /** Describe a problem found in `file`. */
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
  }
}

/** A zod issue path as editors read it: `articles.2025-06-18-e74999a3.kind`, `(top level)` when empty. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}
