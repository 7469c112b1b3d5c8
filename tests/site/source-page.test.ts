/**
 * The editor's source page (`editions/<date>/source/`), checked in every build whose project has
 * a split report: the `overrides` build always does (helpers/overrides-fixture.ts makes one from
 * the seed when the pipeline has not), the others once content/reports/ exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { EditionReportSchema, type EditionReport } from '../../src/schemas/overrides.ts';
import { loadArticles } from './helpers/articles.ts';
import type { SiteBuild } from './helpers/build-site.ts';
import { attr, text, type HtmlElement } from './helpers/html.ts';
import { requireBuild } from './helpers/site-checks.ts';
import { SitePages, sizeOf } from './helpers/site-files.ts';
import { sitemapUrls } from './helpers/sitemap-urls.ts';

const KB = 1024;
/** The seed's source page is ~40 KB; a 150-line bulletin must stay well under this. */
const SOURCE_PAGE_BUDGET = 80 * KB;

const builds = inject('siteBuilds');
const reportOf = (build: SiteBuild, edition: string): EditionReport | undefined => {
  const file = join(build.articlesDir, '..', 'reports', `${edition}.json`);
  return existsSync(file)
    ? EditionReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    : undefined;
};
const withReports = builds.flatMap((build) => {
  if (!existsSync(build.articlesDir)) return [];
  const editions = [...new Set(loadArticles(build.articlesDir).map((a) => a.data.edition))];
  return editions.flatMap((edition) => {
    const report = reportOf(build, edition);
    return report ? [{ name: `${build.name}, ${edition}`, build, report }] : [];
  });
});

