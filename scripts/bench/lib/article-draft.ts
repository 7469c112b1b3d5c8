import type { Kind } from '../../../src/schemas/article.ts';

/** A printing accident the generator put into an article. */
export type Quirk = 'page-break' | 'jump' | 'duplicate' | 'truncated';

/** One article as the generator meant it, to compare with what the splitter finds. */
export interface IntendedArticle {
  title: string;
  kind: Kind;
  quirks: Quirk[];
}

/** What a block of an article's body is; headings and credits print without an indent. */
export type BlockRole = 'paragraph' | 'heading' | 'caption' | 'credit';

/** One block of an article's body: a paragraph, section heading, caption or photo credit. */
export interface Block {
  text: string;
  role: BlockRole;
}

/** An article being generated: what it is meant to be, and the lines it will print as. */
export interface ArticleDraft extends IntendedArticle {
  /** Header lines in groups: a group prints without blank lines inside (`据新华社…电` + `新华社记者`). */
  header: string[][];
  blocks: Block[];
  /** Continuations of jumped articles, printed after this article. */
  tails: Block[][];
}
