import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

type City = { nameZh: string; nameEn: string };

/** Names the relationship a page of its (a file, a source) belongs to, above the page's heading. */
export function RelationshipContext({ relationship, locale }: { relationship: { city: City; partnerCity: City }; locale: Locale }) {
  const name = (city: City) => localize(locale, city.nameZh, city.nameEn);
  return <p className="text-sm text-stone-600">{getWorkspaceMessages(locale).relationships.between(name(relationship.city), name(relationship.partnerCity))}</p>;
}
