import { readFile } from 'node:fs/promises';
import { getContentUrl } from './get-content-url.ts';

/**
 * The lines of `content/bulletins/<file>` as the splitter numbers them (BOM dropped; CRLF, CR and
 * LF all end a line), so that line `n` here is line `n` in the split report.
 */
export async function readBulletinLines(file: string): Promise<string[]> {
  const path = 'content/bulletins/' + file;
  const text = await readFile(getContentUrl('bulletins/' + file), 'utf8').catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`${path}: no such bulletin (named by its split report)`);
  });
  // A replacement character means the bytes were not UTF-8: the page would show mojibake.
  if (text.includes('\uFFFD'))
    throw new Error(`${path}: not UTF-8; add bulletins with \`npm run ingest\``);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
