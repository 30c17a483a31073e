import type { Random } from '../random';
import { WeightedChoice } from '../random';

/*
 * Chinese personal names with their pinyin ("赵庆文", "Zhao Qingwen"): common surnames, weighted
 * roughly as they occur, and characters common in given names.
 */

const surnames: readonly (readonly [zh: string, pinyin: string, weight: number])[] = [
  ['王', 'Wang', 72], ['李', 'Li', 71], ['张', 'Zhang', 66], ['刘', 'Liu', 54], ['陈', 'Chen', 45], ['杨', 'Yang', 31],
  ['黄', 'Huang', 24], ['赵', 'Zhao', 20], ['吴', 'Wu', 20], ['周', 'Zhou', 19], ['徐', 'Xu', 14], ['孙', 'Sun', 14],
  ['马', 'Ma', 12], ['朱', 'Zhu', 12], ['胡', 'Hu', 11], ['郭', 'Guo', 11], ['何', 'He', 10], ['林', 'Lin', 10],
  ['高', 'Gao', 10], ['罗', 'Luo', 10], ['郑', 'Zheng', 9], ['梁', 'Liang', 9], ['谢', 'Xie', 7], ['宋', 'Song', 7],
  ['唐', 'Tang', 7], ['许', 'Xu', 6], ['韩', 'Han', 6], ['邓', 'Deng', 6], ['冯', 'Feng', 6], ['曹', 'Cao', 6],
  ['彭', 'Peng', 6], ['曾', 'Zeng', 5], ['肖', 'Xiao', 5], ['田', 'Tian', 5], ['董', 'Dong', 5], ['潘', 'Pan', 5],
  ['袁', 'Yuan', 5], ['蔡', 'Cai', 5], ['蒋', 'Jiang', 5], ['余', 'Yu', 5], ['于', 'Yu', 5], ['杜', 'Du', 5],
  ['叶', 'Ye', 5], ['程', 'Cheng', 5], ['魏', 'Wei', 4], ['苏', 'Su', 4], ['吕', 'Lü', 4], ['丁', 'Ding', 4],
  ['任', 'Ren', 4], ['卢', 'Lu', 4], ['姚', 'Yao', 4], ['沈', 'Shen', 4], ['钟', 'Zhong', 4], ['姜', 'Jiang', 4],
  ['崔', 'Cui', 4], ['谭', 'Tan', 4], ['陆', 'Lu', 3], ['范', 'Fan', 3], ['汪', 'Wang', 3], ['廖', 'Liao', 3],
  ['石', 'Shi', 3], ['金', 'Jin', 3], ['韦', 'Wei', 3], ['贾', 'Jia', 3], ['夏', 'Xia', 3], ['付', 'Fu', 3],
  ['方', 'Fang', 3], ['邹', 'Zou', 3], ['熊', 'Xiong', 3], ['白', 'Bai', 3], ['孟', 'Meng', 3], ['秦', 'Qin', 3],
  ['邱', 'Qiu', 3], ['侯', 'Hou', 3], ['江', 'Jiang', 3], ['尹', 'Yin', 3], ['薛', 'Xue', 2], ['闫', 'Yan', 2],
  ['段', 'Duan', 2], ['雷', 'Lei', 2], ['黎', 'Li', 2], ['史', 'Shi', 2], ['龙', 'Long', 2], ['陶', 'Tao', 2],
  ['贺', 'He', 2], ['顾', 'Gu', 2], ['毛', 'Mao', 2], ['郝', 'Hao', 2], ['龚', 'Gong', 2], ['邵', 'Shao', 2],
  ['万', 'Wan', 2], ['覃', 'Qin', 2], ['武', 'Wu', 2], ['钱', 'Qian', 2], ['戴', 'Dai', 2], ['严', 'Yan', 2],
  ['欧阳', 'Ouyang', 1], ['司马', 'Sima', 0.3], ['诸葛', 'Zhuge', 0.2],
];

