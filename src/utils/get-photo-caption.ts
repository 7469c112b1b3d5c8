/** A trailing credit in brackets, `（新华社记者 黄伟 摄）`, which the page shows on its own line. */
const TRAILING_CREDIT = /\s*[（(][^（）()]*摄\s*[）)]\s*$/u;

/** A photo article's caption as plain paragraphs, without the credit that closes the last one. */
export function getPhotoCaption(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(TRAILING_CREDIT, ''))
    .filter((paragraph) => paragraph.length > 0);
}
