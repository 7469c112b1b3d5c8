import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { SiteBuild } from './build-site.ts';
import { headersFor, type HeaderRule } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` — no trailing slash, no base. */
  origin: string;
  /** origin + base, e.g. `http://127.0.0.1:40123/news-digest/`. */
  root: string;
  /** Requests answered, as `status path`, for diagnostics. */
  log: string[];
  close(): Promise<void>;
}

/**
 * Serve a build's output folder under its base path on 127.0.0.1 and a free port, the way a
 * static host such as GitHub Pages does: `dir/` serves `dir/index.html`, `dir` redirects to
 * `dir/`, a missing file gets 404.html with status 404, nothing is served outside the base.
 * With `headers` (a parsed `_headers` file) it also sends those, like Netlify or Cloudflare
 * Pages, matching their paths against the path under the base (the site deployed at a root).
 */
export async function serveBuild(
  build: Pick<SiteBuild, 'outDir' | 'base'>,
  headers: HeaderRule[] = [],
): Promise<StaticServer> {
  const log: string[] = [];
  const notFound = async (): Promise<[number, Buffer, string]> => {
    const page = await readFile(join(build.outDir, '404.html')).catch(() =>
      Buffer.from('Not found'),
    );
    return [404, page, TYPES['.html']!];
  };
  const answer = async (pathname: string): Promise<[number, Buffer, string, string?]> => {
    if (!pathname.startsWith(build.base)) return notFound();
    let rel: string;
    try {
      rel = pathname.slice(build.base.length).split('/').map(decodeURIComponent).join('/');
    } catch {
      return [400, Buffer.from('Bad request'), TYPES['.txt']!];
    }
    const full = normalize(join(build.outDir, rel));
    if (full !== build.outDir && !full.startsWith(build.outDir + sep)) return notFound();
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return [301, Buffer.alloc(0), TYPES['.txt']!, `${pathname}/`];
      const index = join(full, 'index.html');
      const body = await readFile(index).catch(() => null);
      return body ? [200, body, TYPES['.html']!] : notFound();
    }
    if (!info?.isFile()) return notFound();
    return [
      200,
      await readFile(full),
      TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream',
    ];
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    answer(url.pathname)
      .then(([status, body, type, location]) => {
        log.push(`${status} ${url.pathname}`);
        res.writeHead(status, {
          'content-type': type,
          'cache-control': 'no-store',
          ...(location ? { location: location + url.search } : {}),
          ...headersFor(headers, '/' + url.pathname.slice(build.base.length)),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        log.push(`500 ${url.pathname}`);
        res.writeHead(500, { 'content-type': TYPES['.txt']! });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: origin + build.base,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
