import { readFileSync, statSync } from 'node:fs';
import { BulletinError } from '../../src/splitter/bulletin-error.ts';
import { decodeBulletin, type DecodedBulletin } from '../../src/splitter/decode-bulletin.ts';
import { CliError } from './cli-error.ts';

/** Read and decode a bulletin file; every problem becomes a CliError naming `file` as given. */
export function readBulletin(file: string): DecodedBulletin {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory())
      throw new CliError(file, 'is a directory, not a bulletin file');
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(file, fsProblem(error));
  }
  try {
    return decodeBulletin(bytes);
  } catch (error) {
    if (error instanceof BulletinError) throw new CliError(file, error.problem);
    throw error;
  }
}

/** A short, human wording for the usual file-system failures. */
export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
