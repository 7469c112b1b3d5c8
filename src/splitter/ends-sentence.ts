// Marks that close a sentence or a unit a sentence may end with (a colon introduces what follows).
const TERMINAL = '。！？!?…；;：:';
// Closing quotes and brackets that may follow the terminal mark: `……。”`.
const CLOSERS = '”’」』》〉】)）"\'';
// Characters that cannot open a Chinese sentence: particles and punctuation that only follow something.
const MID_SENTENCE_START =
  /^(?:的(?!确)|了(?!解|不起)|们|吗|呢|吧|着(?![力眼重手实])|[，。、；：？！）》”’」』,.;:?!)])/;

/** True when a line ends where a sentence may end, so the next line does not continue it. */
export function endsSentence(text: string): boolean {
  let end = text.length - 1;
  // `（完）` and any bracketed aside at the very end close a paragraph (credits, notes).
  if (text[end] === '）' || text[end] === ')') return true;
  while (end >= 0 && CLOSERS.includes(text[end]!)) end--;
  if (end < 0) return false;
  const last = text[end]!;
  if (TERMINAL.includes(last)) return true;
  // An ellipsis ends a unit, and so does a dash that announces what follows (`郑重宣示——`).
  return text.endsWith('……') || text.endsWith('...') || text.endsWith('——');
}

/** True when a line starts in the middle of a sentence (a particle or a mark that only follows something). */
export function startsMidSentence(text: string): boolean {
  return MID_SENTENCE_START.test(text);
}

/** Split text into sentences, each keeping its closing mark and any closing quote after it. */
export function splitSentences(text: string): string[] {
  return (
    text.match(/[^。！？!?；;]+(?:[。！？!?；;]+[”’」』]?|$)/g)?.filter((s) => s.trim() !== '') ??
    []
  );
}

// A particle, preposition or linking verb at the end of a line leaves its phrase unfinished.
const DANGLING =
  /[的了在和与及对把被将为向从是以而并或之于其这那个着地得等所到达至有比约共近超逾由让使给就同]$/;

/** True when a text ends in a word that needs more after it (`…取证之后就是`, `…仅为平日的`). */
export function endsDangling(text: string): boolean {
  return DANGLING.test(text);
}
