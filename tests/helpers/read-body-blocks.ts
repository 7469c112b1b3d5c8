import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';

/** Parse an article's Markdown body back into its blocks, the way Astro's Markdown pipeline reads it. */
export function readBodyBlocks(body: string): { type: string; text: string }[] {
  const tree = unified().use(remarkParse).parse(body);
  return tree.children.map((node) => ({ type: node.type, text: toString(node) }));
}
