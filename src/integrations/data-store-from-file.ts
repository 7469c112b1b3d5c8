import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's module holding the content collections' data store (its resolved, virtual id). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The JSON text of a data store module as Astro 7 emits it, `export default JSON.parse("…")`, or
 * null for any other shape (a later Astro, the chunked store): then the module is left alone.
 */
export function embeddedJson(code: string): string | null {
  const trimmed = code.trim();
  if (!trimmed.startsWith(PREFIX + '"') || !trimmed.endsWith('"' + SUFFIX)) return null;
  try {
    const json: unknown = JSON.parse(trimmed.slice(PREFIX.length, -SUFFIX.length));
    return typeof json === 'string' ? json : null;
  } catch {
    return null;
  }
}

/**
 * Vite plugin: the data store module reads its JSON from `file` when it runs instead of carrying
 * it as one string literal. At 20,000 articles that literal is about 70 MB, and bundling it, then
 * compiling it when the first page asks for the collection, took over 20 s of a 135 s build;
 * reading and parsing the same JSON takes well under a second. Only for a static build, whose
 * server bundle runs once, on this machine, and is deleted afterwards.
 */
export function vitePluginDataStoreFromFile(file: URL): Plugin {
  return {
    name: 'news-digest:data-store-from-file',
    apply: 'build',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE) return null;
      const json = embeddedJson(code);
      if (json === null) return null;
      mkdirSync(new URL('./', file), { recursive: true });
      writeFileSync(file, json);
      const path = JSON.stringify(fileURLToPath(file));
      return {
        code:
          `import { readFileSync } from 'node:fs';\n` +
          `export default JSON.parse(readFileSync(${path}, 'utf8'));\n`,
        map: { mappings: '' },
      };
    },
  };
}

/** Astro integration: vitePluginDataStoreFromFile for static builds, the JSON kept in Astro's cache folder. */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'news-digest:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const file = new URL('news-digest/data-store.json', config.cacheDir);
        updateConfig({ vite: { plugins: [vitePluginDataStoreFromFile(file)] } });
      },
    },
  };
}
