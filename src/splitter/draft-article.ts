import type { Edit } from '../schemas/article.ts';
import type { SplitReport } from '../schemas/split-result.ts';
import type { Dateline } from './parse-dateline.ts';

/** A decision that rested on weak evidence, at a source line. */
export type Doubt = Omit<SplitReport['doubts'][number], 'article' | 'text'>;

/** A paragraph, heading or credit line of an article being assembled. */
export interface Piece {
  /** Source line numbers the piece was built from, in reading order. */
  lines: number[];
  /** The text, trimmed; joined pieces are concatenated without a space (Chinese). */
  text: string;
  /** True when a blank line separates this piece from the one printed before it. */
  afterBlank: boolean;
  /** What the piece is once classified. */
  role: 'paragraph' | 'heading' | 'credit' | 'signature';
  /** True when the piece starts mid-sentence with nothing to join to. */
  fragment: boolean;
}

/** An article between segmentation and output: header fields parsed, body still in pieces. */
export interface DraftArticle {
  /** Print order of the headline, from 1. */
  order: number;
  /** The headline, inner whitespace collapsed to one space. */
  title: string;
  /** The overline (引题) printed above the headline, if any. */
  overline: string | null;
  /** The kicker without its leading dashes. */
  kicker: string | null;
  /** The parsed dateline, if any. */
  dateline: Dateline | null;
  /** Reporters from the dateline and byline lines. */
  reporters: string[];
  /** Whether a byline line (`本报记者 张三`) was printed under the headline. */
  hasByline: boolean;
  /** Agency from a byline, used when there is no dateline. */
  bylineAgency: string | null;
  /** Lines of the headline, kicker, dateline and byline that hold no body text. */
  headerLines: number[];
  /** The body, in reading order. */
  pieces: Piece[];
  /** Number of leading pieces printed under the headline (the rest were stitched in from a jump). */
  ownPieces: number;
  /** What the splitter did, for the reader's notes. */
  edits: Edit[];
  /** Decisions about this article that rested on weak evidence, for the editor. */
  doubts: Doubt[];
}
