import { describe, expect, it } from 'vitest';
import { historyVocabulary } from './history-vocabulary';

describe('the words of a history', () => {
  it('names fields as their forms do, in the reader’s language', () => {
    expect(historyVocabulary('en').field('Exchange', 'visitingOrganizationId')).toBe('Sent by (organization)');
    expect(historyVocabulary('zh').field('Exchange', 'visitingOrganizationId')).toBe('派出单位');
    expect(historyVocabulary('en').field('Event', 'siteIds')).toBe('Sites visited, in the order visited');
    // A field no form shows keeps its name rather than disappearing.
    expect(historyVocabulary('en').field('Exchange', 'somethingNew')).toBe('somethingNew');
  });

  it('reads a choice as the form offers it, by the kind of record where the same field means different things', () => {
    const en = historyVocabulary('en');
    expect(en.choice('Event', 'kind', 'SITE_VISIT')).toBe('Site visit');
    expect(en.choice('Exchange', 'kind', 'VIRTUAL_MEETING')).toBe('Virtual meeting');
    expect(en.choice('Participant', 'side', 'HOST')).toBe('Host side');
    expect(en.choice('Exchange', 'titleEn', 'HOST')).toBeNull();
  });
});
