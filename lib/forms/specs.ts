import {
  Basis,
  CityLevel,
  CooperationStatus,
  DatePrecision,
  EventKind,
  ExchangeKind,
  ExchangeLinkKind,
  ExchangeStatus,
  Language,
  OrganizationKind,
  ParticipantRole,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
  StatementForm,
  StatementKind,
  TranslationKind,
  UserRole,
  Visibility,
} from '../generated/prisma/enums';
import { claimableFields } from '../validation/schemas/sources';
import type { PartKindName } from '../data/exchange-parts';
import { getAdminMessages } from '../i18n/admin-messages';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { getMessages } from '../i18n/messages';
import { getReferenceMessages } from '../i18n/reference-messages';
import { getWorkspaceMessages } from '../i18n/workspace-messages';
import { passwordRules } from '../validation/schemas/account';

/*
 * Record forms are described here, on the server, as plain data (labels in the user's language,
 * choices, current values) and drawn by components/manage/record-form.tsx.
 */

export interface FieldSpec {
  name: string;
  label: string;
  /** `ordered`: choices in an order that matters, as numbered selects (the sites visited, first to last). */
  type: 'text' | 'email' | 'password' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'checkboxes' | 'ordered';
  required?: boolean;
  hint?: string;
  /** The browser's autofill hint: "new-password" keeps it from offering the admin's own password. */
  autoComplete?: string;
  /** The language typed into a bilingual field. */
  lang?: Locale;
  /** With `group`, neighbouring options of one group are shown under its heading (an organization's city). */
  options?: { value: string; label: string; group?: string }[];
  emptyOption?: string;
  value?: string | number | string[] | null;
  /** For `ordered`: what each slot may hold typed instead of a choice. */
  typed?: TypedInstead;
  /** For `select`: a box above it that narrows its options to those whose label holds what is typed. */
  searchLabel?: string;
  /** For `textarea`: the most characters it takes, from the form's schema, to show how much room is left. */
  maxLength?: number;
}

/** Text a numbered slot may hold instead of a choice (the name of a place not on record), one input per language. */
export interface TypedInstead {
  /** Above the choices, when there are typed inputs beside them. */
  choiceHeading: string;
  fields: readonly { name: string; label: string; lang: Locale; defaultValue: readonly string[] }[];
}

export interface Choices {
  cities: { id: string; nameZh: string; nameEn: string }[];
  people: { id: string; nameZh: string | null; nameEn: string | null }[];
  events: { id: string; titleZh: string; titleEn: string }[];
  topics: { id: string; titleZh: string; titleEn: string }[];
  statements: { id: string; textZh: string; textEn: string }[];
  /** Organizations of the exchange's cities, for the sites an event visited; null when the exchange visits no sites (a virtual meeting). */
  sites: { id: string; nameZh: string; nameEn: string; cityId: string | null }[] | null;
  /** Other exchanges of the same cities that this one may be linked to, already labelled. */
  linkTargets: { id: string; label: string }[];
  /** The exchange's progress reports, labelled by date and item, for a file that is evidence of one. */
  progressReports: { id: string; label: string }[];
  /** The days of a visit of several days known to the day ("2023-05-05"), for the day an event was held. */
  visitDays?: string[];
}

type Values = Record<string, unknown>;

