import type { SiteBuild } from './build-site.ts';
import { attr, type HtmlElement } from './html.ts';
import { fileToUrl, resolveRef, type SitePages } from './site-files.ts';

/** Fail with the build log when the build did not succeed, so later checks do not mislead. */
export function requireBuild(build: SiteBuild): void {
  if (!build.ok) throw new Error(`the ${build.name} build failed:\n${build.log}`);
}

/** The element that holds a page's own content: `main`, else `body`, else the root. */
export function contentOf(root: HtmlElement): HtmlElement {
  return root.querySelectorAll('main')[0] ?? root.querySelectorAll('body')[0] ?? root;
}

/** Paths under the base (`articles/<edition>/<slug>/`) of every article page linked from `scope`. */
export function linkedArticles(site: SitePages, file: string, scope: HtmlElement): string[] {
  const from = fileToUrl(site.build, file);
  const out: string[] = [];
  for (const a of scope.querySelectorAll('a[href]')) {
    const r = resolveRef(site.build, from, attr(a, 'href') ?? '', site.exists);
    if (r.kind !== 'internal') continue;
    const m = /^(articles\/[^/]+\/[^/]+\/)index\.html$/.exec(r.file);
    if (m) out.push(m[1]!);
  }
  return out;
}

/**
 * A listing and its numbered continuation pages: `<dir>index.html`, `<dir>2/index.html`, … as
 * long as they exist. Returns the files in order.
 */
export function paginated(site: SitePages, dir: string): string[] {
  const files: string[] = [];
  if (!site.has(`${dir}index.html`)) return files;
  files.push(`${dir}index.html`);
  for (let n = 2; site.has(`${dir}${n}/index.html`); n++) files.push(`${dir}${n}/index.html`);
  return files;
}

/**
 * What a paginated listing shows: the distinct article paths over all its pages, the ones that
 * show up on more than one page, and the pages that do not link to the next one.
 */
export function listingContents(
  site: SitePages,
  dir: string,
): { pages: string[]; articles: string[]; repeated: string[]; unlinkedNext: string[] } {
  const pages = paginated(site, dir);
  const seen = new Map<string, number>();
  const unlinkedNext: string[] = [];
  pages.forEach((file, i) => {
    const root = site.page(file);
    for (const path of new Set(linkedArticles(site, file, contentOf(root)))) {
      seen.set(path, (seen.get(path) ?? 0) + 1);
    }
    const next = pages[i + 1];
    if (next) {
      const from = fileToUrl(site.build, file);
      const linksNext = root.querySelectorAll('a[href]').some((a) => {
        const r = resolveRef(site.build, from, attr(a, 'href') ?? '', site.exists);
        return r.kind === 'internal' && r.file === next;
      });
      if (!linksNext) unlinkedNext.push(file);
    }
  });
  return {
    pages,
    articles: [...seen.keys()].sort(),
    repeated: [...seen].filter(([, n]) => n > 1).map(([p]) => p),
    unlinkedNext,
  };
}
