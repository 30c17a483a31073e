import type { PartKindName } from '../data/exchange-parts';
import type { ExchangeRecord } from '../data/exchange-record';

/** The part as its form edits it, with the version the form saves against. */
export function partFormValues(
  record: ExchangeRecord,
  kind: PartKindName,
  partId: string,
): (Record<string, unknown> & { version: number; citations: { id: string; number: number; locator: string | null }[] }) | undefined {
  switch (kind) {
    case 'participant': {
      const participant = record.participants.find((p) => p.id === partId);
      const post = participant?.titleRecorded ? participant.title : null;
      return participant && { ...participant, postTitleZh: post?.titleZh, postTitleEn: post?.titleEn };
    }
    case 'event': {
      const event = record.events.find((p) => p.id === partId);
      const sites = event?.sitesVisited ?? [];
      // Row by row: an organization's id, or the name of a place not on record.
      return event && {
        ...event,
        siteIds: sites.map((site) => site.id ?? ''),
        siteNamesZh: sites.map((site) => (site.id ? '' : (site.nameZh ?? ''))),
        siteNamesEn: sites.map((site) => (site.id ? '' : (site.nameEn ?? ''))),
      };
    }
    case 'topic':
      return record.topics.find((p) => p.id === partId);
    case 'question':
      return [...record.topics.flatMap((t) => t.questions), ...record.questionsWithoutTopic].find((p) => p.id === partId);
    case 'statement':
      return record.statements.find((p) => p.id === partId);
    case 'practice':
      return record.practices.find((p) => p.id === partId);
    case 'attachment':
      return record.attachments.find((p) => p.id === partId);
    case 'link':
      return record.links.find((p) => p.id === partId);
    case 'cooperationItem': {
      const item = record.cooperationItems.find((p) => p.id === partId);
      const citiesIn = (role: string) => item?.parties.filter((p) => p.role === role && p.cityId).map((p) => p.cityId as string) ?? [];
      return item && { ...item, responsibleCityIds: citiesIn('RESPONSIBLE'), partnerCityIds: citiesIn('PARTNER') };
    }
  }
}
