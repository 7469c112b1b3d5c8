import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../../../src/schemas/article.ts';
import type { Quirk } from './article-draft.ts';
import type { TextPool } from './build-text-pool.ts';
import { generateCorpus, type CorpusSize } from './generate-corpus.ts';
import type { GeneratedEdition } from './generate-edition.ts';

/** What a generated corpus holds; also written to `<dir>/.bench-corpus.json`. */
export interface CorpusSummary {
  seed: number;
  editions: number;
  articles: number;
  /** Bytes of bulletin text (UTF-8). */
  bytes: number;
  newest: string;
  oldest: string;
  kinds: Record<Kind, number>;
  quirks: Record<Quirk, number>;
  /** SHA-256 over every file name and content, in date order: equal hashes mean identical corpora. */
  sha256: string;
}

/** Marks a folder as written by the corpus generator, so a rerun may clear its old bulletins. */
export const CORPUS_MANIFEST = '.bench-corpus.json';
const BULLETIN = /^\d{4}-\d{2}-\d{2}\.txt$/;

/**
 * Write a generated corpus as `<date>.txt` files into `dir`. A folder that already holds bulletins
 * is only reused when the generator wrote them (it has the manifest); their old files go first.
 * `onEdition` sees each edition as it is written (to check it, for example); `manifest: false` leaves
 * the manifest out (a project's own bulletin folder should hold bulletins only).
 */
export function writeCorpus(
  pool: TextPool,
  seed: number,
  size: CorpusSize,
  dir: string,
  options: { manifest?: boolean; onEdition?: (edition: GeneratedEdition) => void } = {},
): CorpusSummary {
  mkdirSync(dir, { recursive: true });
  const old = readdirSync(dir).filter((name) => BULLETIN.test(name));
  if (old.length > 0 && !existsSync(join(dir, CORPUS_MANIFEST)))
    throw new Error(`${dir} holds bulletins the generator did not write; choose another --out`);
  for (const name of old) rmSync(join(dir, name));
  const hash = createHash('sha256');
  const summary: CorpusSummary = {
    seed,
    editions: 0,
    articles: 0,
    bytes: 0,
    newest: '',
    oldest: '',
    kinds: { report: 0, explainer: 0, notice: 0, brief: 0, photo: 0 },
    quirks: { 'page-break': 0, jump: 0, duplicate: 0, truncated: 0 },
    sha256: '',
  };
  for (const edition of generateCorpus(pool, seed, size)) {
    const name = `${edition.date}.txt`;
    const bytes = Buffer.from(edition.text, 'utf8');
    writeFileSync(join(dir, name), bytes);
    hash.update(`${name}\n`).update(bytes);
    summary.editions += 1;
    summary.articles += edition.articles.length;
    summary.bytes += bytes.length;
    summary.newest ||= edition.date;
    summary.oldest = edition.date;
    for (const a of edition.articles) {
      summary.kinds[a.kind] += 1;
      for (const q of a.quirks) summary.quirks[q] += 1;
    }
    options.onEdition?.(edition);
  }
  summary.sha256 = hash.digest('hex');
  if (options.manifest !== false)
    writeFileSync(join(dir, CORPUS_MANIFEST), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
