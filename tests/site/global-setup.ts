import type { TestProject } from 'vitest/node';
import {
  ARCHIVE_BUILD,
  BUILDS,
  buildSite,
  removeBuild,
  type SiteBuild,
} from './helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site builds made once for this run (see tests/site/helpers/build-site.ts). */
    siteBuilds: SiteBuild[];
    /** The archive-scale build the page budgets are checked on (ARCHIVE_BUILD), kept apart. */
    archiveBuild: SiteBuild;
  }
}

/**
 * Build the site once per test run, with BASE_PATH unset and with BASE_PATH=/news-digest/ (plus
 * a `paged` build from a project copy with extra articles, so listings paginate), and hand the
 * output folders to every test file through `inject('siteBuilds')`; the archive-scale build for
 * the page budgets comes through `inject('archiveBuild')`.
 *
 * A failed build does not throw here (that would abort the splitter tests too): the site tests
 * fail instead, quoting the build log. The builds run one after the other because both write
 * Astro's caches in the project (.astro/, node_modules/.astro).
 * Set KEEP_SITE_BUILDS=1 to keep the output folders after the run.
 */
export default function setup(project: TestProject): () => void {
  const builds: SiteBuild[] = [];
  for (const spec of [...BUILDS, ARCHIVE_BUILD]) {
    const build = buildSite(spec);
    builds.push(build);
    const status = build.ok ? 'ok' : 'FAILED';
    console.log(
      `[site] build ${spec.name} (base ${build.base}) ${status} in ${(build.ms / 1000).toFixed(1)} s → ${build.outDir}` +
        (build.notes.length ? `\n[site]   ${build.notes.join('; ')}` : ''),
    );
    if (!build.ok) console.log(build.log);
  }
  project.provide('siteBuilds', builds.slice(0, BUILDS.length));
  project.provide('archiveBuild', builds[BUILDS.length]!);
  return () => {
    if (process.env.KEEP_SITE_BUILDS) return;
    for (const build of builds) removeBuild(build);
  };
}