const givenCharacters: readonly (readonly [zh: string, pinyin: string])[] = [
  ['伟', 'wei'], ['刚', 'gang'], ['勇', 'yong'], ['毅', 'yi'], ['俊', 'jun'], ['峰', 'feng'], ['强', 'qiang'], ['军', 'jun'],
  ['平', 'ping'], ['保', 'bao'], ['东', 'dong'], ['文', 'wen'], ['辉', 'hui'], ['力', 'li'], ['明', 'ming'], ['永', 'yong'],
  ['健', 'jian'], ['世', 'shi'], ['广', 'guang'], ['志', 'zhi'], ['义', 'yi'], ['兴', 'xing'], ['良', 'liang'], ['海', 'hai'],
  ['山', 'shan'], ['仁', 'ren'], ['波', 'bo'], ['宁', 'ning'], ['贵', 'gui'], ['福', 'fu'], ['生', 'sheng'], ['龙', 'long'],
  ['元', 'yuan'], ['全', 'quan'], ['国', 'guo'], ['胜', 'sheng'], ['学', 'xue'], ['祥', 'xiang'], ['才', 'cai'], ['发', 'fa'],
  ['武', 'wu'], ['新', 'xin'], ['利', 'li'], ['清', 'qing'], ['飞', 'fei'], ['彬', 'bin'], ['富', 'fu'], ['顺', 'shun'],
  ['信', 'xin'], ['子', 'zi'], ['杰', 'jie'], ['涛', 'tao'], ['昌', 'chang'], ['成', 'cheng'], ['康', 'kang'], ['星', 'xing'],
  ['光', 'guang'], ['天', 'tian'], ['达', 'da'], ['安', 'an'], ['岩', 'yan'], ['中', 'zhong'], ['茂', 'mao'], ['进', 'jin'],
  ['林', 'lin'], ['有', 'you'], ['坚', 'jian'], ['和', 'he'], ['彪', 'biao'], ['博', 'bo'], ['诚', 'cheng'], ['先', 'xian'],
  ['敬', 'jing'], ['震', 'zhen'], ['振', 'zhen'], ['壮', 'zhuang'], ['会', 'hui'], ['思', 'si'], ['群', 'qun'], ['豪', 'hao'],
  ['心', 'xin'], ['邦', 'bang'], ['承', 'cheng'], ['乐', 'le'], ['绍', 'shao'], ['功', 'gong'], ['松', 'song'], ['善', 'shan'],
  ['厚', 'hou'], ['庆', 'qing'], ['磊', 'lei'], ['民', 'min'], ['友', 'you'], ['裕', 'yu'], ['河', 'he'], ['哲', 'zhe'],
  ['江', 'jiang'], ['超', 'chao'], ['浩', 'hao'], ['亮', 'liang'], ['政', 'zheng'], ['谦', 'qian'], ['亨', 'heng'], ['奇', 'qi'],
  ['固', 'gu'], ['之', 'zhi'], ['轮', 'lun'], ['翰', 'han'], ['朗', 'lang'], ['伯', 'bo'], ['宏', 'hong'], ['言', 'yan'],
  ['若', 'ruo'], ['鸣', 'ming'], ['朋', 'peng'], ['斌', 'bin'], ['梁', 'liang'], ['栋', 'dong'], ['维', 'wei'], ['启', 'qi'],
  ['克', 'ke'], ['伦', 'lun'], ['翔', 'xiang'], ['旭', 'xu'], ['鹏', 'peng'], ['泽', 'ze'], ['晨', 'chen'], ['辰', 'chen'],
  ['华', 'hua'], ['秀', 'xiu'], ['娟', 'juan'], ['英', 'ying'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'],
  ['玲', 'ling'], ['芳', 'fang'], ['燕', 'yan'], ['红', 'hong'], ['霞', 'xia'], ['萍', 'ping'], ['洁', 'jie'], ['梅', 'mei'],
  ['琳', 'lin'], ['素', 'su'], ['云', 'yun'], ['莲', 'lian'], ['真', 'zhen'], ['雪', 'xue'], ['荣', 'rong'], ['爱', 'ai'],
  ['妹', 'mei'], ['慧', 'hui'], ['巧', 'qiao'], ['美', 'mei'], ['淑', 'shu'], ['惠', 'hui'], ['珠', 'zhu'], ['翠', 'cui'],
  ['雅', 'ya'], ['芝', 'zhi'], ['玉', 'yu'], ['晶', 'jing'], ['颖', 'ying'], ['露', 'lu'], ['瑶', 'yao'], ['怡', 'yi'],
  ['婷', 'ting'], ['雁', 'yan'], ['蓓', 'bei'], ['纨', 'wan'], ['仪', 'yi'], ['荷', 'he'], ['丹', 'dan'], ['蓉', 'rong'],
  ['眉', 'mei'], ['君', 'jun'], ['琴', 'qin'], ['蕊', 'rui'], ['薇', 'wei'], ['菁', 'jing'], ['梦', 'meng'], ['岚', 'lan'],
];

const surnameChoice = new WeightedChoice(surnames, ([, , weight]) => weight);

export interface PersonName {
  zh: string;
  en: string;
}

/** A second syllable starting with a vowel is set off with an apostrophe, as in "Xi’an". */
function joinSyllables(syllables: readonly string[]): string {
  const joined = syllables.map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `’${syllable}` : syllable)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** A name of one surname and a given name of one character (a quarter of names) or two. */
export function randomPersonName(random: Random): PersonName {
  const [surnameZh, surnameEn] = surnameChoice.pick(random);
  const given = random.chance(0.25) ? [random.pick(givenCharacters)] : [random.pick(givenCharacters), random.pick(givenCharacters)];
  return {
    zh: surnameZh + given.map(([zh]) => zh).join(''),
    en: `${surnameEn} ${joinSyllables(given.map(([, pinyin]) => pinyin))}`,
  };
}
