import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticleFile, renderArticleFile } from '../../../src/splitter/render-article-file.ts';
import { ARCHIVE_EDITIONS, prepareArchiveProject } from './archive-project.ts';
import { addOverridesFixture, type OverridesFixture } from './overrides-fixture.ts';

/** The project root (this file is tests/site/helpers/build-site.ts). */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The `site` every test build is made with (SITE_URL). */
export const SITE_URL = 'https://example.org';

/** One static build of the site, made once per test run by tests/site/global-setup.ts. */
export interface SiteBuild {
  /** Short name used in test titles: `root` (BASE_PATH unset) or `base` (BASE_PATH=/news-digest/). */
  name: string;
  /** The base path the site was built for, always with a leading and a trailing slash. */
  base: string;
  /** SITE_URL the site was built with, without a trailing slash. */
  site: string;
  /** Absolute output folder (`astro build --outDir`). The base is NOT a folder in it. */
  outDir: string;
  /** The content/articles folder the site was built from (the project's own, or a test copy). */
  articlesDir: string;
  /** Folders to delete after the run (the output, and the project copy of a `paged` build). */
  temp: string[];
  /** True when `astro build` exited 0. */
  ok: boolean;
  /** Exit code and the tail of the build's stdout + stderr, for failure messages. */
  log: string;
  /** Wall time of the build, in milliseconds. */
  ms: number;
  /** Anything the helper did beyond `astro build` (e.g. running Pagefind itself). */
  notes: string[];
  /** What the `overrides` build added to its project copy (see helpers/overrides-fixture.ts). */
  fixture?: OverridesFixture;
}

/** How one test build is made. */
export interface BuildSpec {
  name: string;
  basePath: string | undefined;
  /**
   * Build a copy of the project whose content/articles holds, besides the real articles, this
   * many extra copies of the photo article (new slug, title and order, same tags and kind), so
   * that tag and kind listings run over more than one page.
   */
  extraCopies?: number;
  /** Build a copy of the project with an editor's overrides applied (helpers/overrides-fixture.ts). */
  overrides?: boolean;
  /**
   * Build a copy of the project whose content is this many generated daily editions instead of
   * the real ones (helpers/archive-project.ts), without the search index (not what it checks, and
   * the slowest step at that size).
   */
  archive?: number;
}

/**
 * The builds made for this run: the real articles with BASE_PATH unset and with
 * BASE_PATH=/news-digest/, a `paged` build whose listings need pagination, and an `overrides`
 * build with a URL registry, corrections, override images and a split report.
 */
export const BUILDS: BuildSpec[] = [
  { name: 'root', basePath: undefined },
  { name: 'base', basePath: '/news-digest/' },
  { name: 'paged', basePath: '/news-digest/', extraCopies: 24 },
  { name: 'overrides', basePath: '/news-digest/', overrides: true },
];

/**
 * The archive-scale build for the page budgets (tests/site/page-budgets.test.ts). Not in BUILDS:
 * the per-article checks of the other test files would run over its thousands of articles.
 */
export const ARCHIVE_BUILD: BuildSpec = {
  name: 'archive',
  basePath: undefined,
  archive: ARCHIVE_EDITIONS,
};

/**
 * Build the site from the articles already in content/articles (the splitter is not run) into a
 * fresh temp folder. Runs the project's own astro CLI with the Node that runs the tests: the same
 * binary `npx astro` picks, minus npx's start-up and its npm warnings.
 */
