/** A bulletin that cannot be split (empty, binary, undecodable…), with a one-line reason for the editor. */
export class BulletinError extends Error {
  /** What is wrong, as one line and without the file name, so callers can prefix their own context. */
  readonly problem: string;

  /** Wrap a one-line problem description. */
  constructor(problem: string) {
    super(problem);
    this.name = 'BulletinError';
    this.problem = problem;
  }
}
