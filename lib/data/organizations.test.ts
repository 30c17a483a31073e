import { beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { createOrganization, deleteOrganization, getOrganization, listOrganizationChoices, listOrganizations, updateOrganization } from './organizations';
import type { Viewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let admin: Viewer;
let zibo: { id: string };
let liuzhou: { id: string };

beforeEach(async () => {
  admin = await make.account('ADMIN');
  [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
});

const government = (overrides: Record<string, unknown> = {}) => ({
  nameZh: '淄博市人民政府',
  nameEn: 'Zibo Municipal People’s Government',
  kind: 'GOVERNMENT',
  cityId: zibo.id,
  ...overrides,
});
const academy = { nameZh: '广西社会科学院', nameEn: 'Guangxi Academy of Social Sciences', kind: 'ACADEMIC' };

const fieldsOf = (error: unknown) => (error as AppError).details.validation?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('writing organizations', () => {
  it('creates, finds, changes and deletes an organization, keeping each step in its history', async () => {
    const { id } = await createOrganization(admin, government());
    expect((await listOrganizations(admin, { query: 'municipal' })).items.map((o) => [o.nameZh, o.city?.id])).toEqual([['淄博市人民政府', zibo.id]]);
    expect((await listOrganizationChoices(admin)).map((o) => o.id)).toEqual([id]);

    await updateOrganization(admin, id, government({ nameEn: 'Zibo Municipal Government', version: '1' }));
    const { fields, history } = await getOrganization(admin, id);
    expect(fields).toMatchObject({ nameEn: 'Zibo Municipal Government', version: 2 });
    expect(history.map((r) => r.action)).toEqual(['UPDATE', 'CREATE']);

    await deleteOrganization(admin, id, { version: '2' });
    await expect(getOrganization(admin, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('allows one organization of a Chinese name per city, and one with no city', async () => {
    await createOrganization(admin, government());
    await createOrganization(admin, government({ cityId: liuzhou.id }));
    await createOrganization(admin, academy);
    const before = await databaseFingerprint(database.db);
    await expect(createOrganization(admin, government())).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'organizationExists' } });
    await expect(createOrganization(admin, academy)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'organizationExists' } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses a unit placed under itself or under one of its own units', async () => {
    const { id: parent } = await createOrganization(admin, academy);
    const { id: unit } = await createOrganization(admin, { nameZh: '社会学研究所', nameEn: 'Institute of Sociology', kind: 'ACADEMIC', parentId: parent });
    expect(fieldsOf(await updateOrganization(admin, parent, { ...academy, parentId: unit, version: '1' }).catch((e: unknown) => e))).toEqual([
      ['parentId', 'parentCycle'],
    ]);
    expect(fieldsOf(await updateOrganization(admin, parent, { ...academy, parentId: parent, version: '1' }).catch((e: unknown) => e))).toEqual([
      ['parentId', 'parentCycle'],
    ]);
  });

  it('refuses a city that does not exist', async () => {
    const error = await createOrganization(admin, government({ cityId: '0196f3a0-7c1e-7d2a-9b3c-1234567890ab' })).catch((e: unknown) => e);
    expect(fieldsOf(error)).toEqual([['cityId', 'invalidId']]);
  });

  it('refuses to delete an organization that a post, a unit or an exchange refers to', async () => {
    const { id } = await createOrganization(admin, academy);
    await createOrganization(admin, { nameZh: '社会学研究所', nameEn: 'Institute of Sociology', kind: 'ACADEMIC', parentId: id });
    await database.db.person.create({ data: { nameZh: '姚华', roles: { create: [{ titleZh: '研究员', titleEn: 'Researcher', organizationId: id }] } } });
    await make.exchange(zibo.id, liuzhou.id, { hostOrganizationId: id });
    expect((await getOrganization(admin, id)).usage).toEqual({ roles: 1, units: 1, exchanges: 1 });
    const before = await databaseFingerprint(database.db);
    await expect(deleteOrganization(admin, id, { version: '1' })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'inUse' } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});
