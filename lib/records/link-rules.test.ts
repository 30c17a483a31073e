import { describe, expect, it } from 'vitest';
import { leadsTo, linkMismatch } from './link-rules';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A visit of one city, or of several together ("zibo+weifang"), to a host. */
const visit = (visitors: string, hostCityId: string, startDate: string) => ({ visitingCityIds: visitors.split('+'), hostCityId, startDate: d(startDate) });

describe('linkMismatch', () => {
  const ziboToLiuzhou = visit('zibo', 'liuzhou', '2023-05-15');

  it('lets a return visit go the other way, later or on the same day', () => {
    expect(linkMismatch('RETURNS_VISIT', visit('liuzhou', 'zibo', '2023-07-01'), ziboToLiuzhou)).toBeNull();
    expect(linkMismatch('RETURNS_VISIT', visit('liuzhou', 'zibo', '2023-05-15'), ziboToLiuzhou)).toBeNull();
  });

  it('refuses a return visit between other cities, or the same way round, as a matter of its kind', () => {
    expect(linkMismatch('RETURNS_VISIT', visit('zibo', 'liuzhou', '2023-07-01'), ziboToLiuzhou)).toEqual({ field: 'kind', reason: 'notAReturn' });
    expect(linkMismatch('RETURNS_VISIT', visit('liuzhou', 'harbin', '2023-07-01'), ziboToLiuzhou)).toEqual({ field: 'kind', reason: 'notAReturn' });
  });

  it('lets one city of a joint delegation host the return, and a joint delegation return a visit', () => {
    const jointToLiuzhou = visit('zibo+weifang', 'liuzhou', '2023-05-15');
    expect(linkMismatch('RETURNS_VISIT', visit('liuzhou', 'weifang', '2023-09-01'), jointToLiuzhou)).toBeNull();
    expect(linkMismatch('RETURNS_VISIT', visit('liuzhou+harbin', 'zibo', '2023-09-01'), ziboToLiuzhou)).toBeNull();
    expect(linkMismatch('RETURNS_VISIT', visit('harbin', 'weifang', '2023-09-01'), jointToLiuzhou)).toEqual({ field: 'kind', reason: 'notAReturn' });
  });

  it('refuses a return or follow-up of an exchange that begins later', () => {
    expect(linkMismatch('RETURNS_VISIT', visit('liuzhou', 'zibo', '2023-05-14'), ziboToLiuzhou)).toEqual({ field: 'targetId', reason: 'linkToLater' });
    expect(linkMismatch('FOLLOWS_UP', visit('harbin', 'zibo', '2022-01-01'), ziboToLiuzhou)).toEqual({ field: 'targetId', reason: 'linkToLater' });
  });

  it('lets a follow-up join any cities, and a series run either way in time', () => {
    expect(linkMismatch('FOLLOWS_UP', visit('harbin', 'zibo', '2024-01-01'), ziboToLiuzhou)).toBeNull();
    expect(linkMismatch('SAME_SERIES', visit('zibo', 'liuzhou', '2022-01-01'), ziboToLiuzhou)).toBeNull();
  });
});

describe('leadsTo', () => {
  const graph: Record<string, string[]> = { a: ['b'], b: ['c', 'd'], c: ['a'], d: [], e: ['e'] };
  const asked: string[][] = [];
  const sequelsOf = async (ids: string[]) => {
    asked.push(ids);
    return ids.flatMap((id) => graph[id] ?? []);
  };

  it('follows links step by step, asking once a step, and stops where nothing new is reached', async () => {
    asked.length = 0;
    expect(await leadsTo('b', 'a', sequelsOf)).toBe(true);
    expect(await leadsTo('d', 'a', sequelsOf)).toBe(false);
    expect(asked).toEqual([['b'], ['c', 'd'], ['d']]);
  });

  it('ends on a circle that does not reach the exchange', async () => {
    expect(await leadsTo('e', 'a', sequelsOf)).toBe(false);
    expect(await leadsTo('a', 'x', sequelsOf)).toBe(false);
  });
});
