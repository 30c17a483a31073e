import { describe, expect, it } from 'vitest';
import { diffWords } from './text-diff';

const shown = (before: string, after: string) =>
  diffWords(before, after)
    .map((part) => (part.kind === 'same' ? part.text : part.kind === 'removed' ? `[-${part.text}-]` : `{+${part.text}+}`))
    .join('');

describe('a word-level diff', () => {
  it('marks the words removed and added in English, keeping the rest', () => {
    expect(shown('Both sides agreed to develop tourism routes.', 'Both sides agreed to develop industrial heritage tourism routes together.')).toBe(
      'Both sides agreed to develop {+industrial heritage +}tourism routes{+ together+}.',
    );
  });

  it('compares Chinese character by character, which has no spaces between words', () => {
    expect(shown('双方同意共同开发旅游线路。', '双方同意共同开发工业遗产旅游线路。')).toBe('双方同意共同开发{+工业遗产+}旅游线路。');
  });

  it('handles a text replaced whole, an empty side and mixed scripts', () => {
    expect(shown('', '新')).toBe('{+新+}');
    expect(shown('旧', '')).toBe('[-旧-]');
    expect(shown('柳州 Liuzhou 2023', '柳州 Liuzhou 2024')).toBe('柳州 Liuzhou [-2023-]{+2024+}');
  });

  it('shows a long rewrite as removed and added whole rather than comparing it cell by cell', () => {
    const before = Array.from({ length: 1000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 1000 }, (_, i) => `b${i}`).join(' ');
    expect(diffWords(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