/** How the other language of one of the record's texts was written, and by whom, as staff are shown it. */
export interface KeptTranslation {
  field: string;
  kind: 'HUMAN' | 'MACHINE';
  translatedAt: Date;
  translatedBy: { name: string | null; email: string } | null;
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value as string | null | undefined) ?? null);
/** A stored date as far as it is known ("2023-05" for a month), for a form to show; what was typed comes back as typed. */
const asKnown = (value: unknown, precision: unknown) => {
  const typed = iso(value);
  if (!typed || !(value instanceof Date)) return typed;
  return precision === 'YEAR' ? typed.slice(0, 4) : precision === 'MONTH' ? typed.slice(0, 7) : typed;
};
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function builder(locale: Locale, labels: Readonly<Record<string, unknown>>, values: Values, translations: readonly KeptTranslation[] = []) {
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const enumOptions = <K extends string>(names: Record<K, string>, keys: Record<string, K>) =>
    Object.values(keys).map((value) => ({ value: value as string, label: names[value as K] }));
  const field = (name: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => {
    const raw = values[name];
    const value = type === 'date' ? iso(raw) : type === 'checkbox' ? (raw ? 'on' : null) : Array.isArray(raw) ? raw : ((raw as string | number | null | undefined) ?? null);
    const label = labels[name];
    return { name, type, label: typeof label === 'string' ? label : name, value, ...extra };
  };
  /**
   * A text in both languages: both required, neither, or (`inOriginal`) the record's original language
   * only. The translation says how, by whom and when it was written, when that is kept.
   */
  const pair = (base: string, type: 'text' | 'textarea', required: boolean | 'inOriginal' = false) => {
    const rule = required === 'inOriginal' ? { hint: w.parts.inOriginalHint } : { required };
    const kept = translations.find((text) => text.field === base);
    const translatedIn = values.originalLanguage === 'zh' ? 'en' : values.originalLanguage === 'en' ? 'zh' : null;
    const told = kept && w.thisTranslation(w.translationKinds[kept.kind], kept.translatedBy?.name ?? kept.translatedBy?.email ?? w.history.commandLine, formatDate(kept.translatedAt, locale));
    const hintFor = (language: Locale) => [rule.hint, language === translatedIn ? told : undefined].filter(Boolean).join(' ') || undefined;
    return (['zh', 'en'] as const).map((language) => field(`${base}${language === 'zh' ? 'Zh' : 'En'}`, type, { lang: language, ...rule, hint: hintFor(language) }));
  };
  const choice = (name: string, options: FieldSpec['options'], optional = false) =>
    field(name, 'select', { options, required: !optional, ...(optional ? { emptyOption: w.parts.notKnown } : {}) });
  const provenance = [
    choice('originalLanguage', enumOptions(t.enums.language, Language)),
    choice('translation', enumOptions(w.translationKinds, TranslationKind)),
  ];
  const named = (rows: { id: string; [key: string]: unknown }[], zh: string, en: string) =>
    rows.map((row) => ({ value: row.id, label: shorten(localize(locale, row[zh] as string | null, row[en] as string | null) ?? row.id) }));
  const optionalRef = (name: string, options: FieldSpec['options'], hint?: string) =>
    field(name, 'select', { options, emptyOption: w.parts.noneChosen, hint });
  return { t, w, enumOptions, field, pair, choice, provenance, named, optionalRef };
}

/** What is said of a document or photo, wherever it belongs: an exchange's (with more) or a relationship's. */
export function fileSpec(locale: Locale, values: Values = {}): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const { t, enumOptions, field, pair, choice } = builder(locale, w.parts.fields, values);
  return [
    ...pair('caption', 'text'),
    field('altZh', 'textarea', { lang: 'zh', hint: w.parts.fields.altHint }),
    field('altEn', 'textarea', { lang: 'en' }),
    field('credit', 'text', { required: true, hint: w.parts.fields.creditHint }),
    field('licence', 'text', { required: true, hint: w.parts.fields.licenceHint }),
    choice('visibility', enumOptions(t.enums.visibility, Visibility)),
  ];
}

