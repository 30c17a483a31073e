import { z } from 'zod';
import { optionalText } from '../fields';
import { cityFields, organizationFields } from './reference';
import { sourceFields } from './sources';
import { exchangeFields } from './exchange';
import { cooperationItemFields, eventFields, linkFields, participantFields, practiceFields, questionFields, statementFields, topicFields } from './parts';

/*
 * A whole exchange as the one-page editor sends it: the exchange's own fields and every row of its
 * parts, in the order shown, each row checked by the same schema as its own form. Rows not yet saved
 * carry a key the browser made up, and other rows of the draft may point at them by that key
 * (`new:<key>`): a topic of an event added in the same sitting.
 */

/** The kinds of part the editor holds, in the order they are saved: a row is saved after what it may point at. */
export const draftPartKinds = ['participant', 'event', 'topic', 'question', 'statement', 'practice', 'cooperationItem', 'link'] as const;
export type DraftPartKind = (typeof draftPartKinds)[number];
/** Entries new to the record that the draft names (a host city, a site), saved before anything that may name them. */
export const draftEntryKinds = ['city', 'organization'] as const;
/** Sources new to the record, saved with the exchange and cited for it as a whole. */
export const draftKinds = [...draftEntryKinds, 'source', ...draftPartKinds] as const;
export type DraftKind = (typeof draftKinds)[number];
export const isDraftPartKind = (kind: DraftKind): kind is DraftPartKind => (draftPartKinds as readonly string[]).includes(kind);

/** A city proposed in place: what names and places it; its address key is made from its English name. */
export const newCityFields = cityFields.pick({ nameZh: true, nameEn: true, provinceZh: true, provinceEn: true, level: true });
/** An organization proposed in place: a body that sent or received a delegation, or a site visited. */
export const newOrganizationFields = organizationFields.pick({ nameZh: true, nameEn: true, kind: true, cityId: true });

export const draftRowSchemas = {
  city: newCityFields,
  organization: newOrganizationFields,
  source: sourceFields,
  participant: participantFields,
  event: eventFields,
  topic: topicFields,
  question: questionFields,
  statement: statementFields,
  practice: practiceFields,
  cooperationItem: cooperationItemFields,
  link: linkFields,
} satisfies Record<DraftKind, z.ZodType>;

/**
 * Fields of the exchange and of each row that may name another row of the same draft, and the kind
 * of row they name (a participant stands for their person). A field of several values may name several.
 */
export const draftReferences: Readonly<Record<DraftKind | 'exchange', Readonly<Record<string, DraftKind>>>> = {
  exchange: { visitingCityId: 'city', hostCityId: 'city', otherVisitingCityIds: 'city', visitingOrganizationId: 'organization', hostOrganizationId: 'organization' },
  city: {},
  organization: { cityId: 'city' },
  source: {},
  participant: {},
  event: { siteIds: 'organization' },
  topic: { eventId: 'event' },
  question: { topicId: 'topic', askedById: 'participant' },
  statement: { eventId: 'event', speakerId: 'participant' },
  practice: { cityId: 'city' },
  cooperationItem: { originStatementId: 'statement', originTopicId: 'topic', proposedById: 'participant', responsibleCityIds: 'city', partnerCityIds: 'city' },
  link: {},
};

/**
 * `values` with every pointer at a row of the draft replaced by `resolve(kind, key)`: the id it was
 * saved as, or a stand-in while it is checked. A pointer at no row of its kind becomes '' and is
 * reported to `misses`.
 */
export function withPointersResolved(
  values: Record<string, unknown>,
  pointers: Readonly<Record<string, DraftKind>>,
  resolve: (kind: DraftKind, key: string) => string | undefined,
  misses: (field: string) => void = () => {},
): Record<string, unknown> {
  const resolved = { ...values };
  const one = (field: string, kind: DraftKind, value: unknown) => {
    const key = newRowKeyIn(value);
    if (key === null) return value;
    const id = resolve(kind, key);
    if (id === undefined) misses(field);
    return id ?? '';
  };
  for (const [field, kind] of Object.entries(pointers)) {
    const value = resolved[field];
    resolved[field] = Array.isArray(value) ? value.map((item) => one(field, kind, item)) : one(field, kind, value);
  }
  return resolved;
}