export function buildSite({
  name,
  basePath,
  extraCopies,
  overrides,
  archive,
}: BuildSpec): SiteBuild {
  const outDir = mkdtempSync(join(tmpdir(), `news-digest-site-${name}-`));
  const temp = [outDir];
  const notes: string[] = [];
  let projectDir = ROOT;
  let fixture: OverridesFixture | undefined;
  if (extraCopies || overrides || archive) {
    projectDir = mkdtempSync(join(tmpdir(), `news-digest-project-${name}-`));
    temp.push(projectDir);
    try {
      if (archive) {
        const started = performance.now();
        const corpus = prepareArchiveProject(ROOT, projectDir, archive);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        notes.push(
          `${corpus.editions} generated editions (${corpus.articles} articles) split in ${seconds} s`,
        );
      } else {
        copyProject(projectDir, extraCopies ?? 0);
        if (overrides) fixture = addOverridesFixture(projectDir);
      }
    } catch (error) {
      const log = `could not prepare the project copy: ${String(error)}`;
      const base = basePath === undefined ? '/' : normaliseBase(basePath);
      const articlesDir = join(projectDir, 'content', 'articles');
      return {
        name,
        base,
        site: SITE_URL,
        outDir,
        articlesDir,
        temp,
        ok: false,
        log,
        ms: 0,
        notes,
      };
    }
  }
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  if (basePath !== undefined) env.BASE_PATH = basePath;
  if (archive) env.NEWS_DIGEST_SEARCH = 'off';
  // The test runner's own variables must not leak into the build: Vite and Astro change
  // behaviour under VITEST / NODE_ENV=test.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  }

  const started = performance.now();
  const astroBin = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: projectDir,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  let log = `astro build exited ${run.status ?? run.signal}\n${tail(run.stdout + run.stderr)}`;
  let ok = run.status === 0;

  // Pagefind has to run after Astro wrote the HTML. When the project runs it from an Astro
  // integration, the index is already in outDir. When it runs it from an npm `postbuild`
  // script instead (which only knows about dist/), do what that script does, on outDir.
  if (
    ok &&
    !archive &&
    !existsSync(join(outDir, 'pagefind', 'shards.json')) &&
    postbuildRunsPagefind()
  ) {
    const pagefindBin = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    const pf = spawnSync(process.execPath, [pagefindBin, '--site', outDir], {
      cwd: projectDir,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 5 * 60_000,
    });
    notes.push('ran `pagefind --site <outDir>` because package.json postbuild runs Pagefind');
    log += `\npagefind exited ${pf.status ?? pf.signal}\n${tail(pf.stdout + pf.stderr)}`;
    ok = pf.status === 0;
  }

  const base = basePath === undefined ? '/' : normaliseBase(basePath);
  const articlesDir = join(projectDir, 'content', 'articles');
  const ms = performance.now() - started;
  return { name, base, site: SITE_URL, outDir, articlesDir, temp, ok, log, ms, notes, fixture };
}

/** Delete a build's temp folders. */
export function removeBuild(build: SiteBuild): void {
  for (const dir of build.temp) rmSync(dir, { recursive: true, force: true });
}

/**
 * Copy what `astro build` reads (config, src/, scripts/ for the search indexer, public/, content/)
 * into `dir`, and add
 * `extraCopies` copies of the photo article. node_modules is a folder of links to the project's
 * packages, so Astro's and Vite's caches of the copy stay in the copy.
 */
function copyProject(dir: string, extraCopies: number): void {
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'scripts',
    'public',
    'content',
  ]) {
    if (existsSync(join(ROOT, entry)))
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const pkg of readdirSync(join(ROOT, 'node_modules'))) {
    if (pkg === '.astro' || pkg === '.vite' || pkg === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg));
  }
  const articles = join(dir, 'content', 'articles');
  const files = (readdirSync(articles, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.md'),
  );
  const parsed = files.map((f) => ({
    file: f,
    ...parseArticleFile(readFileSync(join(articles, f), 'utf8')),
  }));
  const source = parsed.find((a) => a.data.kind === 'photo') ?? parsed[0];
  if (!source) throw new Error('no article in content/articles to copy');
  const lastOrder = Math.max(
    ...parsed.filter((a) => a.data.edition === source.data.edition).map((a) => a.data.order),
  );
  for (let n = 1; n <= extraCopies; n++) {
    const data = {
      ...source.data,
      // Ids stay unique, as the splitter makes them (`-2`, `-3`, … after the 8 hex digits).
      id: source.data.id.replace(/(-[0-9a-f]{8})(?:-\d+)?$/, `$1-${n + 1}`),
      slug: `${source.data.slug}-copy-${n}`,
      title: `${source.data.title}（测试副本${n}）`,
      order: lastOrder + n,
      // The copied article's own source lines: every `#L<line>` link from a copy must land on a
      // line that exists, on the edition page or (with a split report) the source page.
    };
    writeFileSync(
      join(articles, source.data.edition, `${data.slug}.md`),
      renderArticleFile({ ...data, body: source.body }),
    );
  }
}

/** `news-digest` → `/news-digest/`, `/` → `/`. */
export function normaliseBase(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function postbuildRunsPagefind(): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return /\bpagefind\b/.test(pkg.scripts?.postbuild ?? '');
}

function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}
