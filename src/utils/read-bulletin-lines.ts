// Bulletins are stored as UTF-8 by ingest; `?raw` keeps them in Vite's graph for the dev loop.
const files = import.meta.glob<string>('/content/bulletins/*.txt', {
  query: '?raw',
  import: 'default',
});

/**
 * The lines of `content/bulletins/<file>` as the splitter numbers them (BOM dropped; CRLF, CR and
 * LF all end a line), so that line `n` here is line `n` in the split report.
 */
export async function readBulletinLines(file: string): Promise<string[]> {
  const path = '/content/bulletins/' + file;
  const load = files[path];
  if (!load) throw new Error(`${path.slice(1)}: no such bulletin (named by its split report)`);
  const text = await load();
  // A replacement character means the bytes were not UTF-8: the page would show mojibake.
  if (text.includes('\uFFFD'))
    throw new Error(`${path.slice(1)}: not UTF-8; add bulletins with \`npm run ingest\``);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
