import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { SHARD_LIST } from '../search/shard-list.ts';

// Pagefind's UI files are the same in every bundle; the search page loads them from pagefind/.
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/**
 * Publish the search index cache (see updateSearchCache) into `outDir`: each shard's bundle in
 * `<outDir>/<shard>/`, the shard list `shards.json` (newest first) that the search page reads to
 * merge them, and Pagefind's UI files in `<outDir>/` itself. Returns the shard names.
 */
export async function publishSearchIndex(cacheDir: URL, outDir: URL): Promise<string[]> {
  const { shards } = JSON.parse(await readFile(new URL(SHARD_LIST, cacheDir), 'utf8')) as {
    shards: string[];
  };
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const shard of shards)
    await cp(new URL(shard + '/', cacheDir), new URL(shard + '/', outDir), { recursive: true });
  if (shards[0])
    for (const file of UI_FILES)
      await cp(new URL(shards[0] + '/' + file, cacheDir), new URL(file, outDir));
  await cp(new URL(SHARD_LIST, cacheDir), new URL(SHARD_LIST, outDir));
  return shards;
}
