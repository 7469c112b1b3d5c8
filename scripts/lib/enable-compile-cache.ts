import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

/**
 * Keep Node's compiled code (type-stripped TypeScript and V8 code cache) of the modules loaded from
 * now on in the project's cache folder, so the next run starts faster (split-all and its workers
 * load the splitter, zod and the pinyin dictionary on every build). Modules imported before the
 * call are not cached, so entry scripts call it first and load the rest with `import()`. Worker
 * threads started afterwards inherit the cache through NODE_COMPILE_CACHE, which also covers their
 * static imports: a call inside the worker would come after those were already compiled.
 */
export function enableProjectCompileCache(): void {
  const { directory } = enableCompileCache(
    join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'news-digest', 'node'),
  );
  if (directory !== undefined && process.env.NODE_COMPILE_CACHE === undefined)
    process.env.NODE_COMPILE_CACHE = directory;
}
