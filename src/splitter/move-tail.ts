import type { DraftArticle } from './draft-article.ts';

/** A jump found and stitched: the article that broke off and where its continuation was printed. */
export interface StitchedJump {
  /** The article that stopped mid-sentence. */
  article: DraftArticle;
  /** The article under whose headline the continuation was printed. */
  host: DraftArticle;
  /** Last line before the break and first line of the continuation. */
  line: number;
  resumes: number;
  /** Why this continuation was given to this article. */
  evidence: string;
}

/** Move `host`'s pieces from `at` to the end of its own print onto `article`, and record the jump. */
export function moveTail(
  article: DraftArticle,
  host: DraftArticle,
  at: number,
  evidence: string,
): StitchedJump {
  const tail = host.pieces.splice(at, host.ownPieces - at);
  host.ownPieces = at;
  const line = (article.pieces.at(-1)?.lines ?? article.headerLines).at(-1)!;
  article.pieces.push(...tail);
  return { article, host, line, resumes: tail[0]!.lines[0]!, evidence };
}
