import { pinyin } from 'pinyin-pro';
import { simplified } from '../i18n/chinese-script';

/*
 * A name is looked up however it is typed: in traditional or simplified characters (張壯 / 张壮), or
 * in the Latin alphabet as its pinyin or its English form (赵庆文 / Zhao Qingwen / zhaoqingwen). Each
 * name is kept with keys that make these the same text, and a typed query is turned into the same keys.
 */

export interface NameKeys {
  /** The Chinese name in simplified characters, without spaces or dots. */
  keyZh: string | null;
  /** The Chinese name's pinyin, without tones or spaces: "zhaoqingwen". */
  keyPinyin: string | null;
  /** The English name in lower-case Latin letters only: "zhaoqingwen". */
  keyEn: string | null;
}

const han = /\p{Script=Han}/u;
const notHan = /[^\p{Script=Han}]/gu;

/** Latin letters only, lower-cased, accents dropped: "Lü Xiaoming" → "luxiaoming". */
const latinKey = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .slice(0, 600) || null;

/** Han characters only, simplified. */
const hanKey = (text: string) => simplified(text).replace(notHan, '').slice(0, 120) || null;

/** Pinyin of the Han characters, without tones or spaces ("ü" as "u", as English spellings write it). */
const pinyinKey = (text: string) => latinKey(pinyin(text, { toneType: 'none', separator: '', nonZh: 'removed', v: false }));

export function nameKeys(nameZh: string | null, nameEn: string | null): NameKeys {
  const keyZh = nameZh ? hanKey(nameZh) : null;
  return { keyZh, keyPinyin: keyZh ? pinyinKey(keyZh) : null, keyEn: nameEn ? latinKey(nameEn) : null };
}

/**
 * What a typed query looks for: Chinese characters as a simplified key and as pinyin, Latin letters as
 * they are. Too short to tell people apart (one character, two letters) looks for nothing.
 */
export function queryKeys(text: string): { zh: string | null; latin: string | null } {
  if (han.test(text)) {
    const zh = hanKey(text);
    return zh && zh.length >= 2 ? { zh, latin: pinyinKey(zh) } : { zh: null, latin: null };
  }
  const latin = latinKey(text);
  return { zh: null, latin: latin && latin.length >= 3 ? latin : null };
}
