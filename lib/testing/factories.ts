import { writePublication } from '../data/publication';
import type { UserViewer } from '../data/viewer';
import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** Minimal valid records for tests; each takes overrides for what a test cares about. */
export function testFactories(db: () => PrismaClient) {
  let n = 0;
  const next = () => ++n;
  return {
    async city(overrides: Partial<Prisma.CityUncheckedCreateInput> = {}) {
      const i = next();
      return db().city.create({
        data: { slug: `city-${i}`, nameZh: `城市${i}`, nameEn: `City ${i}`, provinceZh: '省', provinceEn: 'Province', ...overrides },
      });
    },
    async exchange(visitingCityId: string, hostCityId: string, overrides: Partial<Prisma.ExchangeUncheckedCreateInput> = {}) {
      const i = next();
      const exchange = await db().exchange.create({
        data: {
          slug: `exchange-${i}`,
          kind: 'DELEGATION_VISIT',
          titleZh: `交流${i}`,
          titleEn: `Exchange ${i}`,
          visitingCityId,
          hostCityId,
          startDate: new Date('2024-01-01T00:00:00Z'),
          datePrecision: 'DAY',
          status: 'TOOK_PLACE',
          originalLanguage: 'zh',
          translation: 'HUMAN',
          publicationState: 'PUBLISHED',
          ...overrides,
        },
      });
      // A published (or withdrawn) record has the copy the public reads, as if someone had published it.
      if (!exchange.deletedAt && (exchange.publicationState === 'PUBLISHED' || exchange.publicationState === 'WITHDRAWN')) {
        await writePublication(db(), exchange.id, null);
        if (exchange.publicationState === 'WITHDRAWN') {
          await db().publication.update({ where: { exchangeId: exchange.id }, data: { withdrawnAt: new Date() } });
        }
      }
      return exchange;
    },
    /** An account and the viewer it signs in as. */
    async account(role: 'ADMIN' | 'STAFF', cityIds: readonly string[] = []): Promise<UserViewer> {
      const user = await db().user.create({
        data: { email: `account-${next()}@example.org`, role, cities: { create: cityIds.map((cityId) => ({ cityId })) } },
      });
      return { kind: 'user', id: user.id, role, cityIds };
    },
  };
}
