import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARD_LIST } from '../search/shard-list.ts';

// Pagefind's UI files are the same in every bundle; the search page loads them from pagefind/.
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/**
 * Publish the search index cache (see updateSearchCache) into `outDir`: each shard's bundle in
 * `<outDir>/<shard>/`, the shard list `shards.json` (newest first) that the search page reads to
 * merge them, and Pagefind's UI files in `<outDir>/` itself. Returns the shard names.
 */
export function publishSearchIndex(cacheDir: URL, outDir: URL): string[] {
  const cache = fileURLToPath(cacheDir);
  const out = fileURLToPath(outDir);
  const { shards } = JSON.parse(readFileSync(join(cache, SHARD_LIST), 'utf8')) as {
    shards: string[];
  };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const shard of shards) placeTree(join(cache, shard), join(out, shard));
  if (shards[0])
    for (const file of UI_FILES) placeFile(join(cache, shards[0], file), join(out, file));
  placeFile(join(cache, SHARD_LIST), join(out, SHARD_LIST));
  return shards;
}

// A shard is thousands of small files (one per article), so each is hard-linked rather than
// copied: the cache never changes a file in place (a rebuilt shard is a new folder), and the next
// build empties dist/ by unlinking, so the two never disturb each other.
function placeTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) placeTree(source, join(to, entry.name));
    else placeFile(source, join(to, entry.name));
  }
}

function placeFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    // Another file system, or one without hard links: copy instead.
    copyFileSync(from, to);
  }
}
