import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { sha256 } from '../regenerate/sha256.ts';
import {
  planSearchShards,
  type IndexedFile,
  type SearchIndexPlan,
} from '../search/plan-search-shards.ts';
import { SHARD_LIST } from '../search/shard-list.ts';
import { parseArticleFile } from '../splitter/render-article-file.ts';
import { toSearchRecord } from '../utils/to-search-record.ts';

// Records in flight to Pagefind at once: it answers in order, so pipelining hides the round trips.
const IN_FLIGHT = 50;

/** What an update of the search cache did. */
export interface SearchCacheUpdate {
  plan: SearchIndexPlan;
  /** Articles indexed (in rebuilt shards) this time. */
  indexed: number;
}

/**
 * Bring the search index cache in `cacheDir` up to date with `articlesDir`: one Pagefind bundle per
 * shard (`<cacheDir>/<shard>/`, key in `<shard>.key`), rebuilt only when its articles changed, one
 * shard at a time so that memory holds one quarter's index, never the archive's. `version` names
 * the code that makes the records and the index (see scripts/build-search-index.ts): when it
 * changes, every shard is rebuilt.
 */
export async function updateSearchCache(
  articlesDir: URL,
  cacheDir: URL,
  version: string,
): Promise<SearchCacheUpdate> {
  const paths = (await readdir(articlesDir, { recursive: true }))
    // Dot-folders are a writer's unfinished temporary editions, never published.
    .filter((f) => f.endsWith('.md') && !f.split('/').some((part) => part.startsWith('.')));
  // Hashed now and read again per shard, so that memory holds one shard's text at a time: the
  // indexer runs beside Astro, and the two together must fit a small machine.
  const files: IndexedFile[] = [];
  for (const path of paths)
    files.push({ path, hash: sha256(await readFile(new URL(path, articlesDir))) });
  await mkdir(cacheDir, { recursive: true });
  const cached = new Map<string, string>();
  for (const name of await readdir(cacheDir)) {
    if (!name.endsWith('.key')) continue;
    const shard = name.slice(0, -'.key'.length);
    if (existsSync(new URL(shard + '/', cacheDir)))
      cached.set(shard, (await readFile(new URL(name, cacheDir), 'utf8')).trim());
  }
  const plan = planSearchShards(files, cached, version, sha256);
  let indexed = 0;
  try {
    for (const shard of plan.shards.filter((s) => s.build)) {
      await buildShard(articlesDir, shard.files, new URL(shard.shard + '/', cacheDir));
      await writeFile(new URL(shard.shard + '.key', cacheDir), shard.key + '\n');
      indexed += shard.files.length;
    }
  } finally {
    await pagefind.close();
  }
  for (const shard of plan.remove) {
    await rm(new URL(shard + '.key', cacheDir), { force: true });
    await rm(new URL(shard + '/', cacheDir), { recursive: true, force: true });
  }
  // The list the publisher copies and the search page merges, newest first.
  const shards = plan.shards.map((s) => s.shard);
  await writeFile(new URL(SHARD_LIST, cacheDir), JSON.stringify({ shards }) + '\n');
  return { plan, indexed };
}

// Build one shard's bundle beside its final place, then swap it in: a crash leaves the old one.
async function buildShard(articlesDir: URL, paths: string[], outDir: URL): Promise<void> {
  const staging = new URL(outDir.href.replace(/\/$/, '.tmp/'));
  await rm(staging, { recursive: true, force: true });
  // Every page says lang="zh-CN"; the extended binary (the default) segments Chinese text,
  // so a search for 无人机 finds 万架无人机.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind could not start: ' + errors.join('; '));
  for (let start = 0; start < paths.length; start += IN_FLIGHT) {
    const texts = await Promise.all(
      paths
        .slice(start, start + IN_FLIGHT)
        .map((path) => readFile(new URL(path, articlesDir), 'utf8')),
    );
    const added = await Promise.all(
      texts.map((text) => {
        const { data, body } = parseArticleFile(text);
        return index.addCustomRecord(toSearchRecord(data, body));
      }),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(failed.join('; '));
  }
  const written = await index.writeFiles({ outputPath: staging.pathname });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  // A fresh Pagefind process for each shard: one that built several kept the memory of them all.
  await pagefind.close();
  await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
}
