import { z } from 'zod';
import type { PopoloData } from '../data/open-data';
import type { DatePrecision } from '../generated/prisma/enums';
import { isoDate } from '../i18n/format';
import { type Locale, locales } from '../i18n/locales';

/*
 * The export shaped after Popolo (https://www.popoloproject.com/specs/) and Open Civic Data: persons,
 * organizations, memberships, events and the areas (cities) they belong to. Popolo has one `name` per
 * entity; the one in the language asked for comes first and the other is an `other_names` entry with
 * its `lang`, as EveryPolitician's Popolo files carry a second language. Events are the exchanges,
 * with their own events (a site visit, a symposium) as child events and the cities, people and
 * organizations who took part as participants, after the Open Civic Data event. Popolo has no class
 * for a standing tie between two areas; relationships between cities (sister cities, cooperation
 * agreements) are an extension of their own, `relationships`, shaped like its other classes.
 */

const popoloDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'A date as precisely as it is known: YYYY, YYYY-MM or YYYY-MM-DD' });

const OtherName = z.object({ name: z.string(), lang: z.enum(locales), note: z.literal('multilingual') });
const Identifier = z.object({ scheme: z.string(), identifier: z.string() });
const Link = z.object({ url: z.url(), note: z.string() });

const PopoloPerson = z
  .object({ id: z.uuid(), name: z.string(), other_names: z.array(OtherName), identifiers: z.array(Identifier) })
  .meta({ id: 'PopoloPerson', description: 'A person who appears in a published exchange' });

const PopoloOrganization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    other_names: z.array(OtherName),
    classification: z.string().meta({ description: 'government, party, public_institution, academic, enterprise, media, association or other' }),
    parent_id: z.uuid().nullable(),
    area_id: z.uuid().nullable().meta({ description: 'The city it belongs to, in `areas`' }),
    identifiers: z.array(Identifier),
  })
  .meta({ id: 'PopoloOrganization' });

const PopoloArea = z
  .object({
    id: z.uuid(),
    name: z.string(),
    other_names: z.array(OtherName),
    classification: z.literal('city'),
    identifiers: z.array(Identifier),
  })
  .meta({ id: 'PopoloArea' });

const PopoloMembership = z
  .object({
    id: z.uuid(),
    person_id: z.uuid(),
    organization_id: z.uuid().nullable(),
    label: z.string().meta({ description: 'The post, in the language asked for ("Mayor of Zibo")' }),
    start_date: popoloDate.nullable(),
    end_date: popoloDate.nullable(),
  })
  .meta({ id: 'PopoloMembership', description: 'A post a person holds in an organization' });

const Participant = z.object({
  entity_type: z.enum(['area', 'organization', 'person']).meta({ description: 'area: a city, in `areas`' }),
  entity_id: z.uuid().nullable(),
  entity_name: z.string(),
  note: z.string().meta({
    description: 'For a city or an organization, which side it was on (VISITING, HOST); for a person, their role (LEADER, HOST, …)',
  }),
});

const PopoloEvent = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    classification: z.string().meta({
      description:
        'For an exchange, its kind (delegation_visit, virtual_meeting, signing_ceremony, forum, other); for the events within it (those with a `parent_id`), theirs (site_visit, symposium, meeting, …)',
    }),
    start_date: popoloDate.nullable(),
    end_date: popoloDate.nullable(),
    location: z.string().nullable(),
    organization_id: z.uuid().nullable().meta({ description: 'The organization that sent the delegation' }),
    parent_id: z.uuid().nullable().meta({ description: 'The exchange an event was part of' }),
    participants: z.array(Participant),
    links: z.array(Link).meta({
      description: 'Its public page (`public page`), and the pages of exchanges it relates to, the note saying how: returns_visit, follows_up or same_series',
    }),
    sources: z.array(Link),
  })
  .meta({ id: 'PopoloEvent' });

