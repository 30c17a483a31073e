import {
  createRelationship,
  deleteRelationship,
  getWorkingRelationship,
  listPublicRelationships,
  listSigningExchangeChoices,
  listWorkspaceRelationships,
  publishRelationship,
  submitRelationship,
  updateRelationship,
  withdrawRelationship,
} from '../../data/relationships';
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
  { name: 'withdrawRelationship', state: 'draft', allowed: editors, setup: published, call: (v, _w, x) => withdrawRelationship(v, x.relationshipId!) },
  { name: 'deleteRelationship', state: 'draft', allowed: editors, setup: draft, call: (v, _w, x) => deleteRelationship(v, x.relationshipId!) },
];