/** The exchange's form; with the two cities' organizations once the cities are known (editing, not creating). */
export function exchangeSpec(
  locale: Locale,
  choices: Pick<Choices, 'cities'> & Partial<Pick<Choices, 'sites'>>,
  values: Values = {},
  translations: readonly KeptTranslation[] = [],
): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const { t, enumOptions, field, pair, choice, provenance, named, optionalRef } = builder(locale, w.exchangeForm, values, translations);
  const cities = named(choices.cities, 'nameZh', 'nameEn');
  const organizationsOf = (cityId: unknown) => named(choices.sites?.filter((site) => site.cityId === null || site.cityId === cityId) ?? [], 'nameZh', 'nameEn');
  const organizations = choices.sites
    ? [optionalRef('visitingOrganizationId', organizationsOf(values.visitingCityId)), optionalRef('hostOrganizationId', organizationsOf(values.hostCityId))]
    : [];
  return [
    choice('kind', enumOptions(t.enums.exchangeKind, ExchangeKind)),
    ...pair('title', 'text', 'inOriginal'),
    choice('visitingCityId', cities),
    field('otherVisitingCityIds', 'ordered', { options: cities, emptyOption: w.parts.noneChosen, hint: w.exchangeForm.otherVisitingCityIdsHint }),
    // Nothing chosen at first: the first city on the list is the viewer's own, most often the visiting one.
    field('hostCityId', 'select', { options: cities, required: true, emptyOption: w.exchangeForm.chooseHost }),
    ...organizations,
    choice('datePrecision', enumOptions(w.precision, DatePrecision)),
    // Text rather than a date picker, which cannot take a month or a year alone.
    { ...field('startDate', 'text', { required: true, hint: w.exchangeForm.startDateHint }), value: asKnown(values.startDate, values.datePrecision) },
    { ...field('endDate', 'text', { hint: w.exchangeForm.endDateHint }), value: asKnown(values.endDate, values.datePrecision) },
    choice('status', enumOptions(t.enums.exchangeStatus, ExchangeStatus)),
    // A virtual meeting has no delegation; the fields stay while they hold something to correct.
    ...(values.kind === 'VIRTUAL_MEETING' && !values.delegationNameZh && !values.delegationNameEn && !values.delegationSize
      ? []
      : [...pair('delegationName', 'text'), field('delegationSize', 'number', { hint: w.exchangeForm.delegationSizeHint })]),
    ...pair('location', 'text'),
    ...pair('purpose', 'textarea'),
    ...pair('summary', 'textarea'),
    ...provenance,
  ];
}

/** A relationship's form: its two cities, kind and status, its dates as precisely as known, and where it was signed. */
export function relationshipSpec(
  locale: Locale,
  choices: Pick<Choices, 'cities' | 'linkTargets'>,
  values: Values = {},
  translations: readonly KeptTranslation[] = [],
): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const labels = w.relationships.fields;
  const { t, enumOptions, field, pair, choice, provenance, named, optionalRef } = builder(locale, labels, values, translations);
  const cities = named(choices.cities, 'nameZh', 'nameEn');
  // Text rather than a date picker, which cannot take a month or a year alone.
  const dated = (name: 'established' | 'ended', hint: string) => [
    { ...field(`${name}On`, 'text', { hint }), value: asKnown(values[`${name}On`], values[`${name}Precision`]) },
    choice(`${name}Precision`, enumOptions(w.precision, DatePrecision)),
  ];
  return [
    choice('cityId', cities),
    // Nothing chosen at first: the first city on the list would be the city itself.
    field('partnerCityId', 'select', { options: cities, required: true, emptyOption: w.relationships.choosePartner }),
    choice('kind', enumOptions(t.enums.relationshipKind, RelationshipKind)),
    choice('status', enumOptions(t.enums.relationshipStatus, RelationshipStatus)),
    ...dated('established', labels.establishedOnHint),
    ...dated('ended', labels.endedOnHint),
    ...pair('summary', 'textarea'),
    optionalRef('signingExchangeId', choices.linkTargets.map(({ id, label }) => ({ value: id, label })), labels.signingExchangeIdHint),
    ...provenance,
  ];
}

