/** A credit in brackets closing a paragraph, `（新华社记者 黄伟 摄）`, which the page shows on its own line. */
const TRAILING_CREDIT = /\s*[（(][^（）()<>]*摄\s*[）)]\s*(?=<\/p>)/gu;

/** A paragraph that held nothing but its credit. */
const EMPTY_PARAGRAPH = /<p>\s*<\/p>\s*/g;

/** A photo article's caption as HTML (its rendered body), without the credit closing a paragraph. */
export function getPhotoCaption(html: string): string {
  // HTML, not Markdown: the collection keeps no Markdown source (`retainBody: false`).
  return html.replace(TRAILING_CREDIT, '').replace(EMPTY_PARAGRAPH, '').trim();
}
