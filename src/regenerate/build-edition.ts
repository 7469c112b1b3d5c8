import type { EditionReport, Overrides, UrlRegistry } from '../schemas/overrides.ts';
import type { SplitResult } from '../schemas/split-result.ts';
import { renderGeneratedFile } from '../splitter/render-article-file.ts';
import { applyOverrides } from './apply-overrides.ts';
import { assignSlugs } from './assign-slugs.ts';
import { buildEditionReport } from './build-edition-report.ts';
import { toStableJson } from './to-stable-json.ts';

/** Everything an edition is generated from, already read and validated. */
export interface EditionSources {
  /** The splitter's result for the bulletin. */
  result: SplitResult;
  /** The bulletin's file name under content/bulletins, for the report. */
  bulletinFile: string;
  /** The edition's overrides (NO_OVERRIDES when there is no file). */
  overrides: Overrides;
  /** The overrides file as shown to the user, for errors. */
  overridesFile: string;
  /** The URL registry ({} when there is none yet). */
  registry: UrlRegistry;
  /** id → slug of the article files now on disk, for ids the registry lacks. */
  onDisk: ReadonlyMap<string, string>;
}

/** A generated edition, ready to be written. */
export interface BuiltEdition {
  /** `<slug>.md` → stamped article file, in print order. */
  files: Map<string, string>;
  /** The updated URL registry and its file text. */
  registry: UrlRegistry;
  registryText: string;
  /** The edition report and its file text. */
  report: EditionReport;
  reportText: string;
  /** Override keys that match no article (a warning, not an error). */
  unknown: string[];
}

/** Apply overrides and the URL registry to a split and render every file of the edition. Pure. */
export function buildEdition(sources: EditionSources): BuiltEdition {
  const { result, overrides } = sources;
  const { published, hidden, unknown } = applyOverrides(result.articles, overrides);
  const requested = new Map<string, string>();
  for (const [id, o] of Object.entries(overrides.articles))
    if (o.slug !== undefined) requested.set(id, o.slug);
  const { slugs, registry } = assignSlugs({
    articles: result.articles,
    registry: sources.registry,
    onDisk: sources.onDisk,
    requested,
    overridesFile: sources.overridesFile,
  });
  const final = published.map((a) => ({ ...a, slug: slugs.get(a.id)! }));
  const finalSlugs = new Map(result.articles.map((a) => [a.slug, slugs.get(a.id)!]));
  const files = new Map(final.map((a) => [`${a.slug}.md`, renderGeneratedFile(a)]));
  const report = buildEditionReport({
    result,
    file: sources.bulletinFile,
    published: final,
    hidden,
    finalSlugs,
  });
  return {
    files,
    registry,
    registryText: toStableJson(registry),
    report,
    // Schema order (date, file, articles, hidden, report; start before end) reads better than
    // sorted keys, and is just as deterministic: every object is built in a fixed order.
    reportText: `${JSON.stringify(report, null, 2)}\n`,
    unknown,
  };
}
