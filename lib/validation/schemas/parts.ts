import { z } from 'zod';
import { Basis, CooperationStatus, EventKind, ExchangeLinkKind, ParticipantRole, Side, StatementForm, StatementKind, Visibility } from '../../generated/prisma/enums';
import { checkbox, enumOf, isoDate, optionalChoice, optionalIntInRange, optionalIsoDate, optionalText, optionalUrl, optionalUuid, requiredText, translatableText, uuid } from '../fields';
import { originalFirst, originalRequired, provenanceFields, valuesOf } from './exchange';

const title = { titleZh: translatableText(300), titleEn: translatableText(300) };
const description = { descriptionZh: optionalText(5000, { multiline: true }), descriptionEn: optionalText(5000, { multiline: true }) };

/**
 * A person in the delegation or among the hosts: someone already on record, or a new entry made from
 * the names typed here. The title is the post held at the time of the exchange; left empty, it is
 * looked up from the person's recorded posts as of the exchange's date.
 */
export const participantFields = z
  .object({
    personId: optionalUuid(),
    newPersonNameZh: optionalText(120),
    newPersonNameEn: optionalText(120),
    /** The typed names are someone else than the person of the same name on record. */
    newPersonConfirmed: checkbox(),
    side: enumOf(valuesOf(Side)),
    role: enumOf(valuesOf(ParticipantRole)),
    postTitleZh: optionalText(200),
    postTitleEn: optionalText(200),
  })
  .superRefine((value, context) => {
    const typedName = Boolean(value.newPersonNameZh || value.newPersonNameEn);
    if (!value.personId && !typedName) context.addIssue({ code: 'custom', path: ['personId'], message: 'choosePerson' });
    if (value.personId && typedName) context.addIssue({ code: 'custom', path: ['newPersonNameZh'], message: 'personOrNewName' });
    if (Boolean(value.postTitleZh) !== Boolean(value.postTitleEn)) {
      context.addIssue({ code: 'custom', path: [value.postTitleZh ? 'postTitleEn' : 'postTitleZh'], message: 'titleInBoth' });
    }
  });

const maxSites = 30;
const siteName = optionalText(200);

/**
 * The places an event visited (a factory, a company, a museum), in the order visited, as numbered
 * rows sent side by side: row n is an organization on record (`siteIds[n]`), or a place not on
 * record named in Chinese, English or both (`siteNamesZh[n]`, `siteNamesEn[n]`). A blank row is
 * skipped. The names are checked row by row (checkSiteRows), so a problem with one is a problem with its row.
 */
const siteRows = {
  siteIds: z.array(optionalUuid()).max(maxSites).default([]),
  siteNamesZh: z.array(z.string()).max(maxSites).default([]),
  siteNamesEn: z.array(z.string()).max(maxSites).default([]),
};

export type SiteRows = { [K in keyof typeof siteRows]: z.output<(typeof siteRows)[K]> };

/** A place an event visited: an organization on record, or a place named as the record gives it. */
export type SiteVisited = { organizationId: string; nameZh: null; nameEn: null } | { organizationId: null; nameZh: string | null; nameEn: string | null };

const rowCount = ({ siteIds, siteNamesZh, siteNamesEn }: SiteRows) => Math.max(siteIds.length, siteNamesZh.length, siteNamesEn.length);

/** The rows that name a site, first visited first; an organization chosen twice counts once, where it was first chosen. */
export function sitesVisited(rows: SiteRows): SiteVisited[] {
  const sites: SiteVisited[] = [];
  const chosen = new Set<string>();
  for (let row = 0; row < rowCount(rows); row++) {
    const organizationId = rows.siteIds[row] ?? null;
    const [nameZh, nameEn] = [rows.siteNamesZh[row], rows.siteNamesEn[row]].map((name) => siteName.parse(name ?? ''));
    if (organizationId && !chosen.has(organizationId)) sites.push({ organizationId, nameZh: null, nameEn: null });
    else if (!organizationId && (nameZh || nameEn)) sites.push({ organizationId: null, nameZh: nameZh ?? null, nameEn: nameEn ?? null });
    if (organizationId) chosen.add(organizationId);
  }
  return sites;
}

function checkSiteRows(rows: SiteRows, context: z.RefinementCtx) {
  for (let row = 0; row < rowCount(rows); row++) {
    const names = [rows.siteNamesZh[row], rows.siteNamesEn[row]].map((name) => siteName.safeParse(name ?? ''));
    for (const name of names) for (const issue of name.error?.issues ?? []) context.addIssue({ ...issue, path: ['siteIds', row] });
    if (rows.siteIds[row] && names.some((name) => name.data)) {
      context.addIssue({ code: 'custom', path: ['siteIds', row], message: 'siteOrName', params: { n: row + 1 } });
    }
  }
}

