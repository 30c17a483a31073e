import { listFollowThrough, listPublicItems } from '../../data/cooperation-tracker';
import { exportExchanges, exportItems, exportPopolo, listApiExchanges, listFeedExchanges } from '../../data/open-data';
import { countExchangesPerYear, getCityPair, getCityProfile, listCityPairs, listPublicCities } from '../../data/public-cities';
import { searchPublicRecords } from '../../data/search';
import { type AuthorizationCase, callers } from './world';

/** Reads a download to its end, as the route that sends it does. */
async function drain(batches: AsyncIterable<unknown[]>) {
  for await (const _ of batches);
}

/** The public side: everyone may read it, and none of it writes. */
export const publicCases: AuthorizationCase[] = [
  { name: 'searchPublicRecords', state: 'published', allowed: callers, call: (v) => searchPublicRecords(v, { q: 'Zibo' }) },
  { name: 'listPublicCities', state: 'published', allowed: callers, call: (v) => listPublicCities(v) },
  { name: 'listCityPairs', state: 'published', allowed: callers, call: (v) => listCityPairs(v) },
  { name: 'countExchangesPerYear', state: 'published', allowed: callers, call: (v) => countExchangesPerYear(v) },
  { name: 'getCityProfile', state: 'published', allowed: callers, call: (v) => getCityProfile(v, 'zibo') },
  { name: 'getCityPair', state: 'published', allowed: callers, call: (v) => getCityPair(v, 'zibo', 'liuzhou') },
  { name: 'listPublicItems', state: 'published', allowed: callers, call: (v) => listPublicItems(v, { city: 'zibo' }) },
  { name: 'listFollowThrough', state: 'published', allowed: callers, call: (v) => listFollowThrough(v) },
  { name: 'listFeedExchanges', state: 'published', allowed: callers, call: (v) => listFeedExchanges(v, { city: 'zibo' }) },
  { name: 'exportExchanges', state: 'published', allowed: callers, call: (v) => drain(exportExchanges(v, {})) },
  { name: 'exportItems', state: 'published', allowed: callers, call: (v) => drain(exportItems(v, {})) },
  { name: 'exportPopolo', state: 'published', allowed: callers, call: (v) => exportPopolo(v, { city: 'zibo' }) },
  { name: 'listApiExchanges', state: 'withdrawn', allowed: callers, call: (v) => listApiExchanges(v, { modified_since: '2000-01-01' }) },
];
