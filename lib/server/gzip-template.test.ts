import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressTemplate, filled, gzipFilled } from './gzip-template';

const gap = '\u0000GAP\u0000';
const templateOf = (text: string) => compressTemplate(text.split(gap).map((piece) => Buffer.from(piece)));

describe('a document compressed once with gaps', () => {
  it.each([
    ['gaps inside', `<html><script nonce="${gap}">1</script>${'交流 cooperation '.repeat(5000)}<script nonce="${gap}">2</script></html>`],
    ['a gap first and last', `${gap}middle${gap}`],
    ['gaps side by side', `a${gap}${gap}b`],
    ['no gap', '<html>页面</html>'],
    ['nothing but a gap', gap],
    ['nothing at all', ''],
  ])('goes out as valid gzip with the value in every gap: %s', async (_case, text) => {
    const template = await templateOf(text);
    const value = Buffer.from('Q2hlY2tlZCBieSBndW56aXA=');
    const expected = text.replaceAll(gap, value.toString());
    // gunzip checks the length and the checksum in the trailer, as browsers do.
    expect(gunzipSync(gzipFilled(template, value)).toString()).toBe(expected);
    expect(filled(template, value).toString()).toBe(expected);
  });

  it('is about as small as the page compressed whole', async () => {
    const text = `<html>${Array.from({ length: 20 }, (_, i) => `<script nonce="${gap}">self.__next_f.push([${i}])</script>${'<li>柳州 Liuzhou 淄博 Zibo</li>'.repeat(200)}`).join('')}</html>`;
    const sent = gzipFilled(await templateOf(text), Buffer.from('x'.repeat(24)));
    expect(sent.length).toBeLessThan(Buffer.byteLength(text) / 10);
  });
});
