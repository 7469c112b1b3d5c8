/** Names printed without a separator (`王小明李某`): told apart by where a common surname begins. */

// The commonest Chinese surnames, which cover the great majority of bylines.
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
);
const COMPOUND =
  /^(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|夏侯|公孙|宇文|长孙|司徒|端木|轩辕|呼延|澹台|万俟)/;

const startsName = (s: string) => COMPOUND.test(s) || SURNAMES.has(s[0] ?? '');

/**
 * Split a run of 4 to 6 characters into two or three names of 2 to 3 characters when each part
 * starts with a common surname; anything else (a compound surname, an unusual name) stays whole.
 */
export function splitNames(run: string): string[] {
  if (run.length < 4 || run.length > 6 || (COMPOUND.test(run) && run.length <= 4)) return [run];
  const splits: number[][] =
    run.length === 4 ? [[2]] : run.length === 5 ? [[3], [2]] : [[3], [2, 4]];
  for (const cuts of splits) {
    const parts = [0, ...cuts].map((c, k, all) => run.slice(c, all[k + 1]));
    if (parts.every((p) => p.length >= 2 && startsName(p))) return parts;
  }
  return [run];
}
