import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';

/** A body block: a section heading or a paragraph (captions and credits are paragraphs). */
export interface BodyBlock {
  role: 'heading' | 'paragraph' | 'credit';
  text: string;
}

// GFM is on in Astro's Markdown, so its syntax (~~strike~~, tables, bare URLs) must be escaped too.
const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' });

/** Build the mdast tree of an article body: headings at depth 2, everything else a paragraph of plain text. */
export function buildBodyTree(blocks: BodyBlock[]): Root {
  const children: RootContent[] = blocks.map((b) =>
    b.role === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
  );
  return { type: 'root', children };
}

/** Serialise a body to Markdown with remark, which escapes every character that could mean markup. */
export function buildBody(blocks: BodyBlock[]): string {
  return processor.stringify(buildBodyTree(blocks));
}
