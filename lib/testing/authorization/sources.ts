import { acceptClaim, addClaim, deleteClaim, leaveClaimDisputed } from '../../data/claims';
import { addSource, citeSource, getSourceForEditing, listSourceChoices, removeCitation, updateSource } from '../../data/sources';
import { type AuthorizationCase, editors, signedIn, type World } from './world';

const report = { kind: 'NEWS_REPORT', publicationZh: '工人日报', publicationEn: 'Workers’ Daily', language: 'zh' } as const;

/** A source cited for the record under test, with one claim on its date. */
async function citedSource(w: World): Promise<Record<string, string>> {
  const source = await w.db.source.create({ data: { ...report, slug: 'workers-daily' } });
  const citation = await w.db.citation.create({ data: { exchangeId: w.exchangeId, sourceId: source.id, subjectKind: 'EXCHANGE', subjectId: w.exchangeId } });
  const claim = await w.db.claim.create({
    data: { exchangeId: w.exchangeId, subjectKind: 'EXCHANGE', subjectId: w.exchangeId, field: 'startDate', value: '2024-01-02', sourceId: source.id, basis: 'STATED' },
  });
  return { sourceId: source.id, citationId: citation.id, claimId: claim.id };
}

export const sourceCases: AuthorizationCase[] = [
  { name: 'listSourceChoices', state: 'draft', allowed: signedIn, call: (v) => listSourceChoices(v) },
  { name: 'addSource', state: 'draft', allowed: editors, call: (v, w) => addSource(v, w.exchangeId, report) },
  { name: 'getSourceForEditing', state: 'draft', allowed: editors, setup: citedSource, call: (v, w, x) => getSourceForEditing(v, w.exchangeId, x.sourceId!) },
  {
    name: 'updateSource',
    state: 'draft',
    allowed: editors,
    setup: citedSource,
    call: (v, w, x) => updateSource(v, w.exchangeId, x.sourceId!, { ...report, publicationEn: 'Workers Daily', version: '1' }),
  },
  {
    name: 'citeSource',
    state: 'draft',
    allowed: editors,
    setup: citedSource,
    call: (v, w, x) => citeSource(v, w.exchangeId, { sourceId: x.sourceId, subjectKind: 'EVENT', subjectId: w.eventId }),
  },
  { name: 'removeCitation', state: 'draft', allowed: editors, setup: citedSource, call: (v, _w, x) => removeCitation(v, x.citationId!) },
  {
    name: 'addClaim',
    state: 'draft',
    allowed: editors,
    setup: citedSource,
    call: (v, w, x) => addClaim(v, w.exchangeId, { field: 'endDate', value: '2024-01-03', sourceId: x.sourceId, basis: 'STATED' }),
  },
  { name: 'acceptClaim', state: 'draft', allowed: editors, setup: citedSource, call: (v, _w, x) => acceptClaim(v, x.claimId!, { version: '1' }) },
  { name: 'leaveClaimDisputed', state: 'draft', allowed: editors, setup: citedSource, call: (v, w) => leaveClaimDisputed(v, w.exchangeId, { field: 'startDate', version: '1' }) },
  { name: 'deleteClaim', state: 'draft', allowed: editors, setup: citedSource, call: (v, _w, x) => deleteClaim(v, x.claimId!, { version: '1' }) },
];
