import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype drops raw HTML unless told otherwise, so feed readers only ever get Markdown's own tags.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

/** Render an article's Markdown body to HTML for feeds, with raw HTML left out. */
export function renderMarkdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
