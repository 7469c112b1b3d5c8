import type { Edit } from '../schemas/article.ts';
import type { Dateline } from './parse-dateline.ts';

/** A paragraph, heading or credit line of an article being assembled. */
export interface Piece {
  /** Source line numbers the piece was built from, in reading order. */
  lines: number[];
  /** The text, trimmed; joined pieces are concatenated without a space (Chinese). */
  text: string;
  /** True when a blank line separates this piece from the one printed before it. */
  afterBlank: boolean;
  /** What the piece is once classified. */
  role: 'paragraph' | 'heading' | 'credit';
  /** True when the piece starts mid-sentence with nothing to join to. */
  fragment: boolean;
}

/** An article between segmentation and output: header fields parsed, body still in pieces. */
export interface DraftArticle {
  /** Print order of the headline, from 1. */
  order: number;
  /** The headline, inner whitespace collapsed to one space. */
  title: string;
  /** The kicker without its leading dashes. */
  kicker: string | null;
  /** The parsed dateline, if any. */
  dateline: Dateline | null;
  /** Reporters from the dateline and byline lines. */
  reporters: string[];
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
}
