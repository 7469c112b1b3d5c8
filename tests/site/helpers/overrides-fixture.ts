import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Correction } from '../../../src/schemas/article.ts';
import { EditionReportSchema, type UrlRegistry } from '../../../src/schemas/overrides.ts';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';
import { parseArticleFile, renderArticleFile } from '../../../src/splitter/render-article-file.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';

/** What the `overrides` build's project copy holds beyond the real content, for the tests. */
export interface OverridesFixture {
  edition: string;
  /** An article the URL registry gives an old slug, which must redirect to it. */
  moved: { slug: string; oldSlug: string; title: string };
  /** Old slugs that must get no page: an unknown id's, and one that is another article's current slug. */
  notMoved: string[];
  /** An article given two corrections (the later one is its dateModified). */
  corrected: { slug: string; corrections: Correction[] };
  /** Articles whose override image exists (a photo, and a text article that shows it as a lead). */
  pictured: string[];
  /** An article whose override image names a missing file: it must fall back, never break. */
  missingPicture: string;
  /** True when content/reports/<edition>.json was made here from the seed (the project had none). */
  reportGenerated: boolean;
  /** An article given an overline (引题): printed above its headline, never inside it. */
  overlined: { slug: string; title: string; overline: string };
  /** A doubt and an honoured control added to the edition's split report, for the source page. */
  checked: {
    doubt: { line: number; message: string };
    control: { line: number; control: string };
  };
}

/**
 * Turn a project copy into an edition an editor has worked on: a URL registry with an old slug,
 * corrections and override images in the front matter (as the pipeline writes them), and the
 * split report the source page reads, made with the splitter if the pipeline has not written one.
 */
export function addOverridesFixture(dir: string): OverridesFixture {
  const articlesDir = join(dir, 'content', 'articles');
  const edition = readdirSync(articlesDir).sort()[0]!;
  const files = readdirSync(join(articlesDir, edition)).filter((f) => f.endsWith('.md'));
  const parsed = files.map((f) => ({
    path: join(articlesDir, edition, f),
    ...parseArticleFile(readFileSync(join(articlesDir, edition, f), 'utf8')),
  }));
  const byKind = (kind: string) => {
    const found = parsed.find((a) => a.data.kind === kind);
    if (!found) throw new Error(`the fixture needs a ${kind} article in ${edition}`);
    return found;
  };
  const photo = byKind('photo');
  const report = byKind('report');
  const explainer = byKind('explainer');
  const brief = byKind('brief');
  const save = (a: (typeof parsed)[number], change: object) =>
    writeFileSync(a.path, renderArticleFile({ ...a.data, ...change, body: a.body }));

  const images = join(dir, 'content', 'images', 'overrides');
  mkdirSync(images, { recursive: true });
  writeFileSync(join(images, 'fixture-photo.png'), solidPng(1600, 1000, [0x3b, 0x6e, 0xa5]));
  save(photo, { image: 'overrides/fixture-photo.png' });
  save(explainer, { image: 'overrides/fixture-photo.png' });
  save(brief, { image: 'overrides/no-such-file.png' });

  const corrections: Correction[] = [
    { date: '2025-06-19', note: '本文第二段中“百余项合作成果”原误为“十余项”，现已更正。' },
    { date: '2025-06-20', note: '本文记者署名有误，现已更正。' },
  ];
  const overline = '峰会观察';
  save(report, { corrections, overline });

  const registryFile = join(dir, 'content', 'bulletins', `${edition}.urls.json`);
  const registry: UrlRegistry = existsSync(registryFile)
    ? JSON.parse(readFileSync(registryFile, 'utf8'))
    : {};
  const oldSlug = `${photo.data.slug}-old`;
  registry[photo.data.id] = [photo.data.slug, oldSlug, ...(registry[photo.data.id] ?? []).slice(1)];
  registry[`${edition}-00000000`] = ['gone-article', 'gone-article-old'];
  registry[brief.data.id] = [brief.data.slug, report.data.slug];
  writeFileSync(registryFile, JSON.stringify(registry, null, 2));

  const reportFile = join(dir, 'content', 'reports', `${edition}.json`);
  const reportGenerated = !existsSync(reportFile);
  if (reportGenerated) writeReport(dir, edition, reportFile);
  const checked = addReportChecks(reportFile, report.data.source[0]!.start, report.data.slug);
  return {
    edition,
    moved: { slug: photo.data.slug, oldSlug, title: photo.data.title },
    notMoved: ['gone-article-old', report.data.slug],
    corrected: { slug: report.data.slug, corrections },
    pictured: [photo.data.slug, explainer.data.slug],
    missingPicture: brief.data.slug,
    reportGenerated,
    overlined: { slug: report.data.slug, title: report.data.title, overline },
    checked,
  };
}

/**
 * Add to the edition's split report a doubt and an honoured control on the `headline` line of
 * `article` (its slug), as the splitter reports them (after any the real split already had).
 */
function addReportChecks(
  reportFile: string,
  headline: number,
  article: string,
): OverridesFixture['checked'] {
  const edition = EditionReportSchema.parse(JSON.parse(readFileSync(reportFile, 'utf8')));
  const doubt = { line: headline, message: 'fixture: a decision made on weak evidence' };
  const control = { line: headline, control: 'headline' };
  edition.report.doubts.push({ ...doubt, article, type: 'headline-without-dateline' });
  edition.report.controls.push(control);
  writeFileSync(reportFile, JSON.stringify(edition, null, 2));
  return { doubt, control };
}

/** Split the edition's bulletin as the pipeline does and save its report (EditionReportSchema). */
function writeReport(dir: string, edition: string, reportFile: string): void {
  const file = `${edition}.txt`;
  const text = readFileSync(join(dir, 'content', 'bulletins', file), 'utf8');
  const result = splitBulletin(text, { date: edition, file, vocabulary: loadVocabulary() });
  const report = EditionReportSchema.parse({
    date: edition,
    file,
    articles: result.articles.map(({ id, slug, title, kind, source }) => ({
      id,
      slug,
      title,
      kind,
      source,
    })),
    hidden: [],
    report: result.report,
  });
  mkdirSync(join(dir, 'content', 'reports'), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
}

/** A PNG of one colour, big enough for every width the site asks Astro to make. */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