export function partSpec(kind: PartKindName | 'progress', locale: Locale, choices: Choices, values: Values = {}, translations: readonly KeptTranslation[] = []): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const labels = { ...w.parts.fields, ...w.progress };
  const { t, enumOptions, field, pair, choice, provenance, named, optionalRef } = builder(locale, labels, values, translations);
  const sides = enumOptions(t.enums.side, Side);
  const cityOf = (cityId: string | null) => {
    const city = choices.cities.find((c) => c.id === cityId);
    return city ? localize(locale, city.nameZh, city.nameEn) : w.parts.noCity;
  };
  /** Numbered rows, each an organization on record (under its city, the host's first) or the name of a place not on record. */
  const sitesVisited = (sites: NonNullable<Choices['sites']>) =>
    field('siteIds', 'ordered', {
      options: named(sites, 'nameZh', 'nameEn').map((option, index) => ({ ...option, group: cityOf(sites[index]!.cityId) })),
      emptyOption: w.parts.noneChosen,
      hint: w.parts.fields.siteIdsHint,
      typed: {
        choiceHeading: w.parts.fields.siteOnRecord,
        fields: (['zh', 'en'] as const).map((language) => {
          const name = language === 'zh' ? 'siteNamesZh' : 'siteNamesEn';
          return { name, label: w.parts.fields[name], lang: language, defaultValue: (values[name] as string[] | undefined) ?? [] };
        }),
      },
    });
  switch (kind) {
    case 'participant':
      return [
        field('personId', 'select', { options: named(choices.people, 'nameZh', 'nameEn'), emptyOption: w.parts.notOnRecord }),
        ...pair('newPersonName', 'text'),
        field('newPersonConfirmed', 'checkbox', { hint: w.parts.fields.newPersonConfirmedHint }),
        choice('side', sides),
        choice('role', enumOptions(t.enums.participantRole, ParticipantRole)),
        field('postTitleZh', 'text', { lang: 'zh', hint: w.parts.fields.postTitleHint }),
        field('postTitleEn', 'text', { lang: 'en' }),
      ];
    case 'event':
      return [
        choice('kind', enumOptions(t.enums.eventKind, EventKind)),
        ...pair('title', 'text', 'inOriginal'),
        // On a visit of several days, the day is one of them, or not known: "during the visit".
        choices.visitDays
          ? field('date', 'select', {
              options: [...new Set([...choices.visitDays, ...(iso(values.date) ? [iso(values.date)!] : [])])].sort().map((day) => ({ value: day, label: formatDate(new Date(`${day}T00:00:00Z`), locale) })),
              emptyOption: w.parts.fields.duringTheVisit,
            })
          : field('date', 'date', { hint: w.parts.fields.dateHint }),
        ...pair('location', 'text'),
        ...(choices.sites ? [sitesVisited(choices.sites)] : []),
        ...pair('description', 'textarea'),
        ...provenance,
      ];
    case 'topic':
      return [...pair('title', 'text', 'inOriginal'), optionalRef('eventId', named(choices.events, 'titleZh', 'titleEn')), ...pair('description', 'textarea'), ...provenance];
    case 'question':
      return [
        ...pair('text', 'textarea', 'inOriginal'),
        optionalRef('topicId', named(choices.topics, 'titleZh', 'titleEn')),
        optionalRef('askedById', named(choices.people, 'nameZh', 'nameEn')),
        choice('askedBySide', sides, true),
        choice('askedBySideBasis', enumOptions(t.enums.basis, Basis)),
        ...provenance,
      ];
    case 'statement':
      return [
        choice('kind', enumOptions(t.enums.statementKind, StatementKind)),
        choice('form', enumOptions(t.enums.statementForm, StatementForm)),
        ...pair('text', 'textarea', 'inOriginal'),
        optionalRef('speakerId', named(choices.people, 'nameZh', 'nameEn')),
        choice('speakerSide', sides, true),
        optionalRef('eventId', named(choices.events, 'titleZh', 'titleEn')),
        ...provenance,
      ];
    case 'practice':
      return [choice('cityId', named(choices.cities, 'nameZh', 'nameEn')), ...pair('title', 'text', 'inOriginal'), ...pair('description', 'textarea'), ...provenance];
    case 'cooperationItem':
      return [
        ...pair('title', 'text', 'inOriginal'),
        choice('status', enumOptions(t.enums.cooperationStatus, CooperationStatus)),
        field('dueDate', 'date'),
        field('responsibleCityIds', 'checkboxes', { options: named(choices.cities, 'nameZh', 'nameEn') }),
        field('partnerCityIds', 'checkboxes', { options: named(choices.cities, 'nameZh', 'nameEn') }),
        optionalRef('originStatementId', named(choices.statements, 'textZh', 'textEn')),
        optionalRef('originTopicId', named(choices.topics, 'titleZh', 'titleEn')),
        optionalRef('proposedById', named(choices.people, 'nameZh', 'nameEn')),
        choice('proposedBySide', sides, true),
        ...pair('description', 'textarea'),
        ...provenance,
      ];
    case 'link':
      return [
        choice('kind', enumOptions(t.enums.exchangeLinkKind, ExchangeLinkKind)),
        field('targetId', 'select', { options: choices.linkTargets.map(({ id, label }) => ({ value: id, label })), required: true, hint: w.parts.fields.targetIdHint }),
      ];
    case 'attachment':
      return [
        ...fileSpec(locale, values),
        optionalRef('eventId', named(choices.events, 'titleZh', 'titleEn')),
        optionalRef('cooperationUpdateId', choices.progressReports.map(({ id, label }) => ({ value: id, label })), w.parts.fields.cooperationUpdateIdHint),
      ];
    case 'progress':
      return [
        field('occurredOn', 'date', { required: true }),
        choice('status', enumOptions(t.enums.cooperationStatus, CooperationStatus)),
        field('progress', 'number'),
        ...pair('note', 'textarea'),
        field('evidenceUrl', 'text', { hint: w.progress.evidenceHint }),
        ...provenance,
      ];
  }
}