const PopoloRelationship = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ description: 'The two cities, in the language asked for ("Zibo – Liuzhou")' }),
    classification: z.string().meta({ description: 'sister_city, friendship_exchange, cooperation_agreement or other' }),
    status: z.string().meta({ description: 'proposed, in_force, lapsed or ended' }),
    area_ids: z.array(z.uuid()).length(2).meta({ description: 'The two cities, in `areas`' }),
    description: z.string().nullable().meta({ description: 'What the agreement says' }),
    start_date: popoloDate.nullable().meta({ description: 'When it was established, as precisely as known' }),
    end_date: popoloDate.nullable().meta({ description: 'When it lapsed or ended, as precisely as known' }),
    links: z.array(Link),
  })
  .meta({ id: 'PopoloRelationship', description: 'A relationship between two cities: an extension, since Popolo has no class for it' });

export const PopoloExport = z
  .object({
    persons: z.array(PopoloPerson),
    organizations: z.array(PopoloOrganization),
    memberships: z.array(PopoloMembership),
    areas: z.array(PopoloArea),
    events: z.array(PopoloEvent),
    relationships: z.array(PopoloRelationship).meta({ description: 'The published relationships of the city or the pair asked for (every one when none), whatever the other filters' }),
  })
  .meta({
    id: 'PopoloExport',
    description: 'People, organizations, posts, cities, exchanges and relationships between cities of a filtered view, after Popolo and Open Civic Data',
  });

type Names = { nameZh: string | null; nameEn: string | null };

/** The name in `lang` first, the other as an `other_names` entry; a name missing in `lang` falls back to the other. */
function named({ nameZh, nameEn }: Names, lang: Locale) {
  const byLanguage = { zh: nameZh, en: nameEn };
  const other: Locale = lang === 'zh' ? 'en' : 'zh';
  const name = byLanguage[lang] ?? byLanguage[other] ?? '';
  const otherName = byLanguage[lang] ? byLanguage[other] : null;
  return { name, other_names: otherName ? [{ name: otherName, lang: other, note: 'multilingual' as const }] : [] };
}

const identifiersOf = (identifiers: { scheme: string; value: string }[]) =>
  identifiers.map(({ scheme, value }) => ({ scheme, identifier: value }));

const dayOf = (date: Date | null) => (date ? isoDate(date) : null);

/** A date cut to what is known of it: an exchange known only to the month is "2023-05". */
function dateAsKnown(date: Date | null, precision: DatePrecision) {
  const day = dayOf(date);
  if (!day) return null;
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day;
}

