import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Viewer } from './viewer';

/**
 * Which exchanges a viewer may read, as a query condition, so that "not yours" and "missing" are the
 * same answer. The public sees published records; staff also see drafts of their cities'; admins see
 * everything that is not deleted.
 */
export function readableExchanges(viewer: Viewer): Prisma.ExchangeWhereInput {
  const live: Prisma.ExchangeWhereInput = { deletedAt: null };
  if (viewer.kind === 'anonymous') return { ...live, publicationState: 'PUBLISHED' };
  if (viewer.role === 'ADMIN') return live;
  const cityIds = [...viewer.cityIds];
  return {
    ...live,
    OR: [
      { publicationState: 'PUBLISHED' },
      { visitingCityId: { in: cityIds } },
      { hostCityId: { in: cityIds } },
    ],
  };
}
