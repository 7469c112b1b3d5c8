import type { Rng } from './create-rng.ts';

/**
 * The few word lists the corpus needs beyond the sample bulletins: dateline places, issuing bodies
 * and name parts. The domestic places are all ones the splitter knows as Chinese (is-domestic-place.ts);
 * the foreign ones are not, so a dateline from them makes a brief.
 */
export const WIRE_LEXICON = {
  domestic: [
    '北京',
    '北京',
    '北京',
    '上海',
    '重庆',
    '天津',
    '广州',
    '深圳',
    '南宁',
    '武汉',
    '成都',
    '西安',
    '杭州',
    '南京',
    '长沙',
    '昆明',
    '拉萨',
    '乌鲁木齐',
    '哈尔滨',
    '合肥',
    '郑州',
    '厦门',
    '福州',
    '兰州',
    '海口',
    '贵阳',
    '太原',
    '济南',
    '沈阳',
    '呼和浩特',
  ],
  foreign: [
    '洛杉矶',
    '巴黎',
    '耶路撒冷',
    '德黑兰',
    '华盛顿',
    '纽约',
    '伦敦',
    '柏林',
    '莫斯科',
    '东京',
    '首尔',
    '开罗',
    '日内瓦',
    '布鲁塞尔',
    '阿斯塔纳',
    '比什凯克',
    '塔什干',
    '杜尚别',
    '新德里',
    '巴西利亚',
    '曼谷',
    '河内',
    '万象',
    '雅加达',
    '内罗毕',
    '联合国',
  ],
  /** Places printed together in one dateline, `据新华社耶路撒冷/德黑兰6月17日电`. */
  foreignPairs: [
    ['耶路撒冷', '德黑兰'],
    ['莫斯科', '基辅'],
    ['华盛顿', '纽约'],
    ['开罗', '加沙'],
    ['伦敦', '巴黎'],
  ],
  organs: [
    '国务院联防联控机制',
    '国家外汇局',
    '外交部',
    '商务部',
    '国家发展改革委',
    '财政部',
    '国务院办公厅',
    '中国人民银行',
    '国家卫生健康委',
    '交通运输部',
    '农业农村部',
    '生态环境部',
  ],
  countries: [
    '老挝',
    '越南',
    '东帝汶',
    '哈萨克斯坦',
    '吉尔吉斯斯坦',
    '乌兹别克斯坦',
    '塔吉克斯坦',
    '土库曼斯坦',
    '法国',
    '伊朗',
    '新加坡',
    '巴西',
    '埃及',
    '肯尼亚',
  ],
  surnames: [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢',
  ],
  givenChars: [
    ...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鹏辉晨宇欣航千雄山霁邦雷琳峰晓颖博文斌浩然思远海燕凯',
  ],
} as const;

/** A Chinese personal name of two or three characters. */
export function makeName(rng: Rng): string {
  const given = rng.chance(0.3) ? 1 : 2;
  let name = rng.pick(WIRE_LEXICON.surnames);
  for (let i = 0; i < given; i++) name += rng.pick(WIRE_LEXICON.givenChars);
  return name;
}
