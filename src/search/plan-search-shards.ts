import { getSearchShard } from './get-search-shard.ts';

/** An article file to index: its path under content/articles and a hash of its bytes. */
export interface IndexedFile {
  /** Path relative to content/articles, e.g. `2025-06-18/zhong-ou.md`. */
  path: string;
  /** Hash of the file's bytes. */
  hash: string;
}

/** One shard of the search index and the files it holds. */
export interface ShardPlan {
  /** Shard name, e.g. `2025-q2`. */
  shard: string;
  /** Its files, in path order. */
  files: string[];
  /** What the shard was built from; a cached shard with the same key is reused. */
  key: string;
  /** True when the cache has no shard with this key and it must be (re)built. */
  build: boolean;
}

/** What to do with the search index cache: shards newest first, and cached shards to remove. */
export interface SearchIndexPlan {
  /** Every shard that has articles, newest first (the order the search page merges them). */
  shards: ShardPlan[];
  /** Cached shards that no longer have any article. */
  remove: string[];
}

/**
 * Plan an index update from the article files and the keys of the cached shards. `hashKey` turns
 * a shard's file list into its key (injected so this stays free of crypto and I/O); `version`
 * names the record format and Pagefind version, so an upgrade rebuilds every shard.
 */
export function planSearchShards(
  files: IndexedFile[],
  cached: Map<string, string>,
  version: string,
  hashKey: (text: string) => string,
): SearchIndexPlan {
  const byShard = new Map<string, IndexedFile[]>();
  for (const file of files) {
    const shard = getSearchShard(file.path.slice(0, 10));
    byShard.set(shard, [...(byShard.get(shard) ?? []), file]);
  }
  const shards = [...byShard]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([shard, list]) => {
      const sorted = list.sort((a, b) => (a.path < b.path ? -1 : 1));
      const key = hashKey([version, ...sorted.map((f) => f.path + ' ' + f.hash)].join('\n'));
      return { shard, files: sorted.map((f) => f.path), key, build: cached.get(shard) !== key };
    });
  const remove = [...cached.keys()].filter((shard) => !byShard.has(shard)).sort();
  return { shards, remove };
}
