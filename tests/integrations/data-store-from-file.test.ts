import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE,
  embeddedJson,
  vitePluginDataStoreFromFile,
} from '../../src/integrations/data-store-from-file.ts';

// A store with what real ones hold: Chinese text, quotes, backslashes, newlines, HTML.
const STORE = JSON.stringify({
  articles: {
    '2025-06-18/a': { title: '“中国－中亚”峰会', html: '<p class="x">第一段\n第二段 \\ 完</p>' },
  },
});
// The module exactly as Astro 7 writes it (vite-plugin-content-virtual-mod, single-file store).
const ASTRO_MODULE = `export default JSON.parse(${JSON.stringify(STORE)})`;

type Transform = (code: string, id: string) => { code: string } | null;

describe('embeddedJson', () => {
  it("reads the JSON text back out of Astro's data store module", () => {
    expect(embeddedJson(ASTRO_MODULE)).toBe(STORE);
    expect(embeddedJson(`\n${ASTRO_MODULE}\n`)).toBe(STORE);
  });

  it('leaves every other shape alone', () => {
    expect(embeddedJson('export default new Map()')).toBeNull();
    expect(embeddedJson('export default{"articles":[(await import("x"))]}')).toBeNull();
    expect(embeddedJson('export default JSON.parse("{" + x + "}")')).toBeNull();
    expect(embeddedJson('export default JSON.parse("unterminated)')).toBeNull();
  });
});

describe('vitePluginDataStoreFromFile', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('writes the store to the file and emits a module that reads the same value from it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'data-store-'));
    const file = pathToFileURL(join(dir, 'cache', 'data-store.json'));
    const transform = vitePluginDataStoreFromFile(file).transform as Transform;
    const out = transform(ASTRO_MODULE, DATA_STORE_MODULE);
    expect(out).not.toBeNull();
    expect(readFileSync(file, 'utf8')).toBe(STORE);
    // Small whatever the store's size: the data is no longer in the module.
    expect(out!.code.length).toBeLessThan(300);
    const module = join(dir, 'module.mjs');
    writeFileSync(module, out!.code);
    const { default: value } = await import(pathToFileURL(module).href);
    expect(value).toEqual(JSON.parse(STORE));
  });

  it('does not touch other modules, or a data store module of another shape', () => {
    dir = mkdtempSync(join(tmpdir(), 'data-store-'));
    const transform = vitePluginDataStoreFromFile(pathToFileURL(join(dir, 'store.json')))
      .transform as Transform;
    expect(transform(ASTRO_MODULE, '/src/pages/index.astro')).toBeNull();
    expect(transform('export default new Map()', DATA_STORE_MODULE)).toBeNull();
  });
});
