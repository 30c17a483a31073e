import type { Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { getReferenceMessages } from '../i18n/reference-messages';
import { getWorkspaceMessages } from '../i18n/workspace-messages';

/*
 * The words a history reads in: each field named as its form names it, and each value of a choice as
 * the form offers it ("Site visit", not SITE_VISIT), in the reader's language.
 */

type Words = Readonly<Record<string, string>>;

/** The labels among a form's messages (its hints and other texts left out). */
const labelsIn = (messages: object): Words =>
  Object.fromEntries(Object.entries(messages).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !entry[0].endsWith('Hint')));

export interface HistoryVocabulary {
  field(entityType: string, field: string): string;
  /** The label of a choice's value, or null when the field is not a choice. */
  choice(entityType: string, field: string, value: string): string | null;
}

export function historyVocabulary(locale: Locale): HistoryVocabulary {
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const r = getReferenceMessages(locale);
  const partFields = { ...labelsIn(w.parts.fields), ...labelsIn(w.progress) };
  const fieldsOf: Record<string, Words> = {
    Exchange: { ...partFields, ...labelsIn(w.exchangeForm), publicationState: w.workspace.state },
    CityRelationship: { ...labelsIn(w.relationships.fields), publicationState: w.workspace.state },
    Source: labelsIn(w.sources.fields),
    Claim: labelsIn(w.claims.fields),
    City: labelsIn(r.cities.fields),
    Organization: labelsIn(r.organizations.fields),
    Person: labelsIn(r.people.fields),
    PersonRole: labelsIn(r.people.posts.fields),
  };
  const side = t.enums.side;
  const precision = w.precision;
  const choicesOf: Record<string, Words> = {
    side,
    speakerSide: side,
    askedBySide: side,
    askedBySideBasis: t.enums.basis,
    role: t.enums.participantRole,
    form: t.enums.statementForm,
    visibility: t.enums.visibility,
    publicationState: t.enums.publicationState,
    originalLanguage: t.enums.language,
    language: t.enums.language,
    translation: w.translationKinds,
    datePrecision: precision,
    establishedPrecision: precision,
    endedPrecision: precision,
  };
  const choicesOfEntity: Record<string, Words> = {
    'Exchange.kind': t.enums.exchangeKind,
    'Exchange.status': t.enums.exchangeStatus,
    'Event.kind': t.enums.eventKind,
    'Statement.kind': t.enums.statementKind,
    'CooperationItem.status': t.enums.cooperationStatus,
    'CooperationUpdate.status': t.enums.cooperationStatus,
    'CityRelationship.kind': t.enums.relationshipKind,
    'CityRelationship.status': t.enums.relationshipStatus,
    'ExchangeLink.kind': t.enums.exchangeLinkKind,
    'Source.kind': w.sources.kinds,
    'Organization.kind': r.organizations.kinds,
  };
  return {
    field: (entityType, field) => fieldsOf[entityType]?.[field] ?? partFields[field] ?? field,
    choice: (entityType, field, value) => (choicesOfEntity[`${entityType}.${field}`] ?? choicesOf[field])?.[value] ?? null,
  };
}