export function presentPopolo(data: PopoloData, lang: Locale, origin: string): z.output<typeof PopoloExport> {
  const inLanguage = (zh: string | null, en: string | null) => (lang === 'zh' ? (zh ?? en) : (en ?? zh));
  const cities = new Map(data.cities.map((city) => [city.id, city]));
  const cityTakingPart = (cityId: string, side: 'VISITING' | 'HOST') => {
    const { nameZh, nameEn } = cities.get(cityId)!;
    return { entity_type: 'area' as const, entity_id: cityId, entity_name: inLanguage(nameZh, nameEn)!, note: side };
  };
  return {
    persons: data.persons.map((person) => ({ id: person.id, ...named(person, lang), identifiers: identifiersOf(person.identifiers) })),
    organizations: data.organizations.map((organization) => ({
      id: organization.id,
      ...named(organization, lang),
      classification: organization.kind.toLowerCase(),
      parent_id: organization.parentId,
      area_id: organization.cityId,
      identifiers: identifiersOf(organization.identifiers),
    })),
    memberships: data.posts.map((post) => ({
      id: post.id,
      person_id: post.personId,
      organization_id: post.organizationId,
      label: inLanguage(post.titleZh, post.titleEn)!,
      start_date: dayOf(post.startDate),
      end_date: dayOf(post.endDate),
    })),
    areas: data.cities.map((city) => ({
      id: city.id,
      ...named(city, lang),
      classification: 'city' as const,
      identifiers: identifiersOf(city.identifiers),
    })),
    events: data.exchanges.flatMap((exchange) => {
      const participants = [
        // Every city that took part: the visitors in the record's order, the one that led first, then the host.
        ...[exchange.visitingCityId, ...exchange.otherVisitingCityIds].map((cityId) => cityTakingPart(cityId, 'VISITING')),
        cityTakingPart(exchange.hostCityId, 'HOST'),
        ...[exchange.visitingOrganization && { organization: exchange.visitingOrganization, side: 'VISITING' }, exchange.hostOrganization && { organization: exchange.hostOrganization, side: 'HOST' }]
          .filter((taking) => taking !== null)
          .map(({ organization, side }) => ({
            entity_type: 'organization' as const,
            entity_id: organization.id ?? null,
            entity_name: inLanguage(organization.nameZh, organization.nameEn)!,
            note: side,
          })),
        ...exchange.participants.map((participant) => ({
          entity_type: 'person' as const,
          entity_id: participant.personId,
          entity_name: inLanguage(participant.nameZh, participant.nameEn) ?? '',
          note: participant.role,
        })),
      ];
      const page = `${origin}/${lang}/exchanges/${exchange.slug}`;
      const visit = {
        id: exchange.exchangeId,
        name: inLanguage(exchange.titleZh, exchange.titleEn)!,
        description: inLanguage(exchange.summaryZh, exchange.summaryEn),
        classification: exchange.kind.toLowerCase(),
        start_date: dateAsKnown(exchange.startDate, exchange.datePrecision),
        end_date: dateAsKnown(exchange.endDate, exchange.datePrecision),
        location: inLanguage(exchange.hostCity.nameZh, exchange.hostCity.nameEn),
        organization_id: exchange.visitingOrganization?.id ?? null,
        parent_id: null,
        participants,
        links: [
          { url: page, note: 'public page' },
          // Popolo has no field for how one event relates to another; a link says it in its note.
          ...exchange.links.map((link) => ({ url: `${origin}/${lang}/exchanges/${link.slug}`, note: link.kind.toLowerCase() })),
        ],
        sources: exchange.sources.flatMap((source) =>
          source.url ? [{ url: source.url, note: inLanguage(source.publicationZh, source.publicationEn)! }] : [],
        ),
      };
      const parts = exchange.events.map((event) => ({
        id: event.id,
        name: inLanguage(event.titleZh, event.titleEn)!,
        description: inLanguage(event.descriptionZh, event.descriptionEn),
        classification: event.kind.toLowerCase(),
        start_date: dayOf(event.date),
        end_date: null,
        location: inLanguage(event.locationZh, event.locationEn),
        organization_id: null,
        parent_id: exchange.exchangeId,
        participants: event.sitesVisited.map((site) => ({
          entity_type: 'organization' as const,
          entity_id: site.id,
          entity_name: inLanguage(site.nameZh, site.nameEn)!,
          note: 'SITE_VISITED',
        })),
        links: [{ url: page, note: 'public page' }],
        sources: [],
      }));
      return [visit, ...parts];
    }),
    relationships: data.relationships.map((relationship) => ({
      id: relationship.relationshipId,
      name: `${inLanguage(relationship.city.nameZh, relationship.city.nameEn)} – ${inLanguage(relationship.partnerCity.nameZh, relationship.partnerCity.nameEn)}`,
      classification: relationship.kind.toLowerCase(),
      status: relationship.status.toLowerCase(),
      area_ids: [relationship.cityId, relationship.partnerCityId],
      description: inLanguage(relationship.summaryZh, relationship.summaryEn),
      start_date: dateAsKnown(relationship.establishedOn, relationship.establishedPrecision),
      end_date: dateAsKnown(relationship.endedOn, relationship.endedPrecision),
      links: [{ url: `${origin}/${lang}/cities/${relationship.city.slug}/${relationship.partnerCity.slug}`, note: 'public page' }],
    })),
  };
}
