import { z } from 'astro/zod';
import { CorrectionSchema, IsoDateSchema, KindSchema } from './article.ts';
import { SplitControlsSchema } from './split-controls.ts';
import { SplitReportSchema } from './split-result.ts';

/** What an editor may change about one article; every field is optional. */
export const ArticleOverrideSchema = z.strictObject({
  /** A new headline. */
  title: z.string().min(1).optional(),
  /** A different kind (layout). */
  kind: KindSchema.optional(),
  /** Tags replacing the ones the splitter chose. */
  tags: z.array(z.string().min(1)).min(1).optional(),
  /** A hand-written summary (at most 120 characters). */
  summary: z.string().min(1).max(120).optional(),
  /** A new URL slug; the old URL keeps redirecting to the new one. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens')
    .optional(),
  /** An image for the article, relative to `content/images/`. */
  image: z.string().min(1).optional(),
  /** True to leave the article off the site. */
  hidden: z.boolean().optional(),
  /** Corrections to publish with the article (`更正`), each with its date. */
  corrections: z.array(CorrectionSchema).optional(),
});
export type ArticleOverride = z.infer<typeof ArticleOverrideSchema>;

/**
 * `content/bulletins/<date>.overrides.yaml`: an edition's editorial overrides, keyed by article id,
 * and the editor's line controls for the splitter, keyed by bulletin line.
 */
export const OverridesSchema = z.strictObject({
  /** Overrides per article, keyed by the article's stable `id` (see the article's front matter). */
  articles: z
    .record(
      z.string().regex(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}(?:-\d+)?$/, 'expected an article id'),
      ArticleOverrideSchema,
    )
    .default({}),
  /**
   * Line controls the splitter must honour, keyed by bulletin line number (as the source page
   * numbers them): `41: headline`, `88: { continues: 12 }`, … (see split-controls.ts).
   */
  lines: SplitControlsSchema.default({}),
});
export type Overrides = z.infer<typeof OverridesSchema>;

/** `content/bulletins/<date>.urls.json`: every slug an article has had, current first, so old URLs redirect. */
export const UrlRegistrySchema = z.record(z.string(), z.array(z.string().min(1)).min(1));
export type UrlRegistry = z.infer<typeof UrlRegistrySchema>;

/** `content/reports/<date>.json`: what the splitter did to one bulletin, for the editor's source page. */
export const EditionReportSchema = z.object({
  /** Edition date. */
  date: IsoDateSchema,
  /** The bulletin file under content/bulletins. */
  file: z.string(),
  /** The published articles: id, final slug and title, kind, and the source line runs. */
  articles: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      kind: KindSchema,
      source: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    }),
  ),
  /** Articles hidden by an override (id and title). */
  hidden: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The splitter's report: page breaks, jumps, duplicates, fragments, truncations, warnings. */
  report: SplitReportSchema,
});
export type EditionReport = z.infer<typeof EditionReportSchema>;