/** A source on record, as a choice: "工人日报 · 2023-05-16". */
export interface SourceChoice {
  id: string;
  publicationZh: string;
  publicationEn: string;
  titleZh: string | null;
  titleEn: string | null;
  publishedOn: Date | null;
}

/**
 * The sources to choose from: those the record already cites first (a new citation or claim usually
 * comes from one of them), then the others on record, each group under its heading.
 */
function sourceOptions(locale: Locale, sources: readonly SourceChoice[], cited: ReadonlySet<string>) {
  const w = getWorkspaceMessages(locale);
  const option = (s: SourceChoice, group: string) => ({
    value: s.id,
    label: shorten([localize(locale, s.publicationZh, s.publicationEn), localize(locale, s.titleZh, s.titleEn), s.publishedOn && iso(s.publishedOn)].filter(Boolean).join(' · ')),
    group,
  });
  return [
    ...sources.filter((s) => cited.has(s.id)).map((s) => option(s, w.sources.citedHere)),
    ...sources.filter((s) => !cited.has(s.id)).map((s) => option(s, w.sources.otherSources)),
  ];
}

/** The source of a citation or a claim: nothing chosen at first, so that none is cited by mistake. */
const sourceField = (locale: Locale, field: ReturnType<typeof builder>['field'], sources: readonly SourceChoice[], cited: ReadonlySet<string>) =>
  field('sourceId', 'select', {
    options: sourceOptions(locale, sources, cited),
    required: true,
    emptyOption: getWorkspaceMessages(locale).sources.chooseSource,
    searchLabel: getWorkspaceMessages(locale).sources.findSource,
  });

export function sourceSpec(locale: Locale, values: Values = {}): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const { t, enumOptions, field, pair, choice } = builder(locale, w.sources.fields, values);
  return [
    choice('kind', enumOptions(w.sources.kinds, SourceKind)),
    ...pair('publication', 'text', true),
    ...pair('title', 'text'),
    field('publishedOn', 'date'),
    choice('language', enumOptions(t.enums.language, Language)),
    field('url', 'text'),
    field('urlIsReprint', 'checkbox'),
    ...pair('note', 'textarea'),
  ];
}

/** A citation's form; `cited` names the sources the record cites already. */
export function citationSpec(locale: Locale, sources: readonly SourceChoice[], cited: ReadonlySet<string>): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const { field } = builder(locale, w.sources.fields, {});
  return [sourceField(locale, field, sources, cited), field('locator', 'text', { hint: w.sources.fields.locatorHint })];
}

/**
 * A claim's form: by default on a fact of an exchange; `facts` names the facts of another record (a
 * relationship's dates), with the hint that says how to give their values. `cited` names the sources
 * the record cites already.
 */
