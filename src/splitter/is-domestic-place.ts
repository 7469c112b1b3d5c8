// Provinces, regions and the larger cities of China (short forms as datelines print them).
// Used to tell a domestic dateline from a foreign one; not meant to be a full gazetteer.
const DOMESTIC = new Set(
  (
    '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 ' +
    '内蒙古 广西 西藏 宁夏 新疆 香港 澳门 台北 石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 海口 ' +
    '成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐 大连 青岛 宁波 厦门 深圳 苏州 无锡 温州 珠海 汕头 三亚 洛阳 开封 桂林 喀什 延安 ' +
    '烟台 唐山 保定 雄安 徐州 扬州 绍兴 泉州 佛山 东莞 中山 惠州 柳州 遵义 大理 丽江 敦煌 秦皇岛 张家口 承德 大同 包头 鄂尔多斯 齐齐哈尔 ' +
    '九江 景德镇 赣州 宜昌 襄阳 岳阳 株洲 湘潭 绵阳 宜宾 攀枝花 日喀则 酒泉 嘉峪关 格尔木 伊犁 阿勒泰 黄山 芜湖 淮南 潍坊 威海 临沂 曲阜 泰安'
  ).split(' '),
);

/** True when a dateline place is in China (a province, region or larger city). */
export function isDomesticPlace(place: string): boolean {
  if (DOMESTIC.has(place)) return true;
  // `重庆市`, `江苏省`, `广西壮族自治区`: strip the administrative suffix and look again.
  const short = place.replace(/(?:省|市|县|区|自治区|特别行政区|壮族|回族|维吾尔)+$/, '');
  return short !== place && DOMESTIC.has(short);
}

/** The domestic places mentioned in a text, in order of first mention. */
export function findDomesticPlaces(text: string): string[] {
  return [...DOMESTIC]
    .filter((p) => text.includes(p))
    .sort((a, b) => text.indexOf(a) - text.indexOf(b));
}
