import { beforeEach, describe, expect, it } from 'vitest';
import { presentExchange } from '../api/present';
import { translationOf } from '../records/translations';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { submitAndPublish } from '../testing/outcomes';
import { createExchange, updateExchange } from './exchange-editing';
import { addPart, updatePart } from './exchange-parts';
import { getPublishedExchange } from './exchanges';
import { anonymous, type UserViewer } from './viewer';
import { getWorkingExchange } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let clerk: UserViewer;
let translator: UserViewer;
let reviewer: UserViewer;
let cities: { zibo: string; liuzhou: string };

beforeEach(async () => {
  const [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  cities = { zibo: zibo.id, liuzhou: liuzhou.id };
  clerk = await make.account('STAFF', [zibo.id]);
  translator = await make.account('STAFF', [zibo.id]);
  reviewer = await make.account('STAFF', [liuzhou.id]);
});

const visit = () => ({
  kind: 'DELEGATION_VISIT',
  titleZh: '淄博市代表团考察柳州螺蛳粉产业',
  visitingCityId: cities.zibo,
  hostCityId: cities.liuzhou,
  startDate: '2023-05-05',
  datePrecision: 'DAY',
  status: 'TOOK_PLACE',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});
const kept = async (entityId: string) =>
  (await database.db.textTranslation.findMany({ where: { entityId }, orderBy: { field: 'asc' } })).map(({ field, kind, translatedById }) => ({ field, kind, translatedById }));

describe('how each text was translated', () => {
  it('is kept per text: by a person or by machine, who, and when; a text whose translation is emptied has none', async () => {
    const { id } = await createExchange(clerk, visit());
    expect(await kept(id)).toEqual([]);
    const version = async () => String((await database.db.exchange.findUniqueOrThrow({ where: { id } })).version);

    // The translator machine-translates the title; later a person writes the summary's English.
    await updateExchange(translator, id, { ...visit(), titleEn: 'Zibo delegation studies Liuzhou’s luosifen industry', translation: 'MACHINE', version: await version() });
    await updateExchange(clerk, id, {
      ...visit(),
      titleEn: 'Zibo delegation studies Liuzhou’s luosifen industry',
      summaryZh: '代表团参观了螺蛳粉产业园。',
      summaryEn: 'The delegation visited the luosifen industrial park.',
      translation: 'HUMAN',
      version: await version(),
    });
    expect(await kept(id)).toEqual([
      { field: 'summary', kind: 'HUMAN', translatedById: clerk.id },
      { field: 'title', kind: 'MACHINE', translatedById: translator.id },
    ]);

    const { id: statementId } = await addPart(translator, 'statement', id, {
      kind: 'REMARK',
      form: 'PARAPHRASE',
      textZh: '欢迎淄博烧烤入柳。',
      textEn: 'We welcome Zibo barbecue to Liuzhou.',
      originalLanguage: 'zh',
      translation: 'MACHINE',
    });
    const working = await getWorkingExchange(translator, id);
    expect(working.translations.find((text) => text.entityId === statementId)).toMatchObject({ field: 'text', kind: 'MACHINE', translatedBy: { email: expect.any(String) } });

    // The public and the API say how each text was translated, and when.
    await submitAndPublish(clerk, reviewer, id);
    const { slug } = await database.db.exchange.findUniqueOrThrow({ where: { id } });
    const published = await getPublishedExchange(anonymous, slug);
    expect(translationOf(published.record, published.record, 'title').kind).toBe('MACHINE');
    expect(translationOf(published.record, published.record, 'summary').kind).toBe('HUMAN');
    const [statement] = presentExchange(published, 'https://jiaoliu.example').statements;
    expect(statement!.text).toMatchObject({ translation: 'MACHINE', translated_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), translation_pending: false });

    // Emptying a translation leaves the text pending, with no translation on record.
    await updatePart(clerk, 'statement', statementId, { kind: 'REMARK', form: 'PARAPHRASE', textZh: '欢迎淄博烧烤入柳。', originalLanguage: 'zh', translation: 'HUMAN', version: '1' });
    expect(await kept(statementId)).toEqual([]);
  });
});