const newRowPrefix = 'new:';
export const newRowReference = (key: string) => `${newRowPrefix}${key}`;
/** The key a value names when it points at a row of the draft not yet saved; null for anything else. */
export const newRowKeyIn = (value: unknown): string | null =>
  typeof value === 'string' && value.startsWith(newRowPrefix) ? value.slice(newRowPrefix.length) : null;

/** What a form submitted, field by field; a list for a field with several values. */
const formValues = z.record(z.string().max(100), z.union([z.string().max(20_000), z.array(z.string().max(2_000)).max(100)]));
const rowKey = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'invalid' });
const storedVersion = z.number().int().min(1).max(2_147_483_647);

const draftRow = z.object({
  kind: z.enum(draftKinds),
  key: rowKey,
  /** A row already on record, and the version of it the editor showed. */
  id: z.uuid().optional(),
  version: storedVersion.optional(),
  /** Left out for a row on record that was not changed (only its place in the list may have moved). */
  values: formValues.optional(),
});

export const exchangeDraft = z
  .object({
    /** The exchange's working version the editor was opened on; none for a new exchange. */
    baseVersion: storedVersion.optional(),
    /** Saves over changes others made since the editor was opened; rows they changed still refuse, one by one. */
    force: z.boolean().default(false),
    note: optionalText(2000, { multiline: true }),
    exchange: z.object({ version: storedVersion.optional(), values: formValues }).optional(),
    rows: z.array(draftRow).max(500),
    removed: z.array(z.object({ kind: z.enum(draftPartKinds), id: z.uuid(), version: storedVersion })).max(500),
  })
  .superRefine((draft, context) => {
    const keys = new Set<string>();
    const ids = new Set<string>();
    draft.rows.forEach((row, index) => {
      if (keys.has(row.key) || (row.id && ids.has(row.id))) context.addIssue({ code: 'custom', path: ['rows', index], message: 'invalid' });
      // A row on record has the version it was read at; a new one has values; an entry new to the record is always new.
      const whole = row.id ? row.version !== undefined && isDraftPartKind(row.kind) : row.values !== undefined;
      if (!whole) context.addIssue({ code: 'custom', path: ['rows', index], message: 'invalid' });
      keys.add(row.key);
      if (row.id) ids.add(row.id);
    });
    if (draft.removed.some((row) => ids.has(row.id))) context.addIssue({ code: 'custom', path: ['removed'], message: 'invalid' });
  });
export type ExchangeDraft = z.output<typeof exchangeDraft>;
export type DraftRow = ExchangeDraft['rows'][number];

/** The form field a draft's JSON travels in. */
export const draftSubmission = z.object({
  draft: z
    .string()
    .max(4_000_000)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
    })
    .pipe(exchangeDraft),
});

/** Stands in for a row not yet saved while its pointers are checked, before it has an id. */
const unsavedRowId = '00000000-0000-4000-8000-000000000000';

/**
 * Every problem of the draft's exchange and rows, each at [row key, field] ('exchange' for the
 * exchange's own fields), as the browser shows them before sending and the server refuses them.
 * A pointer to a row of the draft must name a row of the right kind.
 */
export function draftProblems(draft: Pick<ExchangeDraft, 'exchange' | 'rows'>, { newExchange }: { newExchange: boolean }): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const under = (prefix: string, error: z.ZodError | undefined) => issues.push(...(error?.issues ?? []).map((issue) => ({ ...issue, path: [prefix, ...issue.path] })));
  const kindOfKey = new Map(draft.rows.map((row) => [row.key, row.kind]));
  const standIn = (kind: DraftKind, key: string) => (kindOfKey.get(key) === kind ? unsavedRowId : undefined);
  const checked = (prefix: string, values: Record<string, unknown>, pointers: Readonly<Record<string, DraftKind>>) =>
    withPointersResolved(values, pointers, standIn, (field) => issues.push({ code: 'custom', path: [prefix, field], message: 'invalidId', input: values[field] }));
  if (draft.exchange || newExchange) under('exchange', exchangeFields.safeParse(checked('exchange', draft.exchange?.values ?? {}, draftReferences.exchange)).error);
  for (const row of draft.rows) {
    if (row.values) under(row.key, draftRowSchemas[row.kind].safeParse(checked(row.key, row.values, draftReferences[row.kind])).error);
  }
  // A pointer reported above may also fail its field's own check: one problem for each field is enough.
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const path = issue.path.slice(0, 2).join('.');
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
}