export const eventFields = z.object({
  kind: enumOf(valuesOf(EventKind)),
  ...title,
  ...description,
  date: optionalIsoDate(),
  locationZh: optionalText(300),
  locationEn: optionalText(300),
  ...siteRows,
  ...provenanceFields,
})
  .superRefine(originalRequired('title'))
  .superRefine(originalFirst('description'))
  .superRefine(checkSiteRows);

export const topicFields = z
  .object({ eventId: optionalUuid(), ...title, ...description, ...provenanceFields })
  .superRefine(originalRequired('title'))
  .superRefine(originalFirst('description'));

export const questionFields = z.object({
  topicId: optionalUuid(),
  textZh: translatableText(2000, { multiline: true }),
  textEn: translatableText(2000, { multiline: true }),
  askedById: optionalUuid(),
  askedBySide: optionalChoice(valuesOf(Side)),
  askedBySideBasis: enumOf(valuesOf(Basis)),
  ...provenanceFields,
}).superRefine(originalRequired('text'));

export const statementFields = z.object({
  eventId: optionalUuid(),
  speakerId: optionalUuid(),
  speakerSide: optionalChoice(valuesOf(Side)),
  kind: enumOf(valuesOf(StatementKind)),
  form: enumOf(valuesOf(StatementForm)),
  textZh: translatableText(5000, { multiline: true }),
  textEn: translatableText(5000, { multiline: true }),
  ...provenanceFields,
}).superRefine(originalRequired('text'));

export const practiceFields = z
  .object({ cityId: uuid(), ...title, ...description, ...provenanceFields })
  .superRefine(originalRequired('title'))
  .superRefine(originalFirst('description'));

export const cooperationItemFields = z
  .object({
    ...title,
    ...description,
    originStatementId: optionalUuid(),
    originTopicId: optionalUuid(),
    proposedById: optionalUuid(),
    proposedBySide: optionalChoice(valuesOf(Side)),
    status: enumOf(valuesOf(CooperationStatus)),
    dueDate: optionalIsoDate(),
    responsibleCityIds: z.array(uuid()).max(20).default([]),
    partnerCityIds: z.array(uuid()).max(20).default([]),
    ...provenanceFields,
  })
  .superRefine(originalRequired('title'))
  .superRefine(originalFirst('description'))
  .superRefine((value, context) => {
    if (value.responsibleCityIds.some((id) => value.partnerCityIds.includes(id))) {
      context.addIssue({ code: 'custom', path: ['partnerCityIds'], message: 'bothRoles' });
    }
  });

/** One dated entry in an item's progress log. */
export const progressUpdateFields = z.object({
  occurredOn: isoDate(),
  status: enumOf(valuesOf(CooperationStatus)),
  progress: optionalIntInRange(0, 100),
  noteZh: optionalText(5000, { multiline: true }),
  noteEn: optionalText(5000, { multiline: true }),
  ...provenanceFields,
  /** A link to what shows the progress: a news report, a signed agreement, a government notice. */
  evidenceUrl: optionalUrl(2000),
}).superRefine(originalFirst('note'));

/**
 * What is said about a document or photo: what it is, who made it and on what terms, who may see it,
 * and for an image what it shows (checked once the file's type is known: lib/data/attachments.ts).
 * The file itself comes with the upload, not with this form.
 */
export const attachmentFields = z
  .object({
    eventId: optionalUuid(),
    /** The progress report it is evidence of. */
    cooperationUpdateId: optionalUuid(),
    captionZh: optionalText(500),
    captionEn: optionalText(500),
    altZh: optionalText(500),
    altEn: optionalText(500),
    credit: requiredText(300),
    licence: requiredText(200),
    visibility: enumOf(valuesOf(Visibility)),
  })
  .superRefine((value, context) => {
    if (!value.captionZh && !value.captionEn) context.addIssue({ code: 'custom', path: ['captionZh'], message: 'captionNeeded' });
    if (value.eventId && value.cooperationUpdateId) context.addIssue({ code: 'custom', path: ['cooperationUpdateId'], message: 'oneSubject' });
  });

/** A link from this exchange to another: it returns that one's visit, follows it up, or is of its series. */
export const linkFields = z.object({
  kind: enumOf(valuesOf(ExchangeLinkKind)),
  targetId: uuid(),
});
