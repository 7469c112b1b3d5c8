import { z } from 'astro/zod';

/** The five kinds of article a bulletin holds. */
export const KINDS = ['report', 'explainer', 'notice', 'brief', 'photo'] as const;

/** One of the five kinds of article. */
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

/** An ISO calendar date, `YYYY-MM-DD`, kept as a string so YAML never turns it into a timestamp. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  );

/** A run of source lines, 1-based and inclusive. */
export const SourceRangeSchema = z.object({
  /** First line of the run. */
  start: z.number().int().positive(),
  /** Last line of the run. */
  end: z.number().int().positive(),
});
export type SourceRange = z.infer<typeof SourceRangeSchema>;

/** Something the splitter did to an article that a reader should be able to see. */
export const EditSchema = z.object({
  /** What was done: a page break rejoined, a jump stitched, a duplicate dropped, a fragment kept in place. */
  type: z.enum(['page-break', 'jump', 'duplicate', 'fragment']),
  /** The source line the edit happened at. */
  line: z.number().int().positive(),
  /** A short human note, in Chinese, for the article page. */
  note: z.string(),
});
export type Edit = z.infer<typeof EditSchema>;

/** A correction an editor published for an article (an override), shown on its page. */
export const CorrectionSchema = z.object({
  /** When the correction was made. */
  date: IsoDateSchema,
  /** What was corrected, in Chinese, as readers should see it. */
  note: z.string().min(1),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** Front matter of one generated article file, `content/articles/<date>/<slug>.md`. */
export const ArticleSchema = z.object({
  /** Stable id, `<edition>-<8 hex>` from the headline: survives re-splits, keys overrides and URLs. */
  id: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}(?:-\d+)?$/, 'expected <edition>-<8 hex digits>'),
  /** Readable, stable URL part built from the title's pinyin; unique within its edition. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens'),
  /** Which layout the article gets. */
  kind: KindSchema,
  /** The headline as printed; a double headline keeps its inner space. */
  title: z.string().min(1),
  /** The overline (引题) printed above the headline, when there is one. */
  overline: z.string().min(1).optional(),
  /** The line printed under the headline, without its leading `——`. */
  kicker: z.string().min(1).nullable(),
  /** The news agency named in the dateline or credit. */
  agency: z.string().min(1),
  /** The dateline as printed (without the reporters' parenthesis), or null when there is none. */
  dateline: z.string().min(1).nullable(),
  /** Places from the dateline, or from a photo caption. */
  places: z.array(z.string().min(1)),
  /** Date of the story: the dateline's month and day in the bulletin's year (or the year before). */
  date: IsoDateSchema,
  /** Date of the bulletin (the edition) the article was printed in. */
  edition: IsoDateSchema,
  /** Position of the article in the edition, in print order, from 1. */
  order: z.number().int().positive(),
  /** Reporters named in the dateline or byline. */
  reporters: z.array(z.string().min(1)),
  /** Photographers named in a photo credit. */
  photographers: z.array(z.string().min(1)),
  /** The credit line of a photo as printed, without brackets. */
  credit: z.string().min(1).nullable(),
  /** Section headings, in order, as printed. */
  sections: z.array(z.string().min(1)),
  /** True when the source stops mid-sentence and no continuation was found. */
  truncated: z.boolean(),
  /** Tags from the editors' vocabulary plus the dateline places. */
  tags: z.array(z.string().min(1)),
  /** The first sentence or two, at most 120 characters. */
  summary: z.string().min(1).max(120),
  /** The source line runs the article was assembled from, in reading order. */
  source: z.array(SourceRangeSchema).min(1),
  /** What the splitter joined, stitched or dropped in this article. */
  edits: z.array(EditSchema),
  /** Corrections published by editors (overrides), oldest first. */
  corrections: z.array(CorrectionSchema).default([]),
  /** An image for the article, relative to `content/images/`, set by an override; null to use the convention. */
  image: z.string().min(1).nullable().default(null),
  /** SHA-256 of the file exactly as generated (this line left out): a different hash means a hand edit. */
  generated: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type Article = z.infer<typeof ArticleSchema>;
