/** Documents' own lines: the number and addressee that open one, the signature and date that close it. */

const CN_DIGIT = '[〇○零一二三四五六七八九十]';
// `2019年6月18日`, `二〇一九年六月十八日`, alone on a line as documents print their date.
const DATE_LINE = new RegExp(
  `^(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|${CN_DIGIT}{4}年${CN_DIGIT}{1,2}月${CN_DIGIT}{1,3}日)$`,
);
// Who signs a document or an opinion piece: a body of government, a party organ, a commentator.
const SIGNER =
  /^(?=.{2})[\u4e00-\u9fa5、·（）()\s]{0,40}?(?:国务院|办公厅|办公室|委员会|人民政府|政府|部|局|署|院|会|委|中心|党组|总局|银行|评论员|评论部|编辑部)$/;
// `（此件公开发布）`, `（此件有删减）`: notes printed under a document's date.
const DOCUMENT_NOTE = /^[（(]此件[\u4e00-\u9fa5]{2,8}[）)]$/;

// A document number (`国办发〔2019〕3号`) or an addressee line (`各省、自治区…：`) opens a document.
const OPENS_DOCUMENT =
  /^(?:[\u4e00-\u9fa5]{1,8}[〔［[][0-9]{4}[〕］\]][0-9]+号|各[^。]{3,80}[：:])$/;

/** True when a line opens a document: its number, or the bodies it is addressed to. */
export function opensDocument(text: string): boolean {
  return OPENS_DOCUMENT.test(text);
}

// A row of a list of members: a role, a name, spaces, a post (`副召集人：陈宝生  教育部部长`).
const LIST_ROW =
  /^(?:[\u4e00-\u9fa5\s\u3000]{1,10}[：:][\s\u3000]*)?[\u4e00-\u9fa5·]{1,4}(?:[\s\u3000]+[\u4e00-\u9fa5])?[\s\u3000]{2,}[^。，]{0,40}(?:长|主任|员|书记|主席|院士|教授|编审|教师|负责人|组长|专家|成员)$/;

/** True when a line is a row of a list (name and post), which ends nothing and opens nothing. */
export function isListRow(text: string): boolean {
  return LIST_ROW.test(text);
}

// `（2025年3月2日）` under a document's headline: the date it was adopted.
const DOCUMENT_DATE = new RegExp(
  `^[（(](?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|${CN_DIGIT}{4}年${CN_DIGIT}{1,2}月${CN_DIGIT}{1,3}日)[）)]$`,
);

/** True when a line is a bracketed date printed under a document's headline. */
export function isDocumentDate(text: string): boolean {
  return DOCUMENT_DATE.test(text);
}

/** True when a line is a document's date as printed under its signature. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}

/** True when a line can be part of a signature block (signer, date or a note under the date). */
export function isSignatureLine(text: string): boolean {
  return isDateLine(text) || SIGNER.test(text) || DOCUMENT_NOTE.test(text);
}

/**
 * Where the signature block that closes `texts` begins, or -1 when there is none. A block needs a
 * date line, or a commentator's signature, so a short last paragraph is not mistaken for one.
 */
export function findSignature(texts: readonly string[]): number {
  let start = texts.length;
  while (start > 0 && start > texts.length - 4 && isSignatureLine(texts[start - 1]!)) start--;
  if (start === texts.length || start === 0) return -1;
  const block = texts.slice(start);
  const dated = block.some(isDateLine);
  const commentator = block.length === 1 && /评论员|评论部|编辑部$/.test(block[0]!);
  return dated || commentator ? start : -1;
}
