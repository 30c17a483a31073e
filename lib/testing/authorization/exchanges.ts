import {
  createExchange,
  deleteExchange,
  publishExchange,
  reinstateExchange,
  restoreDeletedExchange,
  sendBackExchange,
  submitExchange,
  updateExchange,
  withdrawExchange,
} from '../../data/exchange-editing';
import { saveExchangeDraft } from '../../data/exchange-drafts';
import { addPart, deletePart, recordProgress, updatePart } from '../../data/exchange-parts';
import { listExchangeLinks, listLinksAmong, listOutgoingLinks } from '../../data/exchange-links';
import { getExchangeRecord, getPublishedExchange, listTimeline } from '../../data/exchanges';
import { suggestPeople } from '../../data/people';
import { countReviewQueue, listReviewQueue } from '../../data/review';
import { listPendingTranslations } from '../../data/translations';
import { getExchangeHistory, getWorkingExchange, listCityChoices, listLinkChoices, listPersonChoices, listSiteChoices, listWorkspace } from '../../data/workspace';
import { type AuthorizationCase, callers, editors, signedIn, type World } from './world';

export const exchangeInput = (w: World) => ({
  kind: 'DELEGATION_VISIT',
  titleZh: '淄博代表团访问柳州',
  titleEn: 'Zibo delegation visits Liuzhou',
  visitingCityId: w.ziboId,
  hostCityId: w.liuzhouId,
  startDate: '2024-03-01',
  datePrecision: 'DAY',
  status: 'TOOK_PLACE',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});
const eventInput = { kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' };

export const exchangeCases: AuthorizationCase[] = [
  { name: 'listTimeline', state: 'published', allowed: callers, call: (v) => listTimeline(v, {}) },
  { name: 'getExchangeRecord', state: 'published', allowed: callers, call: (v) => getExchangeRecord(v, 'zibo-to-liuzhou') },
  { name: 'getPublishedExchange', state: 'published', allowed: callers, call: (v) => getPublishedExchange(v, 'zibo-to-liuzhou') },
  { name: 'listWorkspace', state: 'draft', allowed: signedIn, call: (v) => listWorkspace(v) },
  { name: 'getWorkingExchange', state: 'draft', allowed: editors, call: (v, w) => getWorkingExchange(v, w.exchangeId) },
  { name: 'getExchangeHistory', state: 'draft', allowed: editors, call: (v, w) => getExchangeHistory(v, w.exchangeId) },
  { name: 'listCityChoices', state: 'draft', allowed: signedIn, call: (v) => listCityChoices(v) },
  { name: 'listSiteChoices', state: 'draft', allowed: signedIn, call: (v, w) => listSiteChoices(v, [w.ziboId, w.liuzhouId]) },
  { name: 'listPersonChoices', state: 'draft', allowed: signedIn, call: (v) => listPersonChoices(v) },
  { name: 'suggestPeople', state: 'draft', allowed: signedIn, call: (v) => suggestPeople(v, '赵庆') },
  { name: 'listPendingTranslations', state: 'draft', allowed: signedIn, call: (v) => listPendingTranslations(v) },
  { name: 'listLinkChoices', state: 'draft', allowed: editors, call: (v, w) => listLinkChoices(v, w.exchangeId) },
  { name: 'listExchangeLinks', state: 'published', allowed: callers, call: (v, w) => listExchangeLinks(v, w.exchangeId) },
  { name: 'listLinksAmong', state: 'published', allowed: callers, call: (v, w) => listLinksAmong(v, [w.exchangeId]) },
  { name: 'listOutgoingLinks', state: 'published', allowed: callers, call: (v, w) => listOutgoingLinks(v, [w.exchangeId]) },
  { name: 'createExchange', state: 'draft', allowed: editors, call: (v, w) => createExchange(v, exchangeInput(w)) },
  { name: 'updateExchange', state: 'draft', allowed: editors, call: (v, w) => updateExchange(v, w.exchangeId, { ...exchangeInput(w), version: '1' }) },
  { name: 'submitExchange', state: 'draft', allowed: editors, call: (v, w) => submitExchange(v, w.exchangeId) },
  { name: 'publishExchange', state: 'draft', allowed: editors, call: (v, w) => publishExchange(v, w.exchangeId) },
  {
    name: 'sendBackExchange',
    state: 'draft',
    allowed: editors,
    setup: async (w) => {
      await w.db.exchange.update({ where: { id: w.exchangeId }, data: { publicationState: 'IN_REVIEW' } });
      return {};
    },
    call: (v, w) => sendBackExchange(v, w.exchangeId, { note: 'Give the source of the date' }),
  },
  { name: 'listReviewQueue', state: 'draft', allowed: signedIn, call: (v) => listReviewQueue(v) },
  { name: 'countReviewQueue', state: 'draft', allowed: signedIn, call: (v) => countReviewQueue(v) },
  { name: 'withdrawExchange', state: 'published', allowed: editors, call: (v, w) => withdrawExchange(v, w.exchangeId) },
  { name: 'reinstateExchange', state: 'withdrawn', allowed: editors, call: (v, w) => reinstateExchange(v, w.exchangeId) },
  { name: 'deleteExchange', state: 'draft', allowed: editors, call: (v, w) => deleteExchange(v, w.exchangeId) },
  { name: 'restoreDeletedExchange', state: 'deleted', allowed: editors, call: (v, w) => restoreDeletedExchange(v, w.exchangeId) },
  {
    name: 'saveExchangeDraft',
    state: 'draft',
    allowed: editors,
    call: async (v, w) => {
      const { workingVersion } = await w.db.exchange.findUniqueOrThrow({ where: { id: w.exchangeId }, select: { workingVersion: true } });
      const rows = [{ kind: 'event', key: 'meeting', values: eventInput }];
      return saveExchangeDraft(v, w.exchangeId, { draft: JSON.stringify({ baseVersion: workingVersion, rows, removed: [] }) });
    },
  },
  {
    name: 'saveExchangeDraft',
    state: 'draft',
    allowed: editors,
    call: (v, w) => saveExchangeDraft(v, null, { draft: JSON.stringify({ exchange: { values: exchangeInput(w) }, rows: [], removed: [] }) }),
  },
  { name: 'addPart', state: 'draft', allowed: editors, call: (v, w) => addPart(v, 'event', w.exchangeId, eventInput) },
  { name: 'updatePart', state: 'draft', allowed: editors, call: (v, w) => updatePart(v, 'event', w.eventId, { ...eventInput, version: '1' }) },
  { name: 'deletePart', state: 'draft', allowed: editors, call: (v, w) => deletePart(v, 'event', w.eventId, { version: '1' }) },
  {
    name: 'recordProgress',
    state: 'published',
    allowed: editors,
    call: (v, w) =>
      recordProgress(v, w.itemId, { version: '1', occurredOn: '2024-06-01', status: 'IN_PROGRESS', progress: '40', originalLanguage: 'zh', translation: 'HUMAN' }),
  },
];
