import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signInAction } from '../../../app/[locale]/sign-in/actions';
import { hashPassword } from '../../auth/password';
import { deletePart } from '../../data/exchange-parts';
import { commandLine } from '../../data/viewer';
import { foundingExchangeSlug, seedDatabase } from '../../db/seed';
import { localFileStore } from '../../files/storage';
import type { PrismaClient } from '../../generated/prisma/client';
import { idleForm } from '../../validation/form';
import { restoreSnapshot, takeSnapshot } from '../database';
import { callServerAction, cookieHeader } from '../next-request';
import { logWrites, takeWrites } from '../write-log';

/*
 * What the fuzz runs against: the founding record (every kind of part, sources, a disputed date),
 * a third city, one account of each kind of caller with a session, a deleted part to restore,
 * entries nothing refers to (for deleting and merging), and decoys: one row in each table that
 * other rows point at, all with one id that no form ever names.
 * A mass-assignment probe sends that id for every column ending in "Id"; since the row exists, a
 * probe that got through would be written silently rather than refused, and is then found by value.
 */

export type Caller = 'admin' | 'staffOfTheCity' | 'staffOfAnotherCity' | 'disabledStaff' | 'anonymous' | 'forgedSession';

/** The id of every decoy row; forms never name it. */
export const decoyId = 'dec0dec0-0000-4000-8000-00000000dec0';
/** An id no row has, sent as a probe for `id`. */
export const freshId = 'f4e5f4e5-0000-4000-8000-00000000f4e5';

const password = 'correct horse battery staple';
const accounts = {
  admin: { id: '0a000000-0000-4000-8000-000000000001', email: 'admin@example.org', role: 'ADMIN', city: null },
  staffOfTheCity: { id: '0a000000-0000-4000-8000-000000000002', email: 'zibo@example.org', role: 'STAFF', city: 'zibo' },
  staffOfAnotherCity: { id: '0a000000-0000-4000-8000-000000000003', email: 'guangzhou@example.org', role: 'STAFF', city: 'guangzhou' },
  disabledStaff: { id: '0a000000-0000-4000-8000-000000000004', email: 'former@example.org', role: 'STAFF', city: 'zibo' },
} as const;
type Account = keyof typeof accounts;

export interface FuzzWorld {
  db: PrismaClient;
  exchangeId: string;
  /** An internal document of the record, its bytes in the world's own file store. */
  attachmentId: string;
  /** A draft relationship between the record's two cities. */
  relationshipId: string;
  /** An internal document of that relationship. */
  relationshipFileId: string;
  /** The record's two cities, and a third that has no exchange. */
  cityIds: { zibo: string; liuzhou: string; guangzhou: string };
  accountIds: Record<Account, string>;
  /** The Cookie header each caller sends. */
  cookies: Record<Caller, string>;
  /** Puts every record back as the world was built, so that what accepted calls added does not pile up. */
  reset: () => Promise<void>;
}

let passwordHash: Promise<string> | undefined;
/** Sessions name accounts by id, and the ids are the same in every world, so one sign-in each serves all. */
let sessions: Promise<Record<Caller, string>> | undefined;

