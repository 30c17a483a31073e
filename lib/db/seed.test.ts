import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { foundingExchangeSlug, seedDatabase } from './seed';

const database = setupTestDatabase();

/** Every row of the tables the seed writes, without timestamps, to compare two states. */
async function snapshot() {
  const { db } = database;
  const strip = <T extends object>(rows: T[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !/At$/.test(k))));
  return {
    cities: strip(await db.city.findMany({ orderBy: { id: 'asc' } })),
    organizations: strip(await db.organization.findMany({ orderBy: { id: 'asc' } })),
    people: strip(await db.person.findMany({ orderBy: { id: 'asc' } })),
    roles: strip(await db.personRole.findMany({ orderBy: { id: 'asc' } })),
    exchanges: strip(await db.exchange.findMany({ orderBy: { id: 'asc' } })),
    participants: strip(await db.participant.findMany({ orderBy: { id: 'asc' } })),
    events: strip(await db.event.findMany({ orderBy: { id: 'asc' } })),
    topics: strip(await db.topic.findMany({ orderBy: { id: 'asc' } })),
    questions: strip(await db.question.findMany({ orderBy: { id: 'asc' } })),
    statements: strip(await db.statement.findMany({ orderBy: { id: 'asc' } })),
    items: strip(await db.cooperationItem.findMany({ orderBy: { id: 'asc' } })),
    updates: strip(await db.cooperationUpdate.findMany({ orderBy: { id: 'asc' } })),
    practices: strip(await db.practice.findMany({ orderBy: { id: 'asc' } })),
    sources: strip(await db.source.findMany({ orderBy: { id: 'asc' } })),
    citations: strip(await db.citation.findMany({ orderBy: { id: 'asc' } })),
    claims: strip(await db.claim.findMany({ orderBy: { id: 'asc' } })),
  };
}

describe('seedDatabase', () => {
  it('writes the founding record with every part the sources report', async () => {
    const report = await seedDatabase(database.db);
    expect(report.created).toBe(true);
    // No account comes with the record (ASVS 6.3.2): the first admin is made with `npm run user:create`.
    expect(await database.db.user.count()).toBe(0);

    const exchange = await database.db.exchange.findUniqueOrThrow({
      where: { slug: foundingExchangeSlug },
      include: {
        visitingCity: true,
        hostCity: true,
        participants: { include: { person: true } },
        events: { include: { sitesVisited: true } },
        topics: true,
        questions: true,
        statements: true,
        cooperationItems: { include: { updates: true, parties: true } },
        practices: { include: { city: true } },
        claims: { include: { source: true } },
        citations: true,
      },
    });
    expect([exchange.visitingCity.nameZh, exchange.hostCity.nameZh]).toEqual(['淄博', '柳州']);
    expect(exchange.publicationState).toBe('PUBLISHED');
    expect(exchange.participants.map((p) => [p.person.nameEn, p.side, p.role])).toEqual([
      ['Zhao Qingwen', 'VISITING', 'LEADER'],
      ['Zhang Zhuang', 'HOST', 'ACCOMPANYING_HOST'],
    ]);
    expect(exchange.events.map((e) => e.kind).sort()).toEqual(['SITE_VISIT', 'SYMPOSIUM']);
    expect(exchange.events.find((e) => e.kind === 'SITE_VISIT')?.sitesVisited).toHaveLength(2);
    expect(exchange.topics).toHaveLength(4);
    expect(exchange.questions.every((q) => q.askedBySideBasis === 'INFERRED' && q.askedById === null)).toBe(true);
    expect(exchange.statements).toHaveLength(5);
    expect(exchange.cooperationItems).toHaveLength(5);
    for (const item of exchange.cooperationItems) {
      expect(item.status).toBe('PROPOSED');
      expect(item.outcomeKnown).toBe(false);
      expect(item.updates).toHaveLength(1);
      expect(item.parties.length).toBeGreaterThan(0);
      expect(item.originStatementId ?? item.originTopicId).toBeTruthy();
    }
    expect(exchange.practices.map((p) => p.city.slug).sort()).toEqual(['liuzhou', 'liuzhou', 'zibo', 'zibo', 'zibo']);

    // The date: 5 May per Workers' Daily (year inferred), 15 May per the two Chinese reports.
    expect(
      exchange.claims.map((c) => [c.field, c.value, c.source.publicationEn, c.basis, c.accepted]).sort(),
    ).toEqual([
      ['startDate', '2023-05-05', 'Workers’ Daily', 'INFERRED', false],
      ['startDate', '2023-05-15', 'Chinanews', 'STATED', false],
      ['startDate', '2023-05-15', 'Liuzhou Daily', 'INFERRED', false],
    ]);

    // Every fact is tied to a source.
    const cited = new Set(exchange.citations.map((c) => c.subjectId));
    const facts = [
      exchange,
      ...exchange.participants,
      ...exchange.events,
      ...exchange.topics,
      ...exchange.questions,
      ...exchange.statements,
      ...exchange.cooperationItems,
      ...exchange.practices,
    ];
    expect(facts.filter((f) => !cited.has(f.id))).toEqual([]);

    // Every text a reader sees is there in both languages.
    for (const record of [...exchange.events, ...exchange.topics, ...exchange.statements, ...exchange.practices]) {
      const zh = 'titleZh' in record ? record.titleZh : record.textZh;
      const en = 'titleEn' in record ? record.titleEn : record.textEn;
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(en).toMatch(/[a-z]/);
    }
  });

  it('writes the record once when two instances seed at the same time', async () => {
    const reports = await Promise.all([seedDatabase(database.db), seedDatabase(database.db)]);
    expect(reports.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await database.db.exchange.count()).toBe(1);
    expect(await database.db.city.count()).toBe(2);
  });

  it('changes nothing when run again', async () => {
    await seedDatabase(database.db);
    const before = await snapshot();
    const again = await seedDatabase(database.db);
    expect(again.created).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