export function claimSpec(
  locale: Locale,
  sources: readonly SourceChoice[],
  cited: ReadonlySet<string>,
  values: Values = {},
  facts?: { options: { value: string; label: string }[]; valueHint: string },
): FieldSpec[] {
  const w = getWorkspaceMessages(locale);
  const { t, enumOptions, field, pair, choice } = builder(locale, w.claims.fields, values);
  return [
    choice('field', facts?.options ?? claimableFields.map((name) => ({ value: name, label: t.exchange.factNames[name] }))),
    field('value', 'text', { required: true, hint: facts?.valueHint ?? w.claims.fields.valueHint }),
    sourceField(locale, field, sources, cited),
    field('quotation', 'text', { hint: w.claims.fields.quotationHint }),
    choice('basis', enumOptions(t.enums.basis, Basis)),
    ...pair('note', 'textarea'),
  ];
}

/** The account forms: a new account's, and the two on an account's page (name, role and cities; a new password). */
export function accountSpecs(locale: Locale, cities: Choices['cities'], values: Values = {}) {
  const a = getAdminMessages(locale);
  const { enumOptions, field, choice, named } = builder(locale, a.accountForm, values);
  const name = field('name', 'text', { autoComplete: 'off' });
  const access = [
    choice('role', enumOptions(a.roles, UserRole)),
    field('cityIds', 'checkboxes', { options: named(cities, 'nameZh', 'nameEn'), hint: a.accountForm.cityIdsHint }),
  ];
  const password = [
    field('password', 'password', { required: true, autoComplete: 'new-password', hint: a.accountForm.passwordHint(passwordRules.min) }),
    field('passwordConfirmation', 'password', { required: true, autoComplete: 'new-password' }),
  ];
  return {
    newAccount: [field('email', 'email', { required: true, autoComplete: 'off' }), name, ...password, ...access],
    access: [name, ...access],
    password,
  };
}

/** Organizations or cities a reference form can point at. */
type Named = { id: string; nameZh: string; nameEn: string }[];

export function citySpec(locale: Locale, values: Values = {}): FieldSpec[] {
  const { fields, levels } = getReferenceMessages(locale).cities;
  const { enumOptions, field, pair, choice } = builder(locale, fields, values);
  return [
    ...pair('name', 'text', true),
    field('slug', 'text', { required: true, hint: fields.slugHint }),
    ...pair('province', 'text', true),
    choice('level', enumOptions(levels, CityLevel)),
    field('latitude', 'text', { hint: fields.latitudeHint }),
    field('longitude', 'text', { hint: fields.longitudeHint }),
    ...pair('knownFor', 'text'),
  ];
}

export function organizationSpec(locale: Locale, choices: { cities: Named; organizations: Named }, values: Values = {}): FieldSpec[] {
  const { fields, kinds } = getReferenceMessages(locale).organizations;
  const { enumOptions, pair, choice, named, optionalRef } = builder(locale, fields, values);
  // An organization cannot be its own parent; the server refuses deeper loops.
  const parents = choices.organizations.filter((organization) => organization.id !== values.id);
  return [
    ...pair('name', 'text', true),
    choice('kind', enumOptions(kinds, OrganizationKind)),
    optionalRef('cityId', named(choices.cities, 'nameZh', 'nameEn'), fields.cityHint),
    optionalRef('parentId', named(parents, 'nameZh', 'nameEn'), fields.parentHint),
  ];
}

export function personSpec(locale: Locale, values: Values = {}): FieldSpec[] {
  const { fields } = getReferenceMessages(locale).people;
  const { field } = builder(locale, fields, values);
  return [field('nameZh', 'text', { lang: 'zh', hint: fields.namesHint }), field('nameEn', 'text', { lang: 'en' })];
}

export function personRoleSpec(locale: Locale, choices: { organizations: Named }, values: Values = {}): FieldSpec[] {
  const { fields } = getReferenceMessages(locale).people.posts;
  const { field, pair, named, optionalRef } = builder(locale, fields, values);
  return [
    ...pair('title', 'text', true),
    optionalRef('organizationId', named(choices.organizations, 'nameZh', 'nameEn')),
    field('startDate', 'date'),
    field('endDate', 'date'),
    field('attestedOn', 'date', { hint: fields.attestedOnHint }),
  ];
}
