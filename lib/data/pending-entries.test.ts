import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal } from '../testing/outcomes';
import { addClaim } from './claims';
import { createExchange, publishExchange, submitExchange } from './exchange-editing';
import { addPart } from './exchange-parts';
import { addSource, citeSource, listSourceChoices } from './sources';
import type { UserViewer } from './viewer';
import { getWorkingExchange, listPersonChoices } from './workspace';

/*
 * A person or a source staff add in a draft is theirs and their cities' until a record that names it
 * is published: the staff of other cities neither see it in a picker nor may name it by its id.
 */

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: UserViewer;
let guangzhou: UserViewer;
let liuzhou: UserViewer;
let ziboDraft: string;
let guangzhouDraft: string;

beforeEach(async () => {
  const cities = Object.fromEntries(await Promise.all(['zibo', 'liuzhou', 'guangzhou', 'shenzhen'].map(async (slug) => [slug, (await make.city({ slug })).id] as const)));
  [zibo, guangzhou, liuzhou] = [await make.account('STAFF', [cities.zibo!]), await make.account('STAFF', [cities.guangzhou!]), await make.account('STAFF', [cities.liuzhou!])];
  const exchange = (visitingCityId: string, hostCityId: string, titleEn: string) => ({
    kind: 'DELEGATION_VISIT',
    titleZh: titleEn,
    titleEn,
    visitingCityId,
    hostCityId,
    startDate: '2024-03-01',
    datePrecision: 'DAY',
    status: 'TOOK_PLACE',
    originalLanguage: 'zh',
    translation: 'HUMAN',
  });
  ziboDraft = (await createExchange(zibo, exchange(cities.zibo!, cities.liuzhou!, 'Zibo to Liuzhou'))).id;
  guangzhouDraft = (await createExchange(guangzhou, exchange(cities.guangzhou!, cities.shenzhen!, 'Guangzhou to Shenzhen'))).id;
});

const newPerson = { newPersonNameZh: '王五', newPersonNameEn: 'Wang Wu', side: 'VISITING', role: 'MEMBER' };
const report = { kind: 'NEWS_REPORT', publicationZh: '淄博日报', publicationEn: 'Zibo Daily', language: 'zh' };

describe('people and sources added in a draft', () => {
  it('are seen and named only by the staff of the draft’s cities until a record naming them is published', async () => {
    await addPart(zibo, 'participant', ziboDraft, newPerson);
    const { id: sourceId } = await addSource(zibo, ziboDraft, report);
    const personId = (await getWorkingExchange(zibo, ziboDraft)).record.participants[0]!.personId;

    expect((await listPersonChoices(zibo)).map((person) => person.id)).toContain(personId);
    expect((await listPersonChoices(liuzhou)).map((person) => person.id)).toContain(personId);
    expect((await listPersonChoices(guangzhou)).map((person) => person.id)).not.toContain(personId);
    expect((await listSourceChoices(guangzhou)).map((source) => source.id)).not.toContain(sourceId);

    // A forged id is refused as if there were no such entry, and nothing is written.
    const before = await databaseFingerprint(database.db);
    expect(await refusal(addPart(guangzhou, 'participant', guangzhouDraft, { personId, side: 'VISITING', role: 'MEMBER' }))).toEqual(['personId: invalidId']);
    expect(await refusal(citeSource(guangzhou, guangzhouDraft, { sourceId, subjectKind: 'EXCHANGE', subjectId: guangzhouDraft }))).toEqual(['sourceId: invalidId']);
    expect(await refusal(addClaim(guangzhou, guangzhouDraft, { field: 'startDate', value: '2024-03-02', sourceId, basis: 'STATED' }))).toEqual(['sourceId: invalidId']);
    expect(await databaseFingerprint(database.db)).toBe(before);

    await submitExchange(zibo, ziboDraft);
    await publishExchange(liuzhou, ziboDraft);
    expect((await listPersonChoices(guangzhou)).map((person) => person.id)).toContain(personId);
    expect((await listSourceChoices(guangzhou)).map((source) => source.id)).toContain(sourceId);
    await addPart(guangzhou, 'participant', guangzhouDraft, { personId, side: 'VISITING', role: 'MEMBER' });
  });
});
