import { describe, expect, it } from 'vitest';
import { foundingExchangeSlug, seedDatabase } from '../db/seed';
import { setupTestDatabase } from '../testing/database';
import { listExchangeLinks } from './exchange-links';
import { getExchangeRecord, listTimeline } from './exchanges';
import { searchPublicRecords } from './search';
import { anonymous } from './viewer';

/*
 * How many SQL statements each public page sends: its data, read the way the page reads it. A page
 * that grew a query per record (an N+1) or a new round trip would show here, whatever the data's size.
 * The page cache in front (lib/server/page-cache.ts) adds one more, the content generation, to a page
 * it renders, and sends only that one for a page it serves from memory.
 */

const database = setupTestDatabase('page_queries');

async function queriesOf(read: () => Promise<unknown>) {
  const before = database.sqlQueries;
  await read();
  return database.sqlQueries - before;
}

const pages: [string, () => Promise<unknown>, number][] = [
  // The page's own list of cities for its filters is the one listTimeline reads: React's cache reads it
  // once for the request.
  // The further cities of its joint visits are one more, whatever the page holds.
  ['the timeline', () => listTimeline(anonymous, {}), 4],
  ['a page of the timeline filtered by city and year', () => listTimeline(anonymous, { city: 'zibo', year: '2023', page: '1' }), 4],
  // Its links to other exchanges are read apart: they depend on the other records' publications too.
  ['an exchange, with its links', async () => listExchangeLinks(anonymous, (await getExchangeRecord(anonymous, foundingExchangeSlug)).id), 2],
  ['search for a Chinese word', () => searchPublicRecords(anonymous, { q: '螺蛳粉' }), 3],
  ['search for an English word', () => searchPublicRecords(anonymous, { q: 'barbecue' }), 3],
];

describe('each public page reads its data in a few SQL statements, whatever it holds', () => {
  it.each(pages)('%s', async (_page, read, budget) => {
    await seedDatabase(database.db);
    // Once to warm what is cached between requests (the search statistics), then counted.
    await read();
    expect(await queriesOf(read)).toBeLessThanOrEqual(budget);
  });
});
