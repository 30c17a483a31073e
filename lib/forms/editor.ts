import 'server-only';
import type { Viewer } from '../data/viewer';
import { listCityChoices, listPersonChoices, listSiteChoices, type WorkingExchange } from '../data/workspace';
import type { Locale } from '../i18n/locales';
import { getWorkspaceMessages } from '../i18n/workspace-messages';
import { type DraftKind, type DraftPartKind, draftPartKinds, newCityFields, newOrganizationFields } from '../validation/schemas/draft';
import { partChoices } from './part-choices';
import { partFormValues } from './part-values';
import { type Choices, citySpec, exchangeSpec, type FieldSpec, organizationSpec, partSpec, sourceSpec } from './specs';

/*
 * What the one-page editor of an exchange is drawn from (components/manage/exchange-editor.tsx): the
 * exchange's form, a blank form of each kind of part, and every part on record as its form shows it.
 */

export interface EditorRow {
  kind: DraftKind;
  key: string;
  id?: string;
  version?: number;
  fields: FieldSpec[];
}

export interface EditorSection {
  kind: DraftKind;
  title: string;
  hint?: string;
  /** The form of a row added in the editor. */
  blank: FieldSpec[];
}

export interface EditorModel {
  exchangeId: string | null;
  /** The exchange's working version the editor opened, which saving checks. */
  baseVersion: number | null;
  exchangeVersion: number | null;
  exchange: FieldSpec[];
  sections: EditorSection[];
  rows: EditorRow[];
}

/** The parts of each kind on record, in their order. */
function partIdsOf(record: WorkingExchange['record'], kind: DraftPartKind): string[] {
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  switch (kind) {
    case 'participant':
      return ids(record.participants);
    case 'event':
      return ids(record.events);
    case 'topic':
      return ids(record.topics);
    case 'question':
      return ids([...record.topics.flatMap((topic) => topic.questions), ...record.questionsWithoutTopic].sort((a, b) => a.position - b.position));
    case 'statement':
      return ids(record.statements);
    case 'practice':
      return ids(record.practices);
    case 'cooperationItem':
      return ids(record.cooperationItems);
    case 'link':
      return ids(record.links);
  }
}

function sections(locale: Locale, choices: Choices, defaults: Record<string, unknown>, kinds: readonly DraftPartKind[]): EditorSection[] {
  const w = getWorkspaceMessages(locale);
  // Cities and organizations new to the record come first: the rest of the page may choose them.
  const pick = (fields: FieldSpec[], names: readonly string[]) => fields.filter((field) => names.includes(field.name));
  const entries: EditorSection[] = [
    { kind: 'city', title: w.editor.newCities, hint: w.editor.newEntriesHint, blank: pick(citySpec(locale, { level: 'PREFECTURE' }), Object.keys(newCityFields.shape)) },
    {
      kind: 'organization',
      title: w.editor.newOrganizations,
      hint: w.editor.newEntriesHint,
      blank: pick(organizationSpec(locale, { cities: choices.cities, organizations: [] }), Object.keys(newOrganizationFields.shape)),
    },
  ];
  const titles: Record<DraftPartKind, string> = {
    participant: w.parts.participants,
    event: w.parts.events,
    topic: w.parts.topics,
    question: w.parts.questions,
    statement: w.parts.statements,
    practice: w.parts.practices,
    cooperationItem: w.parts.cooperationItems,
    link: w.parts.links,
  };
  const sources: EditorSection = { kind: 'source', title: w.editor.newSources, hint: w.editor.newSourcesHint, blank: sourceSpec(locale, { kind: 'NEWS_REPORT', language: defaults.originalLanguage }) };
  return [...entries, ...kinds.map((kind) => ({ kind, title: titles[kind], blank: partSpec(kind, locale, choices, defaults) })), sources];
}

/**
 * The exchange's form with every organization it may name offered for its sending and receiving
 * bodies, under their cities: the cities may change on the page, and the server checks the pair.
 */
function exchangeForm(fields: FieldSpec[], parts: EditorSection[]): FieldSpec[] {
  const organizations = parts.find((section) => section.kind === 'event')?.blank.find((field) => field.name === 'siteIds')?.options;
  if (!organizations) return fields;
  return fields.map((field) => (field.name === 'visitingOrganizationId' || field.name === 'hostOrganizationId' ? { ...field, options: organizations } : field));
}

const partDefaults = (language: string, translation: string) => ({
  originalLanguage: language,
  translation,
  status: 'PROPOSED',
  askedBySideBasis: 'UNKNOWN',
});

/** The editor of an exchange on record, with every part of it. */
export async function editorOfExchange(viewer: Viewer, working: WorkingExchange, locale: Locale): Promise<EditorModel> {
  const { fields, record, translations } = working;
  const choices = await partChoices(viewer, working, locale);
  const rows = draftPartKinds.flatMap((kind) =>
    partIdsOf(record, kind).map((id): EditorRow => {
      const values = partFormValues(record, kind, id)!;
      return { kind, key: `p${id.replaceAll('-', '')}`, id, version: values.version, fields: partSpec(kind, locale, choices, values, translations.filter((text) => text.entityId === id)) };
    }),
  );
  const parts = sections(locale, choices, partDefaults(fields.originalLanguage, fields.translation), draftPartKinds);
  return {
    exchangeId: fields.id,
    baseVersion: fields.workingVersion,
    exchangeVersion: fields.version,
    exchange: exchangeForm(exchangeSpec(locale, choices, fields, translations.filter((text) => text.entityId === fields.id)), parts),
    sections: parts,
    rows,
  };
}

/**
 * The editor of a new exchange. Its cities are not chosen yet, so the sites offered are the
 * organizations of every city on record; it links to other exchanges once it is saved.
 */
export async function editorOfNewExchange(viewer: Viewer, locale: Locale): Promise<EditorModel> {
  // Staff see their own cities first: one of the two must be theirs.
  const cities = (await listCityChoices(viewer)).sort((a, b) => Number(b.mine) - Number(a.mine));
  const [people, sites] = await Promise.all([listPersonChoices(viewer), listSiteChoices(viewer, cities.map((city) => city.id))]);
  const choices: Choices = { cities, people, sites, events: [], topics: [], statements: [], linkTargets: [], progressReports: [] };
  const defaults = { datePrecision: 'DAY', status: 'TOOK_PLACE', originalLanguage: locale, translation: 'HUMAN' };
  const parts = sections(locale, choices, partDefaults(locale, 'HUMAN'), draftPartKinds.filter((kind) => kind !== 'link'));
  return { exchangeId: null, baseVersion: null, exchangeVersion: null, exchange: exchangeForm(exchangeSpec(locale, choices, defaults), parts), sections: parts, rows: [] };
}
