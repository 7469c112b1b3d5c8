import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { SiteBuild } from './build-site.ts';
import { attr, parseHtml, type HtmlElement } from './html.ts';

/** Every file in a build, as posix paths relative to outDir (`articles/2025-06-18/x/index.html`). */
export function listFiles(build: SiteBuild): string[] {
  return (readdirSync(build.outDir, { recursive: true }) as string[])
    .map((p) => p.split(/[\\/]/).join('/'))
    .filter((p) => statSync(join(build.outDir, p)).isFile())
    .sort();
}

export function readOut(build: SiteBuild, file: string): string {
  return readFileSync(join(build.outDir, file), 'utf8');
}

export function sizeOf(build: SiteBuild, file: string): number {
  return statSync(join(build.outDir, file)).size;
}

/** `articles/a/b/index.html` → `/<base>articles/a/b/`; `404.html` → `/<base>404.html` (not encoded). */
export function fileToPath(build: SiteBuild, file: string): string {
  return build.base + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
}

/** The absolute URL a page is served at (percent-encoded like a browser would). */
export function fileToUrl(build: SiteBuild, file: string): URL {
  return new URL(fileToPath(build, file), build.site);
}

/** `/<base>tags/无人机/` or its encoded form → `tags/无人机/index.html`; null when outside the base. */
export function pathToFile(build: SiteBuild, pathname: string): string | null {
  if (!pathname.startsWith(build.base)) return null;
  const rest = pathname
    .slice(build.base.length)
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/');
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/** One URL a page refers to. */
export interface PageRef {
  /** Where it came from, e.g. `a[href]`. */
  where: string;
  /** The value as written. */
  value: string;
}

/** Every URL-valued attribute in a page that a browser would follow or fetch. */
export function pageRefs(root: HtmlElement): PageRef[] {
  const refs: PageRef[] = [];
  const take = (selector: string, name: string, split = false): void => {
    for (const el of root.querySelectorAll(selector)) {
      const value = attr(el, name);
      if (value === null) continue;
      const values = split
        ? value
            .split(/,\s+|,(?=\S+\s+\d)/)
            .map((c) => c.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean)
        : [value];
      for (const v of values) refs.push({ where: `${el.tagName}[${name}]`, value: v });
    }
  };
  take('a', 'href');
  take('area', 'href');
  for (const link of root.querySelectorAll('link')) {
    const rel = (attr(link, 'rel') ?? '').toLowerCase();
    // preconnect / dns-prefetch name an origin, not a resource.
    if (/\b(preconnect|dns-prefetch)\b/.test(rel)) continue;
    const href = attr(link, 'href');
    if (href !== null) refs.push({ where: `link[rel=${rel}][href]`, value: href });
    const srcset = attr(link, 'imagesrcset');
    if (srcset !== null) refs.push({ where: `link[imagesrcset]`, value: srcset.split(/\s/)[0]! });
  }
  take('img', 'src');
  take('img', 'srcset', true);
  take('source', 'src');
  take('source', 'srcset', true);
  take('script', 'src');
  take('iframe', 'src');
  take('video', 'src');
  take('video', 'poster');
  take('audio', 'src');
  take('track', 'src');
  take('embed', 'src');
  take('object', 'data');
  take('form', 'action');
  take('use', 'href');
  take('image', 'href');
  for (const meta of root.querySelectorAll('meta')) {
    const key = attr(meta, 'property') ?? attr(meta, 'name') ?? '';
    if (/^(og:image|og:url|twitter:image)$/.test(key)) {
      const content = attr(meta, 'content');
      if (content) refs.push({ where: `meta[${key}]`, value: content });
    }
  }
  return refs;
}

/** `url(...)` references in CSS text. */
export function cssRefs(css: string): PageRef[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => ({
    where: 'css url()',
    value: m[2]!,
  }));
}

