/** A dateline such as `据新华社耶路撒冷/德黑兰6月17日电（记者高山）`, taken apart. */
export interface Dateline {
  /** The dateline as printed, without the reporters' parenthesis. */
  text: string;
  /** The agency, e.g. 新华社. */
  agency: string;
  /** Places named, in order; empty for `据新华社电`. */
  places: string[];
  /** Month and day when the dateline has them (`柏林17日电` gives the day alone). */
  month: number | null;
  day: number | null;
  /** Reporters named in the parenthesis after `电`. */
  reporters: string[];
  /** Text printed after the dateline on the same line: the start of the first paragraph. */
  rest: string;
}

// Agencies named in Chinese wire datelines; a generic `…社` catches the ones not listed.
const AGENCY =
  '新华社|新华网|中新社|中国新闻社|中新网|人民日报|人民网|本报|央视新闻|央视网|央广网|中央广播电视总台|光明网|中国网|国际在线|[\\u4e00-\\u9fa5]{1,5}?社';
const PLACE = '[\\u4e00-\\u9fa5·]{1,12}?';
// Month and day in figures, or in Chinese numerals as older copy prints them (`九月十七日`).
const DIGITS = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const DATELINE = new RegExp(
  `^(据)?(${AGENCY})((?:${PLACE})(?:[/／、](?:${PLACE}))*)?(?:(?:(${DIGITS})月)?(${DIGITS})日)?(电|讯)` +
    `\\s*(?:[（(]([^）)]*)[）)])?\\s*`,
);
const NAME = /^[\u4e00-\u9fa5·]{2,10}$/;
const ONLY_NAMES = /^\s*[\u4e00-\u9fa5·]{2,4}(?:[\s、，,]*[\u4e00-\u9fa5·]{2,4}){0,3}\s*$/;
const ROLE = /(?:新华社|中新社|本报)?(?:特约记者|记者|通讯员|实习生|摄影|报道)/g;

import { splitNames } from './split-names.ts';

const CN = '一二三四五六七八九';
// `17`, `１７` or `十七` as a number.
const toAscii = (s: string): number => {
  if (/^[0-9０-９]+$/.test(s))
    return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const digit = (c: string | undefined) => (c ? CN.indexOf(c) + 1 : 0);
  return (s.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + digit(ones);
};

/** Names from a byline fragment such as `记者张千千 刘开雄` or `新华社记者 黄伟、李明`. */
export function parseNames(fragment: string): string[] {
  // Newspapers space out two-character names to align them (`王  观`): single characters rejoin.
  const tokens = fragment
    .replace(ROLE, ' ')
    .split(/[\s、，,/]+/)
    .reduce<string[]>((out, t) => {
      const last = out.at(-1);
      if (t.length === 1 && last?.length === 1) out[out.length - 1] = last + t;
      else out.push(t);
      return out;
    }, []);
  // One token holding several names means they were printed without a separator.
  const split = tokens.length === 1 || tokens.filter(Boolean).length === 1;
  return tokens.flatMap((n) => (split ? splitNames(n) : [n])).filter((n) => NAME.test(n));
}

/** Parse a line that opens with a dateline; null when it does not. */
export function parseDateline(line: string): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m) return parseCredited(line);
  const [whole, ju = '', agency = '', placeText, month, day, dian, paren] = m;
  // Without a date, `电` must stand apart (`据新华社电 …`, `本报讯（记者…）`): `合作社今年新建光伏电站` is prose.
  const after = line.charAt(`${ju}${agency}${placeText ?? ''}${dian}`.length);
  if (!day && after !== '' && !/[\s（(]/.test(after)) return null;
  const places = placeText ? placeText.split(/[/／、]/).filter(Boolean) : [];
  // `（记者…）`, or names alone as 新华网 prints them: `（王某李某）`.
  const byline =
    paren !== undefined && (/记者|通讯员|实习生/.test(paren) || ONLY_NAMES.test(paren));
  const reporters = byline ? parseNames(paren) : [];
  // A parenthesis that is not a byline belongs to the text, so it stays in `rest`.
  const consumed =
    paren && reporters.length === 0 ? whole.slice(0, whole.indexOf(paren) - 1) : whole;
  return {
    text: `${ju}${agency}${placeText ?? ''}${month ? `${toAscii(month)}月` : ''}${day ? `${toAscii(day)}日` : ''}${dian}`,
    agency,
    places,
    month: month ? toAscii(month) : null,
    day: day ? toAscii(day) : null,
    reporters,
    rest: line.slice(consumed.length).trim(),
  };
}

// `据新华社 国务院总理…`: a source credited before the text, without `电`, set off by a space.
const CREDITED = new RegExp(`^据(${AGENCY})[\\s\u3000]+`);
function parseCredited(line: string): Dateline | null {
  const m = CREDITED.exec(line);
  if (!m || m[0].length === line.length) return null;
  const agency = m[1]!;
  const text = `据${agency}`;
  return {
    text,
    agency,
    places: [],
    month: null,
    day: null,
    reporters: [],
    rest: line.slice(m[0].length),
  };
}

/** Parse a byline line such as `新华社记者` or `新华社记者 张三 李四`; null when the line is not one. */
export function parseByline(line: string): { agency: string; reporters: string[] } | null {
  const m =
    /^[□■●◎\s]*[（(]?(新华社|中新社|本报)?(?:特约记者|记者)[\s:：]*([\u4e00-\u9fa5·\s、，]*?)[）)]?$/.exec(
      line,
    );
  // Only names may follow: `记者从海南…获悉，今年` opens a paragraph, it is not a byline.
  const names = /^(?:[\u4e00-\u9fa5·]{1,5}(?:[\s、]+|$))*$/;
  if (!m || /摄$/.test(line) || !names.test(m[2] ?? '')) return null;
  // A bare `记者` names nobody and no agency: it is the first word of a sentence cut by a page break.
  if (!m[1] && !(m[2] ?? '').trim()) return null;
  return { agency: m[1] ?? '', reporters: parseNames(m[2] ?? '') };
}
