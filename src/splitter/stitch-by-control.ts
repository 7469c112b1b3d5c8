import type { DraftArticle } from './draft-article.ts';
import { moveTail, type StitchedJump } from './move-tail.ts';

/** Move each continuation an editor assigned (`continues: <headline line>`) onto its article. */
export function stitchByControl(
  drafts: DraftArticle[],
  assigned: ReadonlyMap<number, number>,
  fault: (line: number, problem: string) => Error,
): StitchedJump[] {
  const done: StitchedJump[] = [];
  for (const [line, headline] of assigned) {
    const article = drafts.find((d) => d.headerLines.includes(headline));
    if (!article) throw fault(line, `line ${headline} is not the headline of an article`);
    const host = drafts.find((d) => d.pieces.some((p) => p.lines[0] === line));
    if (!host) throw fault(line, 'that line does not start a paragraph of an article');
    if (host === article)
      throw fault(line, `that line is printed in the article of line ${headline}`);
    const at = host.pieces.findIndex((p) => p.lines[0] === line);
    if (at >= host.ownPieces) throw fault(line, 'that paragraph was already moved');
    done.push(moveTail(article, host, at, `editor's control: continues line ${headline}`));
  }
  return done;
}
