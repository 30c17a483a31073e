import { describe, expect, it } from 'vitest';
import { claimState } from './claims';

describe('claimState', () => {
  it('is disputed while sources disagree and nobody has settled it', () => {
    expect(
      claimState([
        { value: '2023-05-05', accepted: false },
        { value: '2023-05-15', accepted: false },
        { value: '2023-05-15', accepted: false },
      ]),
    ).toBe('disputed');
  });

  it('is settled once a claim is accepted, even if others disagree', () => {
    expect(
      claimState([
        { value: '2023-05-05', accepted: false },
        { value: '2023-05-15', accepted: true },
      ]),
    ).toBe('settled');
  });

  it('is agreed when every source gives the same value', () => {
    expect(claimState([{ value: 'x', accepted: false }, { value: 'x', accepted: false }])).toBe('agreed');
    expect(claimState([])).toBe('agreed');
  });
});