describe.each(withReports)('source page ($name)', ({ build, report }) => {
  const file = `editions/${report.date}/source/index.html`;
  let site: SitePages;
  let root: HtmlElement;
  beforeAll(() => {
    requireBuild(build);
    site = new SitePages(build);
    root = site.page(file);
  });
  const row = (line: number): HtmlElement => {
    const found = root.querySelectorAll(`tr[id="L${line}"]`)[0];
    if (!found) throw new Error(`no row #L${line}`);
    return found;
  };
  /** The marks on a line: kind (from the class) and the lines they link to. */
  const marks = (line: number) =>
    row(line)
      .querySelectorAll('li.mark')
      .map((li) => ({
        kind: (attr(li, 'class') ?? '').replace(/^.*\bm-(\S+).*$/, '$1'),
        refs: li.querySelectorAll('a').map((a) => attr(a, 'href')),
        text: text(li),
      }));

  it('exists, is noindex, is left out of the sitemap, and is not a search page', () => {
    expect(site.has(file)).toBe(true);
    const robots = root.querySelectorAll('meta[name="robots"]').map((m) => attr(m, 'content'));
    expect(robots).toEqual(['noindex']);
    expect(root.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(sitemapUrls(site).filter((u) => u.includes('/source/'))).toEqual([]);
  });

  it('numbers every line of the bulletin with a #L<n> anchor linking to itself', () => {
    const bulletin = join(build.articlesDir, '..', 'bulletins', report.file);
    const count = readFileSync(bulletin, 'utf8')
      .replace(/\n$/, '')
      .split(/\r\n|\r|\n/).length;
    const ids = root.querySelectorAll('tr[id]').map((tr) => attr(tr, 'id'));
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `L${i + 1}`));
    expect(
      row(7)
        .querySelectorAll('th a')
        .map((a) => attr(a, 'href')),
    ).toEqual(['#L7']);
  });

  it('marks each line with its article: a run header with the label and a link, and a band', () => {
    const owner = new Map<number, { href: string | null; label: string; band: string | null }>();
    for (const tbody of root.querySelectorAll('table.source tbody')) {
      const header = tbody.querySelectorAll('tr.run th')[0];
      const link = header?.querySelectorAll('a')[0];
      for (const tr of tbody.querySelectorAll('tr[id]'))
        owner.set(Number(attr(tr, 'id')!.slice(1)), {
          href: link ? attr(link, 'href') : null,
          label: text(header?.querySelectorAll('.badge')[0]),
          band: attr(tbody, 'class'),
        });
    }
    report.articles.forEach((article, index) => {
      const want = {
        href: `${build.base}articles/${report.date}/${article.slug}/`,
        label: `稿${index + 1}`,
        band: `a${index % 8}`,
      };
      for (const { start, end } of article.source)
        for (let n = start; n <= end; n++) expect(owner.get(n), `line ${n}`).toEqual(want);
    });
  });

  it('has a summary of counts and a legend of articles and marks', () => {
    const counts = Object.fromEntries(
      root
        .querySelectorAll('table.report-counts tbody tr')
        .map((tr) => [text(tr.querySelectorAll('th')[0]), text(tr.querySelectorAll('td')[0])]),
    );
    expect(counts['已发布稿件']).toBe(String(report.articles.length));
    expect(counts['分页接续']).toBe(String(report.report.pageBreaks.length));
    expect(root.querySelectorAll('.legend-articles li')).toHaveLength(report.articles.length);
    expect(root.querySelectorAll('.legend-marks dt').length).toBeGreaterThanOrEqual(10);
  });

  it(`is at most ${SOURCE_PAGE_BUDGET / KB} KB`, () => {
    expect(sizeOf(build, file)).toBeLessThanOrEqual(SOURCE_PAGE_BUDGET);
  });

  it('is linked from the edition page and from each article’s source lines', () => {
    const edition = site.page(`editions/${report.date}/index.html`);
    const source = `${build.base}editions/${report.date}/source/`;
    expect(edition.querySelectorAll('a').map((a) => attr(a, 'href'))).toContain(source);
    for (const article of report.articles) {
      const page = site.page(`articles/${report.date}/${article.slug}/index.html`);
      const hrefs = page.querySelectorAll('footer a').map((a) => attr(a, 'href'));
      for (const { start } of article.source) expect(hrefs).toContain(`${source}#L${start}`);
    }
  });

  it('lists the doubts first as 需核对, each linking its line, and marks those lines', () => {
    const section = root.querySelectorAll('section.doubts')[0];
    expect(text(section?.querySelectorAll('h2')[0])).toBe('需核对');
    const listed = (section?.querySelectorAll('li') ?? []).map(
      (li) => attr(li.querySelectorAll('a')[0]!, 'href') ?? '',
    );
    const lines = [...new Set(report.report.doubts.map((d) => d.line))].sort((a, b) => a - b);
    expect(listed).toEqual(
      [...report.report.doubts].sort((a, b) => a.line - b.line).map((d) => `#L${d.line}`),
    );
    for (const line of lines)
      expect(
        marks(line).map((m) => m.kind),
        `line ${line}`,
      ).toContain('doubt');
    const html = site.read(file);
    expect(html.indexOf('id="doubts"')).toBeLessThan(html.indexOf('id="summary"'));
  });

  it.runIf(build.fixture)(
    'marks the fixture’s doubt with its message and its control as 控制：…',
    () => {
      const { doubt, control } = build.fixture!.checked;
      const doubtMark = marks(doubt.line).find((m) => m.kind === 'doubt');
      expect(doubtMark?.text).toMatch(/^需核对/);
      expect(doubtMark?.text).toContain(doubt.message);
      const controlMark = marks(control.line).find((m) => m.kind === 'control');
      expect(controlMark?.text).toBe(`控制：${control.control}`);
      const listed = root
        .querySelectorAll('section.doubts li')
        .find((li) => text(li).includes(doubt.message));
      expect(listed && text(listed), 'names the article').toMatch(/稿\d+/);
    },
  );

  it.runIf(report.date === '2025-06-18' && report.file === '2025-06-18.txt')(
    'marks the seed’s known repairs',
    () => {
      expect(marks(19)).toContainEqual(expect.objectContaining({ kind: 'break', refs: ['#L21'] }));
      expect(marks(21)).toContainEqual(expect.objectContaining({ kind: 'joined', refs: ['#L19'] }));
      expect(marks(31)).toContainEqual(expect.objectContaining({ kind: 'break', refs: ['#L33'] }));
      expect(marks(33)).toContainEqual(expect.objectContaining({ kind: 'joined', refs: ['#L31'] }));
      const jump = marks(80).find((m) => m.kind === 'jump');
      expect(jump?.refs).toEqual(['#L102']);
      expect(jump?.text, 'the evidence').toMatch(/shared vocabulary/);
      expect(marks(102)).toContainEqual(
        expect.objectContaining({ kind: 'resume', refs: ['#L80'] }),
      );
      expect(marks(39)).toContainEqual(
        expect.objectContaining({ kind: 'dropped', refs: ['#L53'] }),
      );
      expect(marks(41)).toContainEqual(
        expect.objectContaining({ kind: 'dropped', refs: ['#L55'] }),
      );
      expect(marks(43).map((m) => m.kind)).toContain('fragment');
      const truncated = root
        .querySelectorAll('tr[id]')
        .filter((tr) => tr.querySelectorAll('li.m-truncated').length > 0)
        .map((tr) => attr(tr, 'id'));
      expect(truncated).toEqual(['L86', 'L92', 'L100']);
    },
  );
});
