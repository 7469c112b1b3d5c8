/** A photo credit such as `（新华社记者 黄伟 摄）` or `新华社发（黄伟 摄）`. */
export interface Credit {
  /** The credit as printed, without the outer brackets. */
  text: string;
  /** The agency that supplied the photo. */
  agency: string;
  /** Photographers named. */
  photographers: string[];
  /** True when the credit is the whole line, false when it ends a caption. */
  ownLine: boolean;
}

import { parseNames } from './parse-dateline.ts';

const AGENCY =
  '新华社|新华网|中新社|中国新闻社|中新网|人民网|央视网|本报|[\\u4e00-\\u9fa5]{1,5}?社';
// `新华社记者 黄伟 摄`, `新华社发（黄伟 摄）`, `新华社发 张三 摄`, `新华社发`, each optionally in brackets.
const CREDIT = new RegExp(
  `[（(]?\\s*(${AGENCY})(?:(?:特约)?记者|通讯员)?(发)?\\s*(?:[（(]\\s*([^（）()]*?)\\s*摄\\s*[）)]|([\\u4e00-\\u9fa5·\\s、]*?)\\s*摄)?\\s*[）)]?$`,
);

// `刘继刚摄（新华社发）`: the photographer first, the supplying agency in brackets after.
const NAME_FIRST = new RegExp(
  `(?:^|[。！？\\s])([\\u4e00-\\u9fa5·]{2,4}(?:[、\\s]+[\\u4e00-\\u9fa5·]{2,4})*)\\s*摄\\s*[（(](${AGENCY})发[）)]$`,
);

function parseNameFirst(line: string): Credit | null {
  const m = NAME_FIRST.exec(line);
  if (!m) return null;
  const text = m[0].replace(/^[。！？\s]/, '');
  return {
    text,
    agency: m[2]!,
    photographers: parseNames(m[1]!),
    ownLine: text.length === line.length,
  };
}

// A line of names alone with `摄` or `摄影报道` (`朱佩娴  霍亚平摄影报道`, `新华社记者  丁  磊摄影报道`).
const OWN_LINE = new RegExp(
  `^(?:(${AGENCY})?(?:特约)?(?:记者|通讯员)?\\s*)?((?:[\\u4e00-\\u9fa5·]{1,4}[\\s、]*){1,4}?)\\s*摄(?:影报道)?$`,
);

function parseOwnLine(line: string): Credit | null {
  const m = OWN_LINE.exec(line);
  const photographers = m ? parseNames(m[2]!) : [];
  if (!m || photographers.length === 0 || photographers.some((n) => n.length > 4)) return null;
  // Without an agency or `记者` the names must stand apart: `朱佩娴  霍亚平摄影报道`, `张三 摄`.
  const credited = /^(?:[\u4e00-\u9fa5]{1,5}(?:社|网|报))?(?:特约)?(?:记者|通讯员)/.test(line);
  if (!credited && !/摄影报道$|\s摄$/.test(line)) return null;
  return { text: line, agency: m[1] ?? '', photographers, ownLine: true };
}

/** Find a photo credit at the end of a line; null when there is none. */
export function parseCredit(line: string): Credit | null {
  // Every credit ends in `摄`, `摄影报道` or `发` (bracketed or not); most lines are turned away at once.
  if (!/(?:摄|摄影报道|发)\s*[）)]?$/.test(line)) return null;
  const own = parseOwnLine(line);
  if (own) return own;
  const first = parseNameFirst(line);
  if (first) return first;
  const m = CREDIT.exec(line);
  if (!m) return null;
  const [whole, agency = '', fa, inner, plain] = m;
  const names = inner ?? plain;
  // Without `摄` only a bare `新华社发` counts: prose may end in an agency name.
  if (names === undefined && !(fa && whole.replace(/[（()）\s]/g, '') === `${agency}发`))
    return null;
  const start = line.length - whole.length;
  // A credit inside a caption must be bracketed or follow a full stop, not be the tail of a word.
  if (start > 0 && !/^[（(]/.test(whole) && !/[。！？\s]$/.test(line.slice(0, start))) return null;
  const text = whole
    .trim()
    .replace(/^[（(]\s*/, '')
    .replace(/\s*[）)]$/, (close) =>
      inner !== undefined && !/^[（(]/.test(whole.trim()) ? close : '',
    );
  return { text, agency, photographers: parseNames(names ?? ''), ownLine: start === 0 };
}
