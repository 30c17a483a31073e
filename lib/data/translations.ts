import 'server-only';
import { getDb } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { isAdmin, requireStaff } from './access';
import type { Viewer } from './viewer';

/*
 * What waits for translation: the texts of the viewer's records written in their original language
 * only, so that whoever writes the other language finds them in one place.
 */

/** Whether a text's two languages disagree on being written: one is there, the other is not. */
const pending = (alias: string, ...bases: string[]) =>
  bases.map((base) => `((coalesce(${alias}."${base}Zh", '') = '') <> (coalesce(${alias}."${base}En", '') = ''))`).join(' OR ');

/** Each kind of record with texts, the texts it has, and its label. */
const textsOf = [
  { kind: 'exchange', table: 'Exchange', texts: ['title', 'summary', 'purpose', 'delegationName', 'location'], label: 'title', exchangeId: 'id' },
  { kind: 'event', table: 'Event', texts: ['title', 'description', 'location'], label: 'title', exchangeId: 'exchangeId' },
  { kind: 'topic', table: 'Topic', texts: ['title', 'description'], label: 'title', exchangeId: 'exchangeId' },
  { kind: 'question', table: 'Question', texts: ['text'], label: 'text', exchangeId: 'exchangeId' },
  { kind: 'statement', table: 'Statement', texts: ['text'], label: 'text', exchangeId: 'exchangeId' },
  { kind: 'cooperationItem', table: 'CooperationItem', texts: ['title', 'description'], label: 'title', exchangeId: 'exchangeId' },
  { kind: 'practice', table: 'Practice', texts: ['title', 'description'], label: 'title', exchangeId: 'exchangeId' },
] as const;

export type PendingKind = (typeof textsOf)[number]['kind'];

interface PendingRow {
  kind: PendingKind;
  id: string;
  exchangeId: string;
  labelZh: string | null;
  labelEn: string | null;
}

/**
 * The records of the viewer's exchanges (every exchange, for an admin) with a text in one language
 * only, grouped by exchange, most recently changed exchange first.
 */
export async function listPendingTranslations(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const parts = Prisma.raw(
    textsOf
      .map(
        ({ kind, table, texts, label, exchangeId }) =>
          `SELECT '${kind}' AS kind, r.id, r."${exchangeId}" AS "exchangeId", r."${label}Zh" AS "labelZh", r."${label}En" AS "labelEn" FROM "${table}" r WHERE ${pending('r', ...texts)}`,
      )
      .join(' UNION ALL '),
  );
  const cityIds = viewer.kind === 'user' ? [...viewer.cityIds] : [];
  const inScope = isAdmin(viewer)
    ? Prisma.sql`TRUE`
    : Prisma.sql`(e."visitingCityId" = ANY(${cityIds}::uuid[]) OR e."hostCityId" = ANY(${cityIds}::uuid[])
        OR EXISTS (SELECT 1 FROM "ExchangeJoiningCity" j WHERE j."exchangeId" = e.id AND j."cityId" = ANY(${cityIds}::uuid[])))`;
  const rows = await db.$queryRaw<(PendingRow & { titleZh: string; titleEn: string })[]>`
    SELECT p.kind, p.id, p."exchangeId", p."labelZh", p."labelEn", e."titleZh", e."titleEn"
    FROM (${parts}) p JOIN "Exchange" e ON e.id = p."exchangeId" AND e."deletedAt" IS NULL
    WHERE ${inScope}
    ORDER BY e."updatedAt" DESC, e.id, p.kind, p.id
    LIMIT 1000`;
  const exchanges = new Map<string, { id: string; titleZh: string; titleEn: string; parts: PendingRow[] }>();
  for (const { titleZh, titleEn, ...part } of rows) {
    const exchange = exchanges.get(part.exchangeId) ?? { id: part.exchangeId, titleZh, titleEn, parts: [] };
    exchange.parts.push(part);
    exchanges.set(part.exchangeId, exchange);
  }
  return [...exchanges.values()];
}
