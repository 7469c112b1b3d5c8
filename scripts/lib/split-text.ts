import type { SplitControls } from '../../src/schemas/split-controls.ts';
import { SplitResultSchema, type SplitResult } from '../../src/schemas/split-result.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';

/** What the splitter needs besides the text. */
export interface SplitTextOptions {
  /** The edition date, YYYY-MM-DD. */
  date: string;
  /** The bulletin's file name, for the report. */
  file: string | null;
  /** The editors' tag vocabulary. */
  vocabulary: TagVocabulary;
  /**
   * The edition's line controls (`lines:` of its overrides file) and that file as shown to the
   * user: a control that does not fit the bulletin stops the split with an InputError naming it.
   */
  controls?: { lines: SplitControls; file: string };
}

/** Split decoded bulletin text and check the result against SplitResultSchema before anyone trusts it. */
export async function splitText(text: string, options: SplitTextOptions): Promise<SplitResult> {
  // Loaded on first use: the splitter pulls in the pinyin dictionary, which runs that stop
  // at bad input never need, so they fail fast.
  const { splitBulletin } = await import('../../src/splitter/split-bulletin.ts');
  const result = splitBulletin(text, options);
  const parsed = SplitResultSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new Error(
      `the splitter returned an invalid result: ${path || '(top level)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result;
}
