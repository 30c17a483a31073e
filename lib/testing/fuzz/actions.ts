import type { z } from 'zod';
import * as accountActions from '../../../app/[locale]/admin/accounts/actions';
import * as referenceActions from '../../../app/[locale]/admin/reference-actions';
import * as manageActions from '../../../app/[locale]/manage/actions';
import * as signInActions from '../../../app/[locale]/sign-in/actions';
import { partKinds, type PartKindName } from '../../data/exchange-parts';
import { entityModels } from '../../data/mutation';
import type { PrismaClient } from '../../generated/prisma/client';
import { accountChange, newAccountForm, passwordForm } from '../../validation/schemas/account';
import { draftSubmission } from '../../validation/schemas/draft';
import { changeNote, publishing, versionedChange } from '../../validation/schemas/change';
import { exchangeFields } from '../../validation/schemas/exchange';
import { attachmentFields, progressUpdateFields } from '../../validation/schemas/parts';
import { relationshipFields } from '../../validation/schemas/relationship';
import { cityFields, organizationFields, personFields, personMerge, personMergeProposal, personRoleFields } from '../../validation/schemas/reference';
import { signInFields } from '../../validation/schemas/sign-in';
import { citationFields, claimFields, relationshipCitationFields, relationshipClaimFields, sourceFields } from '../../validation/schemas/sources';
import type { FormValues } from '../../validation/form';
import { decoyId, type FuzzWorld } from './world';

/*
 * Every server action, with what a page binds to it and a form a person could submit, as the world
 * stands when it is called. The fuzz breaks both.
 */

export interface ValidCall {
  /** The arguments the page binds (locale, kind, ids), before the previous state and the form. */
  bound: unknown[];
  form: FormValues;
  /** The page whose form posts. */
  page: string;
  /** The fields of this variant's form, when narrower than the action's. */
  fields?: readonly string[];
}

export interface ActionTarget {
  name: string;
  /** The file it is exported from: the workspace's, the admin's, or sign-in. */
  module: 'manage' | 'admin' | 'sign-in';
  action: (...args: never[]) => Promise<unknown>;
  /** What the form may set: the fields of the schemas the action reads it with, in any variant. */
  fields: readonly string[];
  /** A valid call for the world as it stands; `pick` chooses among variants (a part's kind, a claim). */
  valid: (world: FuzzWorld, pick: number) => Promise<ValidCall>;
}

const fieldsOf = (...schemas: { shape: Record<string, unknown> }[]) => [...new Set(schemas.flatMap((schema) => Object.keys(schema.shape)))];

const provenance = { originalLanguage: 'zh', translation: 'HUMAN' };
const note = 'Checked against the report';

const exchangeForm = (w: FuzzWorld): FormValues => ({
  kind: 'DELEGATION_VISIT',
  titleZh: '淄博代表团再访柳州',
  titleEn: 'Zibo delegation visits Liuzhou again',
  summaryZh: '两市交流\n第二次',
  visitingCityId: w.cityIds.zibo,
  hostCityId: w.cityIds.liuzhou,
  startDate: '2024-03-01',
  endDate: '2024-03-02',
  datePrecision: 'DAY',
  locationEn: 'Liuzhou',
  status: 'TOOK_PLACE',
  ...provenance,
});

const partKindNames = Object.keys(partKinds) as PartKindName[];