/** Ids (and a[name]) defined in a page, for fragment checks. */
export function pageIds(root: HtmlElement): Set<string> {
  const ids = new Set<string>(['top']);
  for (const el of root.querySelectorAll('[id]')) ids.add(attr(el, 'id') ?? '');
  for (const el of root.querySelectorAll('a[name]')) ids.add(attr(el, 'name') ?? '');
  return ids;
}

export type Resolved =
  | { kind: 'external' }
  | { kind: 'internal'; file: string; fragment: string }
  | { kind: 'broken'; reason: string };

/**
 * Resolve a reference found on the page at `from` (a URL of this site). Anything on another
 * origin is external; anything on the site's origin must lie under the base and name a file in
 * the output (percent-escapes decoded, `dir/` → `dir/index.html`).
 */
export function resolveRef(
  build: SiteBuild,
  from: URL,
  value: string,
  exists: (file: string) => 'file' | 'dir' | 'none',
): Resolved {
  const trimmed = value.trim();
  if (trimmed === '') return { kind: 'broken', reason: 'empty URL' };
  if (/^javascript:/i.test(trimmed)) return { kind: 'broken', reason: 'javascript: URL' };
  if (/^(mailto|tel|sms|data|blob):/i.test(trimmed)) return { kind: 'external' };
  let url: URL;
  try {
    url = new URL(trimmed, from);
  } catch {
    return { kind: 'broken', reason: 'not a URL' };
  }
  if (url.origin !== new URL(build.site).origin) return { kind: 'external' };
  if (!url.pathname.startsWith(build.base)) {
    return { kind: 'broken', reason: `outside the base ${build.base} (${url.pathname})` };
  }
  let file: string | null;
  try {
    file = pathToFile(build, url.pathname);
  } catch {
    return { kind: 'broken', reason: `bad %-escape in ${url.pathname}` };
  }
  if (file === null) return { kind: 'broken', reason: 'outside the base' };
  const found = exists(file);
  if (found === 'dir') return { kind: 'broken', reason: `folder without trailing slash: ${file}` };
  if (found === 'none') return { kind: 'broken', reason: `no file ${file} in the output` };
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return { kind: 'broken', reason: `bad %-escape in fragment ${url.hash}` };
  }
  return { kind: 'internal', file, fragment };
}

/** Parsed pages of a build, cached per build. */
export class SitePages {
  readonly files: string[];
  private readonly fileSet: Set<string>;
  private readonly dirSet: Set<string>;
  private readonly parsed = new Map<string, HtmlElement>();
  readonly build: SiteBuild;

  constructor(build: SiteBuild) {
    this.build = build;
    this.files = build.ok ? listFiles(build) : [];
    this.fileSet = new Set(this.files);
    this.dirSet = new Set(this.files.flatMap((f) => parents(f)));
  }

  get htmlFiles(): string[] {
    return this.files.filter((f) => f.endsWith('.html'));
  }

  has(file: string): boolean {
    return this.fileSet.has(file);
  }

  exists = (file: string): 'file' | 'dir' | 'none' =>
    this.fileSet.has(file) ? 'file' : this.dirSet.has(file.replace(/\/$/, '')) ? 'dir' : 'none';

  read(file: string): string {
    return readOut(this.build, file);
  }

  page(file: string): HtmlElement {
    let root = this.parsed.get(file);
    if (!root) {
      root = parseHtml(this.read(file));
      this.parsed.set(file, root);
    }
    return root;
  }

  /** The page served at a site path (`/<base>tags/x/`), or undefined when there is none. */
  pageAt(pathname: string): { file: string; root: HtmlElement } | undefined {
    const file = pathToFile(this.build, pathname);
    if (file === null || !this.fileSet.has(file)) return undefined;
    return { file, root: this.page(file) };
  }
}

function parents(file: string): string[] {
  const out: string[] = [];
  let dir = posix.dirname(file);
  while (dir !== '.' && dir !== '') {
    out.push(dir);
    dir = posix.dirname(dir);
  }
  return out;
}
