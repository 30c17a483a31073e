import 'server-only';
import { z } from 'zod';
import { getDb } from '../db/client';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { AuditEventKind, RevisionAction } from '../generated/prisma/enums';
import { officeTimeZone } from '../i18n/format';
import { crossFieldError, optionalChoice, optionalIsoDate, optionalText } from '../validation/fields';
import { valuesOf } from '../validation/schemas/exchange';
import { requireAdmin } from './access';
import { entityModels, type EntityType } from './mutation';
import { containsText, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * The audit log, for admins: security events (sign-ins, refusals, account changes) and every change
 * to every record. Both are read newest first, a page at a time, from a position in the log (the
 * keyset of createdAt and id) rather than a page number, so a page stays the same while new entries
 * arrive and reading deep into the log costs no more than reading its start.
 */

export const auditPageSize = 50;

const entityTypes = Object.keys(entityModels) as [EntityType, ...EntityType[]];

/** Where a page starts: just after the entry with this time (in milliseconds) and id. */
interface LogPosition {
  createdAt: Date;
  id: string;
}

const positionPattern = /^(\d{1,15})\.([0-9a-f-]{36})$/;

function positionOf(entry: LogPosition): string {
  return `${entry.createdAt.getTime()}.${entry.id}`;
}

function parsePosition(value: string): LogPosition | null {
  const [, time, id] = positionPattern.exec(value) ?? [];
  return time && id && z.regexes.guid.test(id) ? { createdAt: new Date(Number(time)), id } : null;
}

/**
 * The filters of both views, as a URL's query carries them. Every one may be empty; a value that
 * cannot be a filter (a kind that does not exist, 30 February) is refused, not ignored, so the admin
 * never reads an unfiltered log believing it filtered.
 */
const auditLogQuery = z
  .object({
    kind: optionalChoice(valuesOf(AuditEventKind)),
    entityType: optionalChoice(entityTypes),
    action: optionalChoice(valuesOf(RevisionAction)),
    /** Part of an email address: whose action it was (or, for security events, whom it was about). */
    account: optionalText(320),
    /** The first and last day to show, inclusive, in office time. */
    from: optionalIsoDate(),
    to: optionalIsoDate(),
    after: z
      .string({ error: 'invalid' })
      .trim()
      .refine((value) => value === '' || parsePosition(value) !== null, { error: 'invalid' })
      .transform((value) => (value ? parsePosition(value) : null))
      .prefault(''),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, crossFieldError('to', ['from', 'to'], 'endBeforeStart'));
type AuditLogQuery = z.infer<typeof auditLogQuery>;

const dayMs = 24 * 60 * 60 * 1000;
const startOfDay = (day: string) => new Date(`${day}T00:00:00${officeTimeZone.utcOffset}`);

type TimeCondition =
  | { createdAt: { gte?: Date; lt?: Date } }
  | { OR: [{ createdAt: { lt: Date } }, { createdAt: Date; id: { lt: string } }] };

/** The conditions on time that every view shares: the day range, and the page's starting position. */
function timeConditions(query: AuditLogQuery): TimeCondition[] {
  const conditions: TimeCondition[] = [];
  if (query.from || query.to) {
    conditions.push({
      createdAt: {
        ...(query.from ? { gte: startOfDay(query.from) } : {}),
        // China keeps no daylight saving time, so every office day is 24 hours long.
        ...(query.to ? { lt: new Date(startOfDay(query.to).getTime() + dayMs) } : {}),
      },
    });
  }
  if (query.after) {
    const { createdAt, id } = query.after;
    conditions.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  return conditions;
}

const newestFirst = [{ createdAt: 'desc' }, { id: 'desc' }] as const;

/** One page of `rows` (fetched one longer than a page), and where the next page starts, if there is one. */
function pageOf<T extends LogPosition>(rows: T[]): { rows: T[]; next: string | null } {
  const page = rows.slice(0, auditPageSize);
  const last = page.at(-1);
  return { rows: page, next: rows.length > auditPageSize && last ? positionOf(last) : null };
}


/** Sign-ins, refusals and account changes, newest first. */
export async function listAuditEvents(viewer: Viewer, input: unknown) {
  requireAdmin(viewer);
  const query = parseInput(auditLogQuery, input);
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      query.kind ? { kind: query.kind } : {},
      query.account ? { OR: [{ actor: { email: containsText(query.account) } }, { subject: containsText(query.account) }] } : {},
      ...timeConditions(query),
    ],
  };
  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [...newestFirst],
    take: auditPageSize + 1,
    select: {
      id: true,
      kind: true,
      subject: true,
      detail: true,
      ipAddress: true,
      createdAt: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const { rows: events, next } = pageOf(rows);
  return { events, next, cityNames: await namesOfCitiesIn(db, events) };
}

/** The cities that account changes on the page name by id, so the log can name them. */
async function namesOfCitiesIn(db: PrismaClient, events: readonly { detail: Prisma.JsonValue }[]) {
  const ids = events.flatMap(({ detail }) => {
    const cityIds = detail && typeof detail === 'object' && !Array.isArray(detail) ? detail.cityIds : undefined;
    return Array.isArray(cityIds) ? cityIds.filter((id): id is string => typeof id === 'string' && isId(id)) : [];
  });
  if (!ids.length) return {};
  const cities = await db.city.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, nameZh: true, nameEn: true } });
  return Object.fromEntries(cities.map(({ id, ...names }) => [id, names]));
}

/** Changes to records, newest first: who changed which fields of what, and the exchange it belongs to. */
export async function listRecordChanges(viewer: Viewer, input: unknown) {
  requireAdmin(viewer);
  const query = parseInput(auditLogQuery, input);
  const where: Prisma.RevisionWhereInput = {
    AND: [
      query.entityType ? { entityType: query.entityType } : {},
      query.action ? { action: query.action } : {},
      query.account ? { actor: { email: containsText(query.account) } } : {},
      ...timeConditions(query),
    ],
  };
  const db = await getDb();
  const rows = await db.revision.findMany({
    where,
    orderBy: [...newestFirst],
    take: auditPageSize + 1,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      exchangeId: true,
      action: true,
      version: true,
      changes: true,
      note: true,
      createdAt: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const { rows: page, next } = pageOf(rows);
  const exchangeIds = [...new Set(page.flatMap((row) => (row.exchangeId ? [row.exchangeId] : [])))];
  const exchanges = new Map(
    (
      await db.exchange.findMany({
        where: { id: { in: exchangeIds } },
        select: { id: true, titleZh: true, titleEn: true, deletedAt: true },
      })
    ).map(({ deletedAt, ...exchange }) => [exchange.id, { ...exchange, deleted: deletedAt !== null }]),
  );
  const changes = page.map(({ changes: diff, exchangeId, ...row }) => ({
    ...row,
    // A revision's changes are { field: { from, to } }.
    fields: Object.keys(diff as Record<string, unknown>),
    exchange: (exchangeId && exchanges.get(exchangeId)) || null,
  }));
  return { changes, next };
}
