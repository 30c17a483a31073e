import { hashPassword } from '../../auth/password';
import type { PrismaClient } from '../../generated/prisma/client';
import { type Viewer, viewerForAccount } from '../../data/viewer';
import { testFactories } from '../factories';

/*
 * The world every authorization case runs in: two city pairs, one record in the state the case asks
 * for, and one account of each kind of caller.
 */

export type Caller = 'anonymous' | 'staffOfTheCity' | 'staffOfAnotherCity' | 'disabledStaff' | 'admin';
export const callers: readonly Caller[] = ['anonymous', 'staffOfTheCity', 'staffOfAnotherCity', 'disabledStaff', 'admin'];
export const editors = ['staffOfTheCity', 'admin'] as const satisfies readonly Caller[];
export const signedIn = ['staffOfTheCity', 'staffOfAnotherCity', 'admin'] as const satisfies readonly Caller[];
export const adminOnly = ['admin'] as const satisfies readonly Caller[];

export interface World {
  db: PrismaClient;
  viewers: Record<Caller, Viewer>;
  /** Zibo → Liuzhou: the record under test, in the state each case asks for. */
  exchangeId: string;
  ziboId: string;
  liuzhouId: string;
  guangzhouId: string;
  eventId: string;
  itemId: string;
  staffAccountId: string;
}

export type ExchangeState = 'draft' | 'published' | 'withdrawn' | 'deleted';

export interface AuthorizationCase {
  /** The data-access function under test, by its exported name. */
  name: string;
  state: ExchangeState;
  allowed: readonly Caller[];
  /** Extra records the call needs, made before the database is fingerprinted. */
  setup?: (w: World) => Promise<Record<string, string>>;
  call: (viewer: Viewer, w: World, extra: Record<string, string>) => Promise<unknown>;
}

/** Hashed once: a deliberately slow hash would otherwise be most of the time each case takes. */
let passwordHash: Promise<string> | undefined;

export async function buildWorld(db: PrismaClient, state: ExchangeState): Promise<World> {
  const make = testFactories(() => db);
  const [zibo, liuzhou, guangzhou, shenzhen] = [
    await make.city({ slug: 'zibo' }),
    await make.city({ slug: 'liuzhou' }),
    await make.city({ slug: 'guangzhou' }),
    await make.city({ slug: 'shenzhen' }),
  ];
  await make.exchange(guangzhou.id, shenzhen.id, { slug: 'guangzhou-to-shenzhen' });
  const exchange = await make.exchange(zibo.id, liuzhou.id, {
    slug: 'zibo-to-liuzhou',
    publicationState: state === 'draft' ? 'DRAFT' : state === 'withdrawn' ? 'WITHDRAWN' : 'PUBLISHED',
  });
  const event = await db.event.create({
    data: { exchangeId: exchange.id, kind: 'SYMPOSIUM', titleZh: '座谈会', titleEn: 'Symposium', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  const item = await db.cooperationItem.create({
    data: { exchangeId: exchange.id, titleZh: '合作', titleEn: 'Cooperation', status: 'PROPOSED', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  if (state === 'deleted') await db.exchange.update({ where: { id: exchange.id }, data: { deletedAt: new Date() } });

  passwordHash ??= hashPassword('correct horse battery staple');
  const hash = await passwordHash;
  const account = (email: string, role: 'ADMIN' | 'STAFF', cityId: string | null, disabled = false) =>
    db.user.create({
      data: { email, role, passwordHash: hash, disabledAt: disabled ? new Date() : null, cities: { create: cityId ? [{ cityId }] : [] } },
    });
  const [admin, staff, other, disabled] = [
    await account('admin@example.org', 'ADMIN', null),
    await account('zibo@example.org', 'STAFF', zibo.id),
    await account('guangzhou@example.org', 'STAFF', guangzhou.id),
    await account('former@example.org', 'STAFF', zibo.id, true),
  ];
  return {
    db,
    viewers: {
      anonymous: { kind: 'anonymous' },
      staffOfTheCity: await viewerForAccount(staff.id),
      staffOfAnotherCity: await viewerForAccount(other.id),
      disabledStaff: await viewerForAccount(disabled.id),
      admin: await viewerForAccount(admin.id),
    },
    exchangeId: exchange.id,
    ziboId: zibo.id,
    liuzhouId: liuzhou.id,
    guangzhouId: guangzhou.id,
    eventId: event.id,
    itemId: item.id,
    staffAccountId: staff.id,
  };
}
