import { Converter } from 'opencc-js/t2cn';
import { languageTag } from './locales';

/*
 * Names are kept as their sources write them, and some write in traditional characters (a Hong Kong or
 * Taiwanese report, a person's own spelling). Marking such a text zh-Hant lets screen readers and
 * search engines read it as what it is, on pages whose language is simplified Chinese.
 */

/** OpenCC's traditional-to-simplified table, built on the first use (about 30 ms) and kept: it is the same for every request. */
let toSimplified: ((text: string) => string) | undefined;

/** The text in simplified characters: 張壯 → 张壮. */
export function simplified(text: string): string {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

/** Whether the text holds characters that simplified Chinese writes otherwise (臺, 黃, 螄). */
export const isTraditional = (text: string): boolean => simplified(text) !== text;

/** The language tag of a Chinese text as it is written: zh-Hant for traditional characters, else the site's Chinese. */
export const chineseTag = (text: string): string => (isTraditional(text) ? 'zh-Hant' : languageTag.zh);
