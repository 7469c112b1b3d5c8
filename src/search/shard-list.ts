/** File listing the search index shards, newest first, in the cache and in the published bundle. */
export const SHARD_LIST = 'shards.json';
