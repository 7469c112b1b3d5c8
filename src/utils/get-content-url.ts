import { root } from 'astro:config/server';

/**
 * The URL of a file under the project's `content/` folder, for pages that read the pipeline's own
 * files (bulletins, split reports, URL registries) at build time. They are read from disk rather
 * than imported through Vite: bundling thousands of bulletins made the build slower and heavier.
 */
export function getContentUrl(path: string): URL {
  return new URL('content/' + path, root);
}
