import { z } from 'astro/zod';
import { ArticleSchema, IsoDateSchema, KindSchema } from './article.ts';

/** One article as the splitter returns it: the front matter plus its Markdown body. */
export const SplitArticleSchema = ArticleSchema.extend({
  /** Markdown body: `## ` section headings and paragraphs separated by blank lines. */
  body: z.string().min(1),
});
export type SplitArticle = z.infer<typeof SplitArticleSchema>;

/** A place in the source: a 1-based line number and, where useful, the text found there. */
const PlaceSchema = z.object({
  /** 1-based line number in the bulletin. */
  line: z.number().int().positive(),
  /** Slug of the article concerned, when there is one. */
  article: z.string().optional(),
  /** A short excerpt of the text concerned. */
  text: z.string().optional(),
});

/** What the splitter did to a bulletin, for the editor. */
export const SplitReportSchema = z.object({
  /** Number of articles per kind. */
  kinds: z.record(KindSchema, z.number().int().nonnegative()),
  /** Which rule of the kind table chose each article's kind, and all the evidence weighed. */
  kindRules: z.array(
    z.object({
      article: z.string(),
      kind: KindSchema,
      rule: z.string(),
      /** Every rule that held, with its kind and weight: `meeting-words report +3`. */
      evidence: z.array(z.string()).default([]),
    }),
  ),
  /** Paragraphs split by a page break and rejoined: `line` ends mid-sentence, `next` goes on. */
  pageBreaks: z.array(PlaceSchema.extend({ next: z.number().int().positive() })),
  /** Articles that stopped mid-sentence and were continued later: `line` is the break, `resumes` the continuation. */
  jumps: z.array(
    PlaceSchema.extend({ resumes: z.number().int().positive(), evidence: z.string() }),
  ),
  /** Paragraphs printed twice: `line` is the dropped copy, `kept` the copy kept. */
  duplicates: z.array(PlaceSchema.extend({ kept: z.number().int().positive() })),
  /** Paragraphs that start mid-sentence with nothing to join to; kept in place. */
  fragments: z.array(PlaceSchema),
  /** Articles that stop mid-sentence with no continuation: `line` is the last line. */
  truncated: z.array(PlaceSchema),
  /** Lines before the first headline, which belong to no article. */
  unassigned: z.array(PlaceSchema),
  /** Decisions that rested on weak evidence: the few places an editor should check first. */
  doubts: z
    .array(
      PlaceSchema.extend({
        /** What kind of decision it was. */
        type: z.enum([
          'headline-without-dateline',
          'overline',
          'weak-kind',
          'narrow-stitch',
          'unresolved-continuation',
        ]),
        /** Why it is doubtful, in plain words. */
        message: z.string(),
      }),
    )
    .default([]),
  /** Line controls from the overrides file that the split honoured. */
  controls: z.array(PlaceSchema.extend({ control: z.string() })).default([]),
  /** Anything else worth a look, such as a sentence repeated inside other text. */
  warnings: z.array(PlaceSchema.extend({ message: z.string() })),
});
export type SplitReport = z.infer<typeof SplitReportSchema>;

/** Facts about the bulletin itself. */
export const BulletinInfoSchema = z.object({
  /** The file name the bulletin was read from, when it came from a file. */
  file: z.string().nullable(),
  /** Date of the bulletin. */
  date: IsoDateSchema,
  /** Number of lines in the decoded text. */
  lines: z.number().int().nonnegative(),
  /** Number of articles found. */
  articles: z.number().int().nonnegative(),
});
export type BulletinInfo = z.infer<typeof BulletinInfoSchema>;

/** The whole result of splitting one bulletin: what `split --json` prints. */
export const SplitResultSchema = z.object({
  /** Facts about the bulletin. */
  bulletin: BulletinInfoSchema,
  /** The articles, in print order of their first line. */
  articles: z.array(SplitArticleSchema),
  /** What the splitter did. */
  report: SplitReportSchema,
});
export type SplitResult = z.infer<typeof SplitResultSchema>;
