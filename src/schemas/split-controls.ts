import { z } from 'astro/zod';

/** The editor's decision about one bulletin line, overriding the splitter's own. */
export const LineControlSchema = z.union([
  z.enum([
    /** This line is the headline of a new article. */
    'headline',
    /** This line never opens an article, whatever the evidence below it. */
    'not-headline',
    /** This line is the overline (引题) of the article whose headline follows it. */
    'overline',
    /** This line is the second line of the headline printed above it. */
    'title',
    /** The article holding this line is complete, not cut off. */
    'complete',
    /** This paragraph goes on in the next one: join them (a page break the splitter missed). */
    'join',
    /** This paragraph ends here: never join it with the next one. */
    'no-join',
  ]),
  z.strictObject({
    /**
     * The paragraph starting on this line, and what follows it up to its article's end, continues
     * the article whose headline is on the given line; `none` keeps it where it is printed.
     */
    continues: z.union([z.number().int().positive(), z.literal('none')]),
  }),
]);
export type LineControl = z.infer<typeof LineControlSchema>;

/** Line controls keyed by the bulletin line number they apply to (as the source page shows it). */
export const SplitControlsSchema = z.record(
  z.string().regex(/^[1-9][0-9]*$/, 'expected a bulletin line number'),
  LineControlSchema,
);
export type SplitControls = z.infer<typeof SplitControlsSchema>;
