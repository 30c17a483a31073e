import {
  createRelationship,
  deleteRelationship,
  getWorkingRelationship,
  listDeletedRelationships,
  restoreRelationship,
  listPublicRelationships,
  listSigningExchangeChoices,
  listWorkspaceRelationships,
  publishRelationship,
  sendBackRelationship,
  submitRelationship,
  updateRelationship,
  withdrawRelationship,
} from '../../data/relationships';
import {
  acceptRelationshipClaim,
  addRelationshipClaim,
  addRelationshipSource,
  citeRelationshipSource,
  deleteRelationshipClaim,
  removeRelationshipCitation,
} from '../../data/relationship-sources';
import { type AuthorizationCase, callers, editors, signedIn, type World } from './world';

const relationshipInput = (w: World) => ({
  cityId: w.ziboId,
  partnerCityId: w.liuzhouId,
  kind: 'SISTER_CITY',
  status: 'IN_FORCE',
  establishedOn: '2024-06',
  establishedPrecision: 'MONTH',
  endedPrecision: 'DAY',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});

/** A Zibo–Liuzhou relationship, a draft or (`published`) on the public record, made as a command would. */
export async function relationshipOf(w: World, { published = false } = {}) {
  const fields = relationshipInput(w);
  const data = { ...fields, kind: 'SISTER_CITY', status: 'IN_FORCE', establishedOn: new Date('2024-06-01'), establishedPrecision: 'MONTH', endedPrecision: 'DAY' } as const;
  const relationship = await w.db.cityRelationship.create({ data: { ...data, originalLanguage: 'zh', translation: 'HUMAN', publicationState: published ? 'PUBLISHED' : 'DRAFT' } });
  if (published) {
    await w.db.publicRelationship.create({
      data: { ...data, relationshipId: relationship.id, version: 1, originalLanguage: 'zh', translation: 'HUMAN', publishedAt: new Date() },
    });
  }
  return { relationshipId: relationship.id };
}

const draft = (w: World) => relationshipOf(w);
async function inReview(w: World) {
  const made = await relationshipOf(w);
  await w.db.cityRelationship.update({ where: { id: made.relationshipId }, data: { publicationState: 'IN_REVIEW' } });
  return made;
}
async function deleted(w: World) {
  const made = await relationshipOf(w);
  await w.db.cityRelationship.update({ where: { id: made.relationshipId }, data: { deletedAt: new Date() } });
  return made;
}

/**
 * A draft relationship and a source on record, and unless `cited` is false the source cited for the
 * relationship, with its claim on the relationship's date.
 */
async function withEvidence(w: World, { cited = true } = {}): Promise<Record<string, string>> {
  const { relationshipId } = await relationshipOf(w);
  const source = await w.db.source.create({ data: { slug: 'liuzhou-daily-sisters', kind: 'NEWS_REPORT', publicationZh: '柳州日报', publicationEn: 'Liuzhou Daily', language: 'zh' } });
  if (!cited) return { relationshipId, sourceId: source.id };
  const subject = { subjectKind: 'RELATIONSHIP', subjectId: relationshipId, relationshipId } as const;
  const citation = await w.db.citation.create({ data: { ...subject, sourceId: source.id } });
  const claim = await w.db.claim.create({ data: { ...subject, sourceId: source.id, field: 'establishedOn', value: '2024-06', basis: 'STATED' } });
  return { relationshipId, sourceId: source.id, citationId: citation.id, claimId: claim.id };
}
const newSource = { kind: 'NEWS_REPORT', publicationZh: '淄博日报', publicationEn: 'Zibo Daily', language: 'zh' };
const published = (w: World) => relationshipOf(w, { published: true });

export const relationshipCases: AuthorizationCase[] = [
  { name: 'listPublicRelationships', state: 'published', allowed: callers, setup: published, call: (v) => listPublicRelationships(v, { city: 'zibo' }) },
  { name: 'listWorkspaceRelationships', state: 'draft', allowed: signedIn, setup: draft, call: (v) => listWorkspaceRelationships(v) },
  { name: 'listSigningExchangeChoices', state: 'draft', allowed: signedIn, call: (v) => listSigningExchangeChoices(v) },
  { name: 'getWorkingRelationship', state: 'draft', allowed: editors, setup: draft, call: (v, _w, x) => getWorkingRelationship(v, x.relationshipId!) },
  { name: 'createRelationship', state: 'draft', allowed: editors, call: (v, w) => createRelationship(v, relationshipInput(w)) },
  { name: 'updateRelationship', state: 'draft', allowed: editors, setup: draft, call: (v, w, x) => updateRelationship(v, x.relationshipId!, { ...relationshipInput(w), version: '1' }) },
  { name: 'submitRelationship', state: 'draft', allowed: editors, setup: draft, call: (v, _w, x) => submitRelationship(v, x.relationshipId!) },
  { name: 'publishRelationship', state: 'draft', allowed: editors, setup: draft, call: (v, _w, x) => publishRelationship(v, x.relationshipId!) },
  {
    name: 'sendBackRelationship',
    state: 'draft',
    allowed: editors,
    setup: inReview,
    call: (v, _w, x) => sendBackRelationship(v, x.relationshipId!, { note: 'Cite the signed agreement' }),
  },
  { name: 'withdrawRelationship', state: 'draft', allowed: editors, setup: published, call: (v, _w, x) => withdrawRelationship(v, x.relationshipId!) },
  { name: 'deleteRelationship', state: 'draft', allowed: editors, setup: draft, call: (v, _w, x) => deleteRelationship(v, x.relationshipId!) },
  { name: 'listDeletedRelationships', state: 'draft', allowed: signedIn, setup: deleted, call: (v) => listDeletedRelationships(v) },
  { name: 'restoreRelationship', state: 'draft', allowed: editors, setup: deleted, call: (v, _w, x) => restoreRelationship(v, x.relationshipId!) },
  {
    name: 'citeRelationshipSource',
    state: 'draft',
    allowed: editors,
    setup: (w) => withEvidence(w, { cited: false }),
    call: (v, _w, x) => citeRelationshipSource(v, x.relationshipId!, { sourceId: x.sourceId!, locator: '第二段' }),
  },
  { name: 'addRelationshipSource', state: 'draft', allowed: editors, setup: draft, call: (v, _w, x) => addRelationshipSource(v, x.relationshipId!, newSource) },
  { name: 'removeRelationshipCitation', state: 'draft', allowed: editors, setup: (w) => withEvidence(w), call: (v, _w, x) => removeRelationshipCitation(v, x.citationId!) },
  {
    name: 'addRelationshipClaim',
    state: 'draft',
    allowed: editors,
    setup: (w) => withEvidence(w),
    call: (v, _w, x) => addRelationshipClaim(v, x.relationshipId!, { field: 'endedOn', value: '2025', sourceId: x.sourceId!, basis: 'STATED' }),
  },
  { name: 'acceptRelationshipClaim', state: 'draft', allowed: editors, setup: (w) => withEvidence(w), call: (v, _w, x) => acceptRelationshipClaim(v, x.claimId!, { version: '1' }) },
  { name: 'deleteRelationshipClaim', state: 'draft', allowed: editors, setup: (w) => withEvidence(w), call: (v, _w, x) => deleteRelationshipClaim(v, x.claimId!, { version: '1' }) },
];
