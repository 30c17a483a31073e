import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { createCity, deleteCity, getCity, listCities, updateCity } from './cities';
import type { Viewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let admin: Viewer;

beforeEach(async () => {
  admin = await make.account('ADMIN');
});

const zibo = (overrides: Record<string, unknown> = {}) => ({
  slug: 'zibo',
  nameZh: '淄博',
  nameEn: 'Zibo',
  provinceZh: '山东省',
  provinceEn: 'Shandong Province',
  level: 'PREFECTURE',
  latitude: '36.81',
  longitude: '118.05',
  ...overrides,
});

const fieldsOf = (error: unknown) => (error as AppError).details.validation?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('writing cities', () => {
  it('creates, finds, changes and deletes a city, keeping each step in its history', async () => {
    const { id } = await createCity(admin, zibo());
    expect((await listCities(admin, { query: 'shandong' })).items.map((c) => c.slug)).toEqual(['zibo']);
    expect((await listCities(admin, { query: '柳州' })).items).toEqual([]);

    await updateCity(admin, id, zibo({ latitude: '36.8131', version: '1', note: 'More precise centre' }));
    const { fields, usage, history } = await getCity(admin, id);
    expect(fields).toMatchObject({ latitude: '36.8131', longitude: '118.05', version: 2 });
    expect(usage).toEqual({});
    expect(history.map((r) => [r.action, r.note])).toEqual([
      ['UPDATE', 'More precise centre'],
      ['CREATE', null],
    ]);
    expect(history[0]?.changes).toEqual({ latitude: { from: '36.81', to: '36.8131' } });

    await deleteCity(admin, id, { version: '2' });
    await expect(getCity(admin, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await database.db.revision.count({ where: { entityId: id, action: 'DELETE' } })).toBe(1);
  });

  it('names each bad field and changes nothing', async () => {
    const before = await databaseFingerprint(database.db);
    const error = await createCity(admin, zibo({ slug: 'Zi Bo', latitude: '136.8', nameEn: '' })).catch((e: unknown) => e);
    expect(fieldsOf(error)).toEqual([
      ['slug', 'invalidSlug'],
      ['nameEn', 'required'],
      ['latitude', 'outOfRange'],
    ]);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses a web address key another city has', async () => {
    await createCity(admin, zibo());
    const { id } = await createCity(admin, zibo({ slug: 'liuzhou', nameZh: '柳州', nameEn: 'Liuzhou' }));
    await expect(createCity(admin, zibo())).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'slugTaken' } });
    await expect(updateCity(admin, id, zibo({ version: '1' }))).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'slugTaken' } });
  });

  it('refuses the second of two saves from the same version, saying what the first changed', async () => {
    const { id } = await createCity(admin, zibo());
    await updateCity(admin, id, zibo({ nameEn: 'Zibo City', version: '1' }));
    const before = await databaseFingerprint(database.db);
    await expect(updateCity(admin, id, zibo({ provinceEn: 'Shandong', version: '1' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { conflict: [{ field: 'nameEn', theirs: 'Zibo City' }] },
    });
    await expect(deleteCity(admin, id, { version: '1' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses to delete a city that exchanges or staff accounts refer to, and says what does', async () => {
    const [visiting, host] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
    await make.exchange(visiting.id, host.id);
    await database.db.user.create({ data: { email: 'staff@zibo.example', role: 'STAFF', cities: { create: [{ cityId: visiting.id }] } } });
    expect((await getCity(admin, visiting.id)).usage).toEqual({ exchanges: 1, staffAccounts: 1 });
    const before = await databaseFingerprint(database.db);
    await expect(deleteCity(admin, visiting.id, { version: '1' })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'inUse' } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('treats an address that is not an id as a missing city', async () => {
    await expect(getCity(admin, 'zibo')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateCity(admin, '0196f3a0-7c1e-7d2a-9b3c-1234567890ab', zibo({ version: '1' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