/** Builds the world in an emptied database and starts logging writes (the world's own are cleared). */
async function buildFuzzWorld(db: PrismaClient): Promise<Omit<FuzzWorld, 'reset'>> {
  await seedDatabase(db);
  passwordHash ??= hashPassword(password);
  const hash = await passwordHash;
  const zibo = await db.city.findUniqueOrThrow({ where: { slug: 'zibo' } });
  const liuzhou = await db.city.findUniqueOrThrow({ where: { slug: 'liuzhou' } });
  const guangzhou = await db.city.create({
    data: { slug: 'guangzhou', nameZh: '广州', nameEn: 'Guangzhou', provinceZh: '广东省', provinceEn: 'Guangdong Province' },
  });
  const cityIds = { zibo: zibo.id, liuzhou: liuzhou.id, guangzhou: guangzhou.id };
  for (const { id, email, role, city } of Object.values(accounts)) {
    await db.user.create({ data: { id, email, role, passwordHash: hash, cities: { create: city ? [{ cityId: cityIds[city] }] : [] } } });
  }
  sessions ??= signInEveryone();
  const cookies = await sessions;
  await db.user.update({ where: { id: accounts.disabledStaff.id }, data: { disabledAt: new Date() } });

  const exchange = await db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
  // A deleted part, for restoring.
  const topic = await db.topic.findFirstOrThrow({ where: { exchangeId: exchange.id }, orderBy: { position: 'desc' } });
  await deletePart(commandLine, 'topic', topic.id, { version: String(topic.version) });
  const attachment = await db.attachment.create({
    data: {
      exchangeId: exchange.id,
      storageKey: 'attachments/fuzz/original.pdf',
      mediaType: 'application/pdf',
      fileKind: 'DOCUMENT',
      byteSize: 1,
      sha256: '0'.repeat(64),
      fileName: 'agreement.pdf',
      captionZh: '合作协议',
      credit: '柳州市人民政府',
      licence: 'CC BY 4.0',
      visibility: 'INTERNAL',
    },
  });
  const relationship = await db.cityRelationship.create({
    data: { cityId: zibo.id, partnerCityId: liuzhou.id, kind: 'FRIENDSHIP_EXCHANGE', status: 'PROPOSED', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  // Its source and that source's claim on its date, to take off and to accept.
  const relationshipSource = await db.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const subject = { subjectKind: 'RELATIONSHIP', subjectId: relationship.id, relationshipId: relationship.id } as const;
  await db.citation.create({ data: { ...subject, sourceId: relationshipSource.id } });
  await db.claim.create({ data: { ...subject, sourceId: relationshipSource.id, field: 'establishedOn', value: '2023-05', basis: 'STATED' } });
  const relationshipFile = await db.attachment.create({
    data: { ...attachment, id: undefined, exchangeId: null, relationshipId: relationship.id, storageKey: 'attachments/fuzz-relationship/original.pdf', captionZh: '友好交流城市意向书' },
  });
  await storeWorldFiles();
  await makeSpares(db);
  await makeDecoys(db, zibo.id);

  // Refusals are written to the audit log on purpose, and reading a session marks it used: neither is
  // a write the call was asked to make.
  await logWrites(db, { except: ['AuditEvent', 'Session'] });
  await takeWrites(db);
  return {
    db,
    exchangeId: exchange.id,
    attachmentId: attachment.id,
    relationshipId: relationship.id,
    relationshipFileId: relationshipFile.id,
    cityIds,
    accountIds: Object.fromEntries(Object.entries(accounts).map(([caller, { id }]) => [caller, id])) as Record<Account, string>,
    cookies,
  };
}

/**
 * The world for each endpoint's fuzz: built once per database, then put back as it was before each
 * endpoint, so that one endpoint's accepted calls do not change what the next one meets.
 */
export function freshWorlds(db: () => PrismaClient): () => Promise<FuzzWorld> {
  let built: Promise<FuzzWorld> | undefined;
  return async () => {
    if (built) {
      const world = await built;
      await world.reset();
      return world;
    }
    built = buildFuzzWorld(db()).then(async (world) => {
      const snapshot = await takeSnapshot(db());
      return { ...world, reset: () => restoreSnapshot(db(), snapshot) };
    });
    return built;
  };
}

async function signInEveryone(): Promise<Record<Caller, string>> {
  const cookies: Partial<Record<Caller, string>> = { anonymous: '', forgedSession: 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged' };
  for (const [caller, { email }] of Object.entries(accounts)) {
    const form = new FormData();
    form.set('email', email);
    form.set('password', password);
    const { outcome, setCookies } = await callServerAction({ path: '/zh/sign-in' }, () => signInAction('zh', idleForm, form));
    if (outcome.kind !== 'redirected') throw new Error(`${email} could not sign in: ${JSON.stringify(outcome)}`);
    cookies[caller as Caller] = cookieHeader(setCookies);
  }
  return cookies as Record<Caller, string>;
}

/**
 * The world's files live in a folder of its own, which the routes find through JIAOLIU_FILES_DIR:
 * the document of its attachment, and whatever accepted uploads add.
 */
async function storeWorldFiles(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jiaoliu-fuzz-files-'));
  process.env.JIAOLIU_FILES_DIR = dir;
  const agreement = path.join(dir, 'agreement.pdf');
  writeFileSync(agreement, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await localFileStore(dir).put('attachments/fuzz/original.pdf', agreement, { contentType: 'application/pdf' });
}

/** Entries nothing refers to, for the admin forms to change, delete and merge. */
async function makeSpares(db: PrismaClient): Promise<void> {
  await db.city.create({ data: { slug: 'shenzhen', nameZh: '深圳', nameEn: 'Shenzhen', provinceZh: '广东省', provinceEn: 'Guangdong Province' } });
  await db.organization.create({ data: { nameZh: '备用机构', nameEn: 'Spare organization', kind: 'ASSOCIATION' } });
  await db.person.create({ data: { nameZh: '备用一', nameEn: 'Spare person one', roles: { create: [{ titleZh: '秘书长', titleEn: 'Secretary-General' }] } } });
  const two = await db.person.create({ data: { nameEn: 'Spare person two' } });
  // Staff thought the two spares one person: an admin's decision waits.
  const one = await db.person.findFirstOrThrow({ where: { nameEn: 'Spare person one' }, select: { id: true } });
  await db.personMergeProposal.create({ data: { keepId: one.id, mergeId: two.id, note: 'Same secretary-general?' } });
}

/** One row, with the decoy id, in each table that a column ending in "Id" points at. */
async function makeDecoys(db: PrismaClient, ziboId: string): Promise<void> {
  const id = decoyId;
  const names = { nameZh: '诱饵', nameEn: 'Decoy' };
  const texts = { titleZh: '诱饵', titleEn: 'Decoy', originalLanguage: 'zh', translation: 'HUMAN' } as const;
  await db.user.create({ data: { id, email: 'decoy@example.org', role: 'STAFF' } });
  await db.city.create({ data: { id, slug: 'decoy', ...names, provinceZh: '诱饵', provinceEn: 'Decoy' } });
  await db.organization.create({ data: { id, ...names, kind: 'OTHER' } });
  await db.person.create({ data: { id, ...names } });
  await db.personRole.create({ data: { id, personId: id, titleZh: '诱饵', titleEn: 'Decoy' } });
  await db.source.create({ data: { id, slug: 'decoy', kind: 'OTHER', publicationZh: '诱饵', publicationEn: 'Decoy', language: 'zh' } });
  await db.exchange.create({
    data: { id, slug: 'decoy', kind: 'DELEGATION_VISIT', ...texts, visitingCityId: id, hostCityId: ziboId, startDate: new Date('2020-01-01'), datePrecision: 'DAY', status: 'PLANNED' },
  });
  await db.event.create({ data: { id, exchangeId: id, kind: 'OTHER', ...texts } });
  await db.topic.create({ data: { id, exchangeId: id, ...texts } });
  await db.statement.create({
    data: { id, exchangeId: id, kind: 'REMARK', form: 'PARAPHRASE', textZh: '诱饵', textEn: 'Decoy', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  await db.cooperationItem.create({ data: { id, exchangeId: id, ...texts, status: 'PROPOSED' } });
  await db.cooperationUpdate.create({
    data: { id, itemId: id, occurredOn: new Date('2020-01-01'), status: 'PROPOSED', originalLanguage: 'zh', translation: 'HUMAN' },
  });
}