const partForms: Record<PartKindName, (w: FuzzWorld) => FormValues> = {
  participant: () => ({ newPersonNameZh: '王五', newPersonNameEn: 'Wang Wu', newPersonConfirmed: 'on', side: 'VISITING', role: 'MEMBER', postTitleZh: '副市长', postTitleEn: 'Vice Mayor' }),
  event: () => ({ kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', date: '2023-05-06', locationZh: '柳州', ...provenance }),
  topic: () => ({ titleZh: '话题', titleEn: 'Topic', descriptionEn: 'What was discussed', ...provenance }),
  question: () => ({ textZh: '问题', textEn: 'A question', askedBySide: 'HOST', askedBySideBasis: 'STATED', ...provenance }),
  statement: () => ({ kind: 'REMARK', form: 'PARAPHRASE', speakerSide: 'VISITING', textZh: '发言', textEn: 'A remark', ...provenance }),
  practice: (w) => ({ cityId: w.cityIds.liuzhou, titleZh: '做法', titleEn: 'Practice', ...provenance }),
  link: () => ({ kind: 'SAME_SERIES', targetId: decoyId }),
  attachment: () => ({ captionZh: '合作协议', captionEn: 'The cooperation agreement', credit: '柳州市人民政府', licence: 'CC BY 4.0', visibility: 'INTERNAL' }),
  cooperationItem: (w) => ({
    titleZh: '合作',
    titleEn: 'Cooperation',
    status: 'PROPOSED',
    dueDate: '2024-12-31',
    responsibleCityIds: [w.cityIds.zibo],
    partnerCityIds: [w.cityIds.liuzhou],
    ...provenance,
  }),
};
const schemaOf = (kind: PartKindName) => partKinds[kind].schema as unknown as z.ZodObject;
const partFields = fieldsOf(...partKindNames.map(schemaOf), versionedChange);

/** The first of some rows, by a stable order; the fuzz picks among the first few. */
async function nth<T extends { id: string }>(rows: Promise<T[]>, pick: number): Promise<T | undefined> {
  const found = await rows;
  return found[pick % Math.max(1, found.length)];
}

const delegate = (db: PrismaClient, kind: PartKindName) =>
  (db as unknown as Record<string, { findMany(args: unknown): Promise<{ id: string; version: number }[]> }>)[entityModels[partKinds[kind].entity]]!;

async function partOf(w: FuzzWorld, kind: PartKindName, pick: number) {
  return nth(delegate(w.db, kind).findMany({ where: { exchangeId: w.exchangeId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], take: 3 }), pick);
}

const version = (row: { version: number } | null | undefined) => String(row?.version ?? 1);
const missing = '00000000-0000-4000-8000-000000000000';

async function exchangeVersion(w: FuzzWorld) {
  return version(await w.db.exchange.findUnique({ where: { id: w.exchangeId }, select: { version: true } }));
}

const manage = (w: FuzzWorld) => `/zh/manage/exchanges/${w.exchangeId}`;
const workflowSteps = ['submit', 'publish', 'sendBack', 'withdraw', 'reinstate', 'delete', 'restore'] as const;

const relationshipForm = (w: FuzzWorld): FormValues => ({
  cityId: w.cityIds.zibo,
  partnerCityId: w.cityIds.liuzhou,
  kind: 'SISTER_CITY',
  status: 'IN_FORCE',
  establishedOn: '2024-06',
  establishedPrecision: 'MONTH',
  endedPrecision: 'DAY',
  summaryZh: '两市结为友好城市',
  ...provenance,
});
const relationshipPage = (w: FuzzWorld) => `/zh/manage/relationships/${w.relationshipId}`;
const relationshipSteps = ['submit', 'publish', 'sendBack', 'withdraw', 'delete', 'restore'] as const;
const referenceKinds = ['cities', 'organizations', 'people'] as const;

const referenceSchemas = { cities: cityFields, organizations: organizationFields, people: personFields };
const referenceForms = {
  cities: { slug: 'xian', nameZh: '西安', nameEn: 'Xi’an', provinceZh: '陕西省', provinceEn: 'Shaanxi Province', level: 'PREFECTURE', latitude: '34.27', longitude: '108.95' },
  organizations: { nameZh: '西安市人民政府', nameEn: 'Xi’an Municipal People’s Government', kind: 'GOVERNMENT' },
  people: { nameZh: '李四', nameEn: 'Li Si' },
};

/** The entry of each reference kind that the update and delete forms are opened on. */
async function referenceEntry(w: FuzzWorld, kind: (typeof referenceKinds)[number], pick: number): Promise<{ id: string; version: number; form: FormValues }> {
  if (kind === 'cities') {
    const city = await nth(w.db.city.findMany({ where: { slug: { in: ['guangzhou', 'shenzhen'] } }, orderBy: { slug: 'asc' } }), pick);
    return { id: city?.id ?? missing, version: city?.version ?? 1, form: { ...referenceForms.cities, slug: city?.slug ?? 'guangzhou' } };
  }
  if (kind === 'organizations') {
    const organization = await nth(w.db.organization.findMany({ where: { nameEn: { startsWith: 'Spare' } }, orderBy: { id: 'asc' } }), pick);
    return { id: organization?.id ?? missing, version: organization?.version ?? 1, form: { nameZh: '备用机构', nameEn: 'Spare organization, renamed', kind: 'OTHER' } };
  }
  const person = await nth(w.db.person.findMany({ where: { nameEn: { startsWith: 'Spare' } }, orderBy: { id: 'asc' } }), pick);
  return { id: person?.id ?? missing, version: person?.version ?? 1, form: { nameZh: '备用', nameEn: 'Spare person, renamed' } };
}

async function spareRole(w: FuzzWorld) {
  return w.db.personRole.findFirst({ where: { person: { nameEn: { startsWith: 'Spare' } } }, orderBy: { id: 'asc' } });
}

const roleForm = { titleZh: '市长', titleEn: 'Mayor', startDate: '2020-01-01', endDate: '2023-01-01', attestedOn: '2021-05-05' };
const password = 'another long enough password';

export const actionTargets: ActionTarget[] = [
  {
    name: 'createExchangeAction',
    module: 'manage',
    action: manageActions.createExchangeAction,
    fields: fieldsOf(exchangeFields),
    valid: async (w) => ({ bound: ['zh'], form: exchangeForm(w), page: '/zh/manage/exchanges/new' }),
  },
  {
    name: 'updateExchangeAction',
    module: 'manage',
    action: manageActions.updateExchangeAction,
    fields: fieldsOf(exchangeFields, versionedChange),
    valid: async (w) => ({ bound: ['zh', w.exchangeId], form: { ...exchangeForm(w), version: await exchangeVersion(w), note }, page: `${manage(w)}/edit` }),
  },
  {
    name: 'saveExchangeDraftAction',
    module: 'manage',
    action: manageActions.saveExchangeDraftAction,
    fields: fieldsOf(draftSubmission),
    valid: async (w, pick) => {
      // The editor of a new exchange (bound '') or of the world's exchange, with a new event and a topic of it.
      const rows = [
        { kind: 'event', key: 'event', values: partForms.event(w) },
        { kind: 'topic', key: 'topic', values: { ...partForms.topic(w), eventId: 'new:event' } },
      ];
      if (pick % 2 === 0) return { bound: ['zh', ''], form: { draft: JSON.stringify({ exchange: { values: exchangeForm(w) }, rows, removed: [] }) }, page: '/zh/manage/exchanges/new/editor' };
      const { workingVersion } = await w.db.exchange.findUniqueOrThrow({ where: { id: w.exchangeId }, select: { workingVersion: true } });
      return { bound: ['zh', w.exchangeId], form: { draft: JSON.stringify({ baseVersion: workingVersion, rows, removed: [], note }) }, page: `${manage(w)}/editor` };
    },
  },
  {
    name: 'proposePersonMergeAction',
    module: 'manage',
    action: manageActions.proposePersonMergeAction,
    fields: fieldsOf(personMergeProposal),
    valid: async (w, pick) => {
      const people = await w.db.person.findMany({ where: { nameEn: { not: 'Decoy' } }, orderBy: { id: 'asc' }, take: 4 });
      const proposed = await w.db.personMergeProposal.findMany({ select: { keepId: true, mergeId: true } });
      const pairs = people.flatMap((keep, i) => people.slice(i + 1).map((merge) => [keep, merge] as const));
      // One proposal per pair, whichever way round: a pair not yet proposed, while there is one.
      const open = pairs.filter(([a, b]) => !proposed.some((p) => (p.keepId === a.id && p.mergeId === b.id) || (p.keepId === b.id && p.mergeId === a.id)));
      const [keep, merge] = open[pick % Math.max(1, open.length)] ?? pairs[0] ?? [];
      return { bound: ['zh'], form: { keepId: keep?.id ?? missing, mergeId: merge?.id ?? missing, note }, page: `/zh/manage/people/${merge?.id}/duplicate` };
    },
  },
  {
    name: 'createRelationshipAction',
    module: 'manage',
    action: manageActions.createRelationshipAction,
    fields: fieldsOf(relationshipFields, changeNote),
    valid: async (w) => ({ bound: ['zh'], form: relationshipForm(w), page: '/zh/manage/relationships/new' }),
  },
  {
    name: 'updateRelationshipAction',
    module: 'manage',
    action: manageActions.updateRelationshipAction,
    fields: fieldsOf(relationshipFields, versionedChange),
    valid: async (w) => {
      const current = await w.db.cityRelationship.findUnique({ where: { id: w.relationshipId }, select: { version: true } });
      return { bound: ['zh', w.relationshipId], form: { ...relationshipForm(w), version: version(current), note }, page: relationshipPage(w) };
    },
  },
  {
    name: 'changeRelationshipFileAction',
    module: 'manage',
    action: manageActions.changeRelationshipFileAction,
    fields: fieldsOf(attachmentFields, versionedChange),
    valid: async (w, pick) => {
      const file = await w.db.attachment.findUnique({ where: { id: w.relationshipFileId }, select: { version: true } });
      const described = { captionZh: '友好交流城市意向书', credit: '淄博市外办', licence: 'CC BY 4.0', visibility: 'INTERNAL' };
      return {
        bound: ['zh', w.relationshipFileId, pick % 2 ? 'delete' : 'update'],
        form: { ...described, version: version(file), note },
        page: `${relationshipPage(w)}/files/${w.relationshipFileId}`,
      };
    },
  },
  {
    name: 'addToRelationshipAction',
    module: 'manage',
    action: manageActions.addToRelationshipAction,
    fields: fieldsOf(relationshipCitationFields, relationshipClaimFields, sourceFields, changeNote),
    valid: async (w, pick) => {
      const source = await w.db.source.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } });
      const forms = {
        citation: { sourceId: source.id, locator: '第三段' },
        source: { kind: 'NEWS_REPORT', publicationZh: '淄博日报', publicationEn: 'Zibo Daily', language: 'zh' },
        claim: { field: 'establishedOn', value: '2024-06', sourceId: source.id, basis: 'STATED' },
      };
      const addition = (['citation', 'source', 'claim'] as const)[pick % 3]!;
      return { bound: ['zh', w.relationshipId, addition], form: { ...forms[addition], note }, page: relationshipPage(w) };
    },
  },
  {
    name: 'changeRelationshipEvidenceAction',
    module: 'manage',
    action: manageActions.changeRelationshipEvidenceAction,
    fields: fieldsOf(versionedChange),
    valid: async (w, pick) => {
      const [citation, claim, relationship] = await Promise.all([
        w.db.citation.findFirst({ where: { relationshipId: w.relationshipId }, select: { id: true } }),
        w.db.claim.findFirst({ where: { relationshipId: w.relationshipId }, select: { id: true, version: true } }),
        w.db.cityRelationship.findUnique({ where: { id: w.relationshipId }, select: { version: true } }),
      ]);
      const changes: Omit<ValidCall, 'page'>[] = [
        { bound: ['zh', citation?.id ?? missing, 'uncite'], form: { note } },
        { bound: ['zh', claim?.id ?? missing, 'accept'], form: { version: version(relationship), note } },
        { bound: ['zh', claim?.id ?? missing, 'deleteClaim'], form: { version: version(claim), note } },
      ];
      return { ...changes[pick % 3]!, page: relationshipPage(w) };
    },
  },
  {
    name: 'relationshipWorkflowAction',
    module: 'manage',
    action: manageActions.relationshipWorkflowAction,
    fields: fieldsOf(publishing),
    valid: async (w, pick) => ({ bound: ['zh', w.relationshipId, relationshipSteps[pick % relationshipSteps.length]], form: { note }, page: relationshipPage(w) }),
  },
  {
    name: 'workflowAction',
    module: 'manage',
    action: manageActions.workflowAction,
    fields: fieldsOf(publishing),
    valid: async (w, pick) => ({ bound: ['zh', w.exchangeId, workflowSteps[pick % workflowSteps.length]], form: { note }, page: manage(w) }),
  },
  {
    name: 'addPartAction',
    module: 'manage',
    action: manageActions.addPartAction,
    fields: partFields,
    valid: async (w, pick) => {
      const kind = partKindNames[pick % partKindNames.length]!;
      return { bound: ['zh', kind, w.exchangeId], form: { ...partForms[kind](w), note }, page: `${manage(w)}/${kind}/new`, fields: fieldsOf(schemaOf(kind), changeNote) };
    },
  },
  {
    name: 'updatePartAction',
    module: 'manage',
    action: manageActions.updatePartAction,
    fields: partFields,
    valid: async (w, pick) => {
      const kind = partKindNames[pick % partKindNames.length]!;
      const part = await partOf(w, kind, pick);
      return {
        bound: ['zh', kind, part?.id ?? missing],
        form: { ...partForms[kind](w), version: version(part), note },
        page: `${manage(w)}/${kind}/${part?.id}`,
        fields: fieldsOf(schemaOf(kind), versionedChange),
      };
    },
  },
  {
    name: 'deletePartAction',
    module: 'manage',
    action: manageActions.deletePartAction,
    fields: fieldsOf(versionedChange),
    valid: async (w, pick) => {
      const kind = partKindNames[pick % partKindNames.length]!;
      const part = await partOf(w, kind, pick);
      return { bound: ['zh', kind, part?.id ?? missing], form: { version: version(part), note }, page: `${manage(w)}/${kind}/${part?.id}` };
    },
  },
  {
    name: 'recordProgressAction',
    module: 'manage',
    action: manageActions.recordProgressAction,
    fields: fieldsOf(progressUpdateFields, versionedChange),
    valid: async (w, pick) => {
      const item = await partOf(w, 'cooperationItem', pick);
      return {
        bound: ['zh', item?.id ?? missing],
        form: {
          version: version(item),
          occurredOn: '2024-06-01',
          status: 'IN_PROGRESS',
          progress: '40',
          noteZh: '进展顺利',
          noteEn: 'Going well',
          evidenceUrl: 'https://example.org/report',
          ...provenance,
        },
        page: manage(w),
      };
    },
  },
  {
    name: 'addSourceAction',
    module: 'manage',
    action: manageActions.addSourceAction,
    fields: fieldsOf(sourceFields, changeNote),
    valid: async (w) => ({ bound: ['zh', w.exchangeId], form: sourceForm(), page: `${manage(w)}/sources/new` }),
  },
  {
    name: 'updateSourceAction',
    module: 'manage',
    action: manageActions.updateSourceAction,
    fields: fieldsOf(sourceFields, versionedChange),
    valid: async (w, pick) => {
      const source = await nth(w.db.source.findMany({ where: { citations: { some: { exchangeId: w.exchangeId } } }, orderBy: { slug: 'asc' } }), pick);
      return { bound: ['zh', w.exchangeId, source?.id ?? missing], form: { ...sourceForm(), version: version(source) }, page: `${manage(w)}/sources/${source?.id}` };
    },
  },
  {
    name: 'citeSourceAction',
    module: 'manage',
    action: manageActions.citeSourceAction,
    fields: fieldsOf(citationFields),
    valid: async (w, pick) => {
      const [source, event] = await Promise.all([
        nth(w.db.source.findMany({ where: { slug: { not: 'decoy' } }, orderBy: { slug: 'asc' } }), pick),
        nth(w.db.event.findMany({ where: { exchangeId: w.exchangeId }, orderBy: { position: 'asc' } }), pick >> 2),
      ]);
      return { bound: ['zh', w.exchangeId], form: { sourceId: source?.id ?? missing, subjectKind: 'EVENT', subjectId: event?.id ?? missing, locator: 'p. 2' }, page: manage(w) };
    },
  },
  {
    name: 'removeCitationAction',
    module: 'manage',
    action: manageActions.removeCitationAction,
    fields: [],
    valid: async (w, pick) => {
      const citation = await nth(w.db.citation.findMany({ where: { exchangeId: w.exchangeId }, orderBy: { id: 'asc' }, take: 3 }), pick);
      return { bound: ['zh', citation?.id ?? missing], form: {}, page: manage(w) };
    },
  },
  {
    name: 'addClaimAction',
    module: 'manage',
    action: manageActions.addClaimAction,
    fields: fieldsOf(claimFields, changeNote),
    valid: async (w, pick) => {
      const source = await nth(w.db.source.findMany({ where: { slug: { not: 'decoy' } }, orderBy: { slug: 'asc' } }), pick);
      const form = { field: pick % 2 ? 'endDate' : 'startDate', value: '2023-05-17', sourceId: source?.id ?? missing, quotation: '“5月17日”', basis: 'STATED', noteEn: 'Read in print' };
      return { bound: ['zh', w.exchangeId], form, page: `${manage(w)}/claims/new` };
    },
  },
  {
    name: 'acceptClaimAction',
    module: 'manage',
    action: manageActions.acceptClaimAction,
    fields: fieldsOf(versionedChange),
    valid: async (w, pick) => {
      const claim = await nth(w.db.claim.findMany({ where: { exchangeId: w.exchangeId }, orderBy: [{ field: 'asc' }, { value: 'asc' }, { id: 'asc' }] }), pick);
      return { bound: ['zh', claim?.id ?? missing], form: { version: await exchangeVersion(w), note }, page: manage(w) };
    },
  },
  {
    name: 'leaveClaimDisputedAction',
    module: 'manage',
    action: manageActions.leaveClaimDisputedAction,
    fields: fieldsOf(versionedChange),
    valid: async (w, pick) => ({ bound: ['zh', w.exchangeId, pick % 2 ? 'endDate' : 'startDate'], form: { version: await exchangeVersion(w), note }, page: manage(w) }),
  },
  {
    name: 'deleteClaimAction',
    module: 'manage',
    action: manageActions.deleteClaimAction,
    fields: fieldsOf(versionedChange),
    valid: async (w, pick) => {
      const claim = await nth(w.db.claim.findMany({ where: { exchangeId: w.exchangeId }, orderBy: [{ field: 'asc' }, { value: 'asc' }, { id: 'asc' }] }), pick);
      return { bound: ['zh', claim?.id ?? missing], form: { version: version(claim), note }, page: manage(w) };
    },
  },
  {
    name: 'restorePartAction',
    module: 'manage',
    action: manageActions.restorePartAction,
    fields: fieldsOf(changeNote),
    valid: async (w, pick) => {
      const deletion = await nth(
        w.db.revision.findMany({ where: { exchangeId: w.exchangeId, action: 'DELETE', entityType: { not: 'Exchange' } }, orderBy: { createdAt: 'desc' }, take: 3 }),
        pick,
      );
      return { bound: ['zh', deletion?.id ?? missing], form: { note }, page: '/zh/manage/deleted' };
    },
  },

  {
    name: 'createAccountAction',
    module: 'admin',
    action: accountActions.createAccountAction,
    fields: fieldsOf(newAccountForm),
    valid: async (w, pick) => ({
      bound: ['zh'],
      form: { email: `new-${pick % 4}@example.org`, password, passwordConfirmation: password, name: '新同事', role: 'STAFF', cityIds: [w.cityIds.zibo] },
      page: '/zh/admin/accounts/new',
    }),
  },
  {
    name: 'updateAccountAction',
    module: 'admin',
    action: accountActions.updateAccountAction,
    fields: fieldsOf(accountChange),
    valid: async (w) => {
      const account = await w.db.user.findUnique({ where: { id: w.accountIds.staffOfTheCity }, select: { version: true } });
      return {
        bound: ['zh', w.accountIds.staffOfTheCity],
        form: { name: 'Zibo staff', role: 'STAFF', cityIds: [w.cityIds.zibo, w.cityIds.liuzhou], version: version(account) },
        page: `/zh/admin/accounts/${w.accountIds.staffOfTheCity}`,
      };
    },
  },
  {
    name: 'setAccountDisabledAction',
    module: 'admin',
    action: accountActions.setAccountDisabledAction,
    fields: [],
    valid: async (w, pick) => {
      const accountId = [w.accountIds.disabledStaff, w.accountIds.staffOfAnotherCity, w.accountIds.admin][pick % 3]!;
      return { bound: ['zh', accountId, pick % 2 === 0], form: {}, page: `/zh/admin/accounts/${accountId}` };
    },
  },
  {
    name: 'endAccountSessionsAction',
    module: 'admin',
    action: accountActions.endAccountSessionsAction,
    fields: [],
    valid: async (w, pick) => {
      const accountId = [w.accountIds.disabledStaff, w.accountIds.staffOfAnotherCity][pick % 2]!;
      return { bound: ['zh', accountId], form: {}, page: `/zh/admin/accounts/${accountId}` };
    },
  },
  {
    name: 'setAccountPasswordAction',
    module: 'admin',
    action: accountActions.setAccountPasswordAction,
    fields: fieldsOf(passwordForm),
    valid: async (w) => ({
      bound: ['zh', w.accountIds.disabledStaff],
      form: { password, passwordConfirmation: password },
      page: `/zh/admin/accounts/${w.accountIds.disabledStaff}`,
    }),
  },

  {
    name: 'createReferenceAction',
    module: 'admin',
    action: referenceActions.createReferenceAction,
    fields: fieldsOf(cityFields, organizationFields, personFields, changeNote),
    valid: async (w, pick) => {
      const kind = referenceKinds[pick % referenceKinds.length]!;
      const form = kind === 'organizations' ? { ...referenceForms.organizations, cityId: w.cityIds.guangzhou } : referenceForms[kind];
      return { bound: ['zh', kind], form: { ...form, note }, page: `/zh/admin/${kind}/new`, fields: fieldsOf(referenceSchemas[kind], changeNote) };
    },
  },
  {
    name: 'updateReferenceAction',
    module: 'admin',
    action: referenceActions.updateReferenceAction,
    fields: fieldsOf(cityFields, organizationFields, personFields, versionedChange),
    valid: async (w, pick) => {
      const kind = referenceKinds[pick % referenceKinds.length]!;
      const entry = await referenceEntry(w, kind, pick >> 2);
      return {
        bound: ['zh', kind, entry.id],
        form: { ...entry.form, version: String(entry.version), note },
        page: `/zh/admin/${kind}/${entry.id}`,
        fields: fieldsOf(referenceSchemas[kind], versionedChange),
      };
    },
  },
  {
    name: 'deleteReferenceAction',
    module: 'admin',
    action: referenceActions.deleteReferenceAction,
    fields: fieldsOf(versionedChange),
    valid: async (w, pick) => {
      const kind = referenceKinds[pick % referenceKinds.length]!;
      const entry = await referenceEntry(w, kind, pick >> 2);
      return { bound: ['zh', kind, entry.id], form: { version: String(entry.version), note }, page: `/zh/admin/${kind}/${entry.id}` };
    },
  },
  {
    name: 'addPersonRoleAction',
    module: 'admin',
    action: referenceActions.addPersonRoleAction,
    fields: fieldsOf(personRoleFields, changeNote),
    valid: async (w, pick) => {
      const person = await nth(w.db.person.findMany({ where: { nameEn: { not: 'Decoy' } }, orderBy: { id: 'asc' }, take: 3 }), pick);
      return { bound: ['zh', person?.id ?? missing], form: { ...roleForm, note }, page: `/zh/admin/people/${person?.id}/roles/new` };
    },
  },
  {
    name: 'updatePersonRoleAction',
    module: 'admin',
    action: referenceActions.updatePersonRoleAction,
    fields: fieldsOf(personRoleFields, versionedChange),
    valid: async (w) => {
      const role = await spareRole(w);
      return {
        bound: ['zh', role?.id ?? missing],
        form: { ...roleForm, version: version(role), note },
        page: `/zh/admin/people/${role?.personId}/roles/${role?.id}`,
      };
    },
  },
  {
    name: 'deletePersonRoleAction',
    module: 'admin',
    action: referenceActions.deletePersonRoleAction,
    fields: fieldsOf(versionedChange),
    valid: async (w) => {
      const role = await spareRole(w);
      return { bound: ['zh', role?.id ?? missing], form: { version: version(role), note }, page: `/zh/admin/people/${role?.personId}` };
    },
  },
  {
    name: 'mergePeopleAction',
    module: 'admin',
    action: referenceActions.mergePeopleAction,
    fields: fieldsOf(personMerge),
    valid: async (w, pick) => {
      const people = await w.db.person.findMany({ where: { nameEn: { not: 'Decoy' } }, orderBy: { id: 'asc' }, take: 4 });
      const keep = people[pick % Math.max(1, people.length)];
      const merge = people[(pick + 1) % Math.max(1, people.length)];
      return {
        bound: ['zh', keep?.id ?? missing],
        form: { mergeId: merge?.id ?? missing, keepVersion: version(keep), mergeVersion: version(merge), note },
        page: `/zh/admin/people/${keep?.id}/merge`,
      };
    },
  },

  {
    name: 'dismissMergeProposalAction',
    module: 'admin',
    action: referenceActions.dismissMergeProposalAction,
    fields: [],
    valid: async (w) => {
      const proposal = await w.db.personMergeProposal.findFirst({ orderBy: { id: 'asc' }, select: { id: true } });
      return { bound: ['zh', proposal?.id ?? missing], form: {}, page: '/zh/admin/people' };
    },
  },

  {
    name: 'signInAction',
    module: 'sign-in',
    action: signInActions.signInAction,
    fields: [...fieldsOf(signInFields), 'returnTo'],
    valid: async (_w, pick) => ({
      bound: ['zh'],
      form: { email: ['admin@example.org', 'zibo@example.org', 'former@example.org'][pick % 3]!, password: 'correct horse battery staple', returnTo: '/zh/manage' },
      page: '/zh/sign-in',
    }),
  },
  {
    name: 'signInWithProviderAction',
    module: 'sign-in',
    action: signInActions.signInWithProviderAction,
    fields: [],
    valid: async () => ({ bound: ['zh'], form: {}, page: '/zh/sign-in' }),
  },
  {
    name: 'signOutAction',
    module: 'sign-in',
    action: signInActions.signOutAction,
    fields: [],
    valid: async () => ({ bound: ['zh'], form: {}, page: '/zh/manage' }),
  },
];

function sourceForm(): FormValues {
  return {
    kind: 'NEWS_REPORT',
    publicationZh: '柳州日报',
    publicationEn: 'Liuzhou Daily',
    titleZh: '淄博客人来了',
    publishedOn: '2023-05-16',
    url: 'https://example.org/liuzhou-daily/2023-05-16',
    urlIsReprint: 'on',
    language: 'zh',
    noteEn: 'Front page',
  };
}

/** The modules whose every export is a server action. */
export const actionModules = { manageActions, accountActions, referenceActions, signInActions };
