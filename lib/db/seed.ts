import { randomUUID } from 'node:crypto';
import { nameKeys } from '../records/name-keys';
import { indexUnindexedPublications } from '../data/public-index';
import { writePublication } from '../data/publication';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { RecordKind } from '../generated/prisma/enums';

/**
 * The founding record: the Zibo government delegation's visit to Liuzhou in May 2023, written from
 * the Workers' Daily report with two Chinese reports beside it (../shared/seed/facts.md). The sources
 * disagree on the date, so the date carries one claim per source and is shown as disputed.
 *
 * Seeding is idempotent: the whole record is written in one transaction, and only when no exchange
 * with its slug exists yet.
 */
export const foundingExchangeSlug = '2023-05-zibo-delegation-to-liuzhou';

export interface SeedReport {
  created: boolean;
  summary: string;
}

type Tx = Prisma.TransactionClient;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// The record is written from an English report; its Chinese is the editors' own translation.
const writtenInEnglish = { originalLanguage: 'en', translation: 'HUMAN' } as const;

// Makes concurrent seeds (two app instances starting on one server) wait for each other.
const seedLockKey = 2_023_050_5;

export async function seedDatabase(prisma: PrismaClient): Promise<SeedReport> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${seedLockKey})`;
      const existing = await tx.exchange.findUnique({ where: { slug: foundingExchangeSlug }, select: { id: true } });
      if (existing) {
        const indexed = await indexUnindexedPublications(tx);
        const summary = `exchange ${foundingExchangeSlug} is present` + (indexed ? `; ${indexed} publication(s) indexed for search` : '');
        return { created: false, summary };
      }
      await writeFoundingRecord(tx);
      const counts = await countRecords(tx);
      return { created: true, summary: counts };
    },
    { timeout: 60_000 },
  );
}

async function countRecords(tx: Tx): Promise<string> {
  const exchanges = await tx.exchange.count();
  const statements = await tx.statement.count();
  const items = await tx.cooperationItem.count();
  const sources = await tx.source.count();
  return `${exchanges} exchange(s), ${statements} statements, ${items} cooperation items, ${sources} sources`;
}

async function writeFoundingRecord(tx: Tx) {
  // ----- Reference data: cities, organizations, people -------------------------------------------
  const zibo = await tx.city.upsert({
    where: { slug: 'zibo' },
    update: {},
    create: {
      slug: 'zibo',
      nameZh: '淄博',
      nameEn: 'Zibo',
      provinceZh: '山东省',
      provinceEn: 'Shandong Province',
      level: 'PREFECTURE',
      latitude: '36.81',
      longitude: '118.05',
      knownForZh: '老工业城市；淄博烧烤走红网络',
      knownForEn: 'An old industrial city whose barbecue went viral online',
      identifiers: { create: [{ scheme: 'gb2260', value: '370300' }] },
    },
  });
  const liuzhou = await tx.city.upsert({
    where: { slug: 'liuzhou' },
    update: {},
    create: {
      slug: 'liuzhou',
      nameZh: '柳州',
      nameEn: 'Liuzhou',
      provinceZh: '广西壮族自治区',
      provinceEn: 'Guangxi Zhuang Autonomous Region',
      level: 'PREFECTURE',
      latitude: '24.33',
      longitude: '109.41',
      knownForZh: '老工业城市；把螺蛳粉做成了产业',
      knownForEn: 'An old industrial city that turned luosifen (snail rice noodles) into an industry',
      identifiers: { create: [{ scheme: 'gb2260', value: '450200' }] },
    },
  });

  const organization = async (data: Prisma.OrganizationUncheckedCreateInput) =>
    (await tx.organization.findFirst({ where: { nameZh: data.nameZh, cityId: data.cityId ?? null } })) ??
    (await tx.organization.create({ data }));

  const ziboGovernment = await organization({
    nameZh: '淄博市人民政府',
    nameEn: 'Zibo Municipal People’s Government',
    kind: 'GOVERNMENT',
    cityId: zibo.id,
  });
  const liuzhouGovernment = await organization({
    nameZh: '柳州市人民政府',
    nameEn: 'Liuzhou Municipal People’s Government',
    kind: 'GOVERNMENT',
    cityId: liuzhou.id,
  });
  const luobawang = await organization({
    nameZh: '广西螺霸王食品有限公司',
    nameEn: 'Guangxi Luobawang Food Co., Ltd.',
    kind: 'ENTERPRISE',
    cityId: liuzhou.id,
  });
  const xingliu = await organization({
    nameZh: '广西兴柳食品有限公司',
    nameEn: 'Guangxi Xingliu Food Co., Ltd.',
    kind: 'ENTERPRISE',
    cityId: liuzhou.id,
  });
  const academy = await organization({
    nameZh: '广西社会科学院',
    nameEn: 'Guangxi Academy of Social Sciences',
    kind: 'ACADEMIC',
  });
  const sociologyInstitute = await organization({
    nameZh: '广西社会科学院社会学研究所',
    nameEn: 'Institute of Sociology, Guangxi Academy of Social Sciences',
    kind: 'ACADEMIC',
    parentId: academy.id,
  });
  const workersDailyPublisher = await organization({ nameZh: '工人日报社', nameEn: 'Workers’ Daily', kind: 'MEDIA' });
  const liuzhouDailyPublisher = await organization({
    nameZh: '柳州日报社',
    nameEn: 'Liuzhou Daily',
    kind: 'MEDIA',
    cityId: liuzhou.id,
  });
  const chinanewsPublisher = await organization({ nameZh: '中国新闻网', nameEn: 'Chinanews', kind: 'MEDIA' });

  // The sources name each post at the time of the visit; when it began or ended is not recorded here.
  const person = async (nameZh: string, nameEn: string, role: Prisma.PersonRoleUncheckedCreateWithoutPersonInput) => {
    const found = await tx.person.findFirst({ where: { nameZh }, include: { roles: true } });
    if (found) return { person: found, role: found.roles[0]! };
    const created = await tx.person.create({
      data: { nameZh, nameEn, ...nameKeys(nameZh, nameEn), roles: { create: [role] } },
      include: { roles: true },
    });
    return { person: created, role: created.roles[0]! };
  };
  const zhao = await person('赵庆文', 'Zhao Qingwen', {
    titleZh: '淄博市市长',
    titleEn: 'Mayor of Zibo',
    organizationId: ziboGovernment.id,
  });
  const zhang = await person('张壮', 'Zhang Zhuang', {
    titleZh: '柳州市市长',
    titleEn: 'Mayor of Liuzhou',
    organizationId: liuzhouGovernment.id,
  });
  const yao = await person('姚华', 'Yao Hua', {
    titleZh: '广西社会科学院社会学研究所所长',
    titleEn: 'Director, Institute of Sociology, Guangxi Academy of Social Sciences',
    organizationId: sociologyInstitute.id,
  });

  // ----- Sources -----------------------------------------------------------------------------------
  const workersDaily = await tx.source.upsert({
    where: { slug: 'workers-daily-zibo-liuzhou' },
    update: {},
    create: {
      slug: 'workers-daily-zibo-liuzhou',
      kind: 'NEWS_REPORT',
      publicationZh: '工人日报',
      publicationEn: 'Workers’ Daily',
      publisherId: workersDailyPublisher.id,
      titleEn:
        'Liuzhou, Guangxi and Zibo, Shandong are linked to explore the road of “Internet celebrity” becoming “long red”',
      language: 'en',
      noteZh: '中文报道的英文文本，本记录即据此写成。中文原题、刊发日期和记者的中文姓名未知。',
      noteEn:
        'An English text of the Chinese report; this record was written from it. Its Chinese headline, publication date and the Chinese names of its reporters are unknown.',
      authors: {
        create: [
          { nameEn: 'Pang Huimin', role: 'REPORTER', position: 0 },
          { nameEn: 'Jiang Shaoxuan', role: 'CORRESPONDENT', position: 1 },
        ],
      },
    },
  });
  const liuzhouDaily = await tx.source.upsert({
    where: { slug: 'liuzhou-daily-2023-05-16' },
    update: {},
    create: {
      slug: 'liuzhou-daily-2023-05-16',
      kind: 'NEWS_REPORT',
      publicationZh: '柳州日报',
      publicationEn: 'Liuzhou Daily',
      publisherId: liuzhouDailyPublisher.id,
      publishedOn: day('2023-05-16'),
      url: 'http://gxenews.com/show.asp?id=5265',
      urlIsReprint: true,
      language: 'zh',
      noteZh: '称考察为“昨日”，即2023年5月15日；链接为转载。',
      noteEn: 'Says the visit took place “yesterday” (昨日), i.e. 15 May 2023. The link is to a reprint.',
      authors: {
        create: [
          { nameZh: '李俊', role: 'REPORTER', position: 0 },
          { nameZh: '覃科', role: 'REPORTER', position: 1 },
        ],
      },
    },
  });
  const chinanews = await tx.source.upsert({
    where: { slug: 'chinanews-2023-05-17' },
    update: {},
    create: {
      slug: 'chinanews-2023-05-17',
      kind: 'NEWS_REPORT',
      publicationZh: '中新网',
      publicationEn: 'Chinanews',
      publisherId: chinanewsPublisher.id,
      publishedOn: day('2023-05-17'),
      language: 'zh',
      noteZh: '所见为转载，称考察日期为5月15日。原文链接未知。',
      noteEn: 'Seen as a reprint. Gives the date as 15 May (5月15日). The original address is unknown.',
    },
  });

  // ----- The exchange --------------------------------------------------------------------------------
  const exchangeId = randomUUID();
  const citations: Prisma.CitationCreateManyInput[] = [];
  const cite = (subjectKind: RecordKind, subjectId: string, sourceId: string, locator?: string) =>
    citations.push({ exchangeId, subjectKind, subjectId, sourceId, locator });

  await tx.exchange.create({
    data: {
      id: exchangeId,
      slug: foundingExchangeSlug,
      kind: 'DELEGATION_VISIT',
      titleZh: '淄博市政府考察团赴柳州考察螺蛳粉产业',
      titleEn: 'Zibo government delegation visits Liuzhou to study its luosifen industry',
      summaryZh:
        '淄博市市长赵庆文率淄博市政府考察团赴广西柳州，考察柳州螺蛳粉产业发展，柳州市市长张壮陪同。两座因美食走红的老工业城市在座谈会上交流了淄博烧烤与柳州螺蛳粉的发展，以及特色产业、文旅融合和城市管理，探讨如何让“网红”变“长红”。',
      summaryEn:
        'Zibo Mayor Zhao Qingwen led a Zibo Municipal Government delegation to Liuzhou, Guangxi, to study how Liuzhou built its luosifen (snail rice noodle) industry; Liuzhou Mayor Zhang Zhuang accompanied them. At a symposium the two old industrial cities, both famous online for their food, compared Zibo barbecue and Liuzhou luosifen, signature industries, culture-and-tourism integration and urban management: how to turn passing internet fame (“net red”) into lasting popularity (“long red”).',
      purposeZh: '考察柳州螺蛳粉产业发展情况。',
      purposeEn: 'To inspect the development of Liuzhou’s luosifen industry.',
      delegationNameZh: '淄博市政府考察团',
      delegationNameEn: 'Zibo Municipal Government delegation',
      visitingCityId: zibo.id,
      hostCityId: liuzhou.id,
      visitingOrganizationId: ziboGovernment.id,
      hostOrganizationId: liuzhouGovernment.id,
      startDate: day('2023-05-05'),
      datePrecision: 'DAY',
      locationZh: '广西柳州',
      locationEn: 'Liuzhou, Guangxi',
      status: 'TOOK_PLACE',
      ...writtenInEnglish,
      publicationState: 'PUBLISHED',
    },
  });
  cite('EXCHANGE', exchangeId, workersDaily.id, '“On May 5, Zibo Mayor Zhao Qingwen led a delegation…”');
  cite('EXCHANGE', exchangeId, liuzhouDaily.id, '“昨日”');
  cite('EXCHANGE', exchangeId, chinanews.id, '“5月15日”');

  await tx.claim.createMany({
    data: [
      {
        exchangeId,
        subjectKind: 'EXCHANGE',
        subjectId: exchangeId,
        field: 'startDate',
        value: '2023-05-05',
        sourceId: workersDaily.id,
        quotation: 'On May 5',
        basis: 'INFERRED',
        noteZh: '英文报道只写“On May 5”，未写年份；2023年系据上下文（“今年以来”淄博烧烤走红）推断。“May 5”可能是“5月15日”的误译。',
        noteEn:
          'The report gives “May 5” without a year; 2023 is inferred from context (the Zibo barbecue boom “since the beginning of this year”). The English “May 5” may be a slip in translating 5月15日.',
      },
      {
        exchangeId,
        subjectKind: 'EXCHANGE',
        subjectId: exchangeId,
        field: 'startDate',
        value: '2023-05-15',
        sourceId: liuzhouDaily.id,
        quotation: '昨日',
        basis: 'INFERRED',
        noteZh: '2023年5月16日的报道称考察在“昨日”。',
        noteEn: 'A report dated 16 May 2023 says the visit was “yesterday” (昨日).',
      },
      {
        exchangeId,
        subjectKind: 'EXCHANGE',
        subjectId: exchangeId,
        field: 'startDate',
        value: '2023-05-15',
        sourceId: chinanews.id,
        quotation: '5月15日',
        basis: 'STATED',
        noteZh: '报道写明5月15日。',
        noteEn: 'The report says 15 May (5月15日).',
      },
    ],
  });

  // ----- Who went, who hosted -----------------------------------------------------------------------
  const participants = [
    { id: randomUUID(), personId: zhao.person.id, personRoleId: zhao.role.id, side: 'VISITING', role: 'LEADER', position: 0 },
    {
      id: randomUUID(),
      personId: zhang.person.id,
      personRoleId: zhang.role.id,
      side: 'HOST',
      role: 'ACCOMPANYING_HOST',
      position: 1,
    },
  ] as const;
  await tx.participant.createMany({ data: participants.map((p) => ({ ...p, exchangeId })) });
  for (const p of participants) cite('PARTICIPANT', p.id, workersDaily.id, '“On May 5, Zibo Mayor Zhao Qingwen led a delegation…”');

  // ----- Events -------------------------------------------------------------------------------------
  const inspectionId = randomUUID();
  const symposiumId = randomUUID();
  await tx.event.create({
    data: {
      id: inspectionId,
      exchangeId,
      kind: 'SITE_VISIT',
      titleZh: '考察柳州螺蛳粉产业',
      titleEn: 'Inspection of the Liuzhou luosifen industry',
      descriptionZh: '考察团先后走访两家螺蛳粉生产企业。',
      descriptionEn: 'The delegation visited two luosifen producers.',
      locationZh: '广西柳州',
      locationEn: 'Liuzhou, Guangxi',
      position: 0,
      ...writtenInEnglish,
      sitesVisited: {
        create: [
          { organizationId: luobawang.id, position: 0 },
          { organizationId: xingliu.id, position: 1 },
        ],
      },
    },
  });
  await tx.event.create({
    data: {
      id: symposiumId,
      exchangeId,
      kind: 'SYMPOSIUM',
      titleZh: '淄博·柳州座谈会',
      titleEn: 'Zibo–Liuzhou symposium',
      descriptionZh: '考察当天举行，双方围绕产业发展、文旅融合和城市管理深入交流。',
      descriptionEn: 'Held the same day; the two sides discussed industry, culture and tourism, and urban management.',
      locationZh: '广西柳州',
      locationEn: 'Liuzhou, Guangxi',
      position: 1,
      ...writtenInEnglish,
    },
  });
  cite('EVENT', inspectionId, workersDaily.id, '“…to inspect the development of Liuzhou snail powder industry”');
  cite('EVENT', inspectionId, liuzhouDaily.id, 'names the two producers visited');
  cite('EVENT', symposiumId, workersDaily.id, '“At the symposium on the same day…”');

  // ----- Topics and questions -------------------------------------------------------------------------
  const topics = [
    {
      id: randomUUID(),
      titleZh: '淄博烧烤与柳州螺蛳粉产业的发展',
      titleEn: 'How Zibo barbecue and the Liuzhou luosifen industry developed',
      descriptionZh:
        '双方探讨如何让“网红”变“长红”、把“流量”变成“留量”。据柳州日报，2022年柳州螺蛳粉全产业链销售收入600.71亿元，同比增长19.8%；出口8300万元，同比增长61%。',
      descriptionEn:
        'How to turn “net red” into “long red”, and passing traffic (流量) into visitors who stay (留量). Liuzhou Daily reports that in 2022 the whole luosifen chain sold 60.071 billion yuan (+19.8%) and exported 83 million yuan (+61%).',
    },
    {
      id: randomUUID(),
      titleZh: '特色产业发展',
      titleEn: 'Developing signature industries',
    },
    {
      id: randomUUID(),
      titleZh: '文旅融合',
      titleEn: 'Integrating culture and tourism',
    },
    {
      id: randomUUID(),
      titleZh: '城市管理',
      titleEn: 'Urban management',
      descriptionZh: '包括淄博的“柔性城市管理”。',
      descriptionEn: 'Including Zibo’s “flexible urban management”.',
    },
  ];
  await tx.topic.createMany({
    data: topics.map((t, position) => ({ ...t, exchangeId, eventId: symposiumId, position, ...writtenInEnglish })),
  });
  topics.forEach((t) => cite('TOPIC', t.id, workersDaily.id, '“At the symposium on the same day…”'));
  cite('TOPIC', topics[0]!.id, liuzhouDaily.id, 'sales figures; 流量 and 留量');

  // Who asked is not reported; the side is an editor's reading of each question.
  const questions = [
    {
      id: randomUUID(),
      topicId: topics[0]!.id,
      textZh: '柳州螺蛳粉实体店与生产企业之间是什么关系？',
      textEn: 'What is the relationship between Liuzhou’s luosifen shops and the companies that produce it?',
      askedBySide: 'VISITING',
      askedBySideBasis: 'INFERRED',
    },
    {
      id: randomUUID(),
      topicId: topics[3]!.id,
      textZh: '淄博如何推进柔性城市管理？',
      textEn: 'How does Zibo promote flexible urban management?',
      askedBySide: 'HOST',
      askedBySideBasis: 'INFERRED',
    },
  ] as const;
  await tx.question.createMany({
    data: questions.map((q, position) => ({ ...q, exchangeId, position, ...writtenInEnglish })),
  });
  questions.forEach((q) => cite('QUESTION', q.id, workersDaily.id, '“At the symposium on the same day…”'));

  // ----- Statements ------------------------------------------------------------------------------------
  const statements = {
    zhaoPraise: {
      id: randomUUID(),
      eventId: symposiumId,
      speakerId: zhao.person.id,
      speakerRoleId: zhao.role.id,
      speakerSide: 'VISITING',
      kind: 'REMARK',
      form: 'PARAPHRASE',
      textZh:
        '赵庆文称赞柳州螺蛳粉产业发展取得的成绩，希望学习柳州螺蛳粉从“网红”到“长红”的经验，深化两地交流合作，共同推动两市高质量发展。',
      textEn:
        'Zhao Qingwen praised what Liuzhou has achieved with its luosifen industry and hoped to learn how it went from “net red” (网红, passing internet fame) to “long red” (长红, lasting popularity), to deepen exchange and cooperation, and to promote the high-quality development of both cities together.',
    },
    zhangWelcome: {
      id: randomUUID(),
      eventId: symposiumId,
      speakerId: zhang.person.id,
      speakerRoleId: zhang.role.id,
      speakerSide: 'HOST',
      kind: 'REMARK',
      form: 'QUOTATION',
      textZh: '“欢迎淄博烧烤进入柳州，也请支持柳州螺蛳粉到淄博。”',
      textEn: '“We welcome Zibo BBQ to enter Liuzhou, and please support Liuzhou snail powder to Zibo.”',
    },
    zhangHopes: {
      id: randomUUID(),
      eventId: symposiumId,
      speakerId: zhang.person.id,
      speakerRoleId: zhang.role.id,
      speakerSide: 'HOST',
      kind: 'REMARK',
      form: 'PARAPHRASE',
      textZh:
        '张壮希望双方以烧烤和螺蛳粉为媒介，全方位加强交流合作，让“网红”变“长红”，在产业融合、优势互补以及城市环境治理交流合作上共同发力，携手把两座城市建设好、发展好。',
      textEn:
        'Zhang Zhuang hoped the two sides would use barbecue and luosifen as a medium to strengthen exchange and cooperation in every field, so that internet fame becomes lasting popularity; to work together on industrial integration with complementary strengths and on urban environmental governance; and so build both cities well.',
    },
    yaoOnZibo: {
      id: randomUUID(),
      speakerId: yao.person.id,
      speakerRoleId: yao.role.id,
      speakerSide: 'THIRD_PARTY',
      kind: 'COMMENTARY',
      form: 'PARAPHRASE',
      textZh: '淄博烧烤虽然火爆，但从产业化和支撑城市经济的角度看，淄博可以学习柳州把网红资源转化为产业的能力。',
      textEn:
        'Popular as Zibo barbecue is, for industry and for the city’s economy Zibo can learn from Liuzhou how to turn internet fame into an industry.',
    },
    yaoOnLiuzhou: {
      id: randomUUID(),
      speakerId: yao.person.id,
      speakerRoleId: yao.role.id,
      speakerSide: 'THIRD_PARTY',
      kind: 'COMMENTARY',
      form: 'PARAPHRASE',
      textZh: '柳州也可以学习淄博打造城市形象、持续制造热点话题的做法，以此提升城市形象和软实力。',
      textEn:
        'Liuzhou can learn from Zibo how to build a city image and keep topics hot, which lifts a city’s image and soft power.',
    },
  } as const;
  await tx.statement.createMany({
    data: Object.values(statements).map((s, position) => ({ ...s, exchangeId, position, ...writtenInEnglish })),
  });
  cite('STATEMENT', statements.zhaoPraise.id, workersDaily.id, '“Zhao Qingwen praised…”');
  cite('STATEMENT', statements.zhangWelcome.id, workersDaily.id, '“Zhang Zhuang welcomed…”');
  cite('STATEMENT', statements.zhangHopes.id, workersDaily.id, '“Zhang Zhuang expressed the hope…”');
  cite('STATEMENT', statements.yaoOnZibo.id, workersDaily.id, '“Although Zibo barbecue is very popular now…”');
  cite('STATEMENT', statements.yaoOnLiuzhou.id, workersDaily.id, '“Liuzhou can also learn from Zibo…”');

  // ----- Cooperation items: proposed at the visit; nothing is known yet of what followed --------------
  const proposedByZhang = { proposedById: zhang.person.id, proposedBySide: 'HOST' } as const;
  const items = [
    {
      id: randomUUID(),
      titleZh: '淄博烧烤进柳州',
      titleEn: 'Zibo barbecue comes to Liuzhou',
      originStatementId: statements.zhangWelcome.id,
      ...proposedByZhang,
      locator: '“We welcome Zibo BBQ to enter Liuzhou…”',
    },
    {
      id: randomUUID(),
      titleZh: '柳州螺蛳粉进淄博',
      titleEn: 'Liuzhou luosifen comes to Zibo',
      originStatementId: statements.zhangWelcome.id,
      ...proposedByZhang,
      locator: '“…please support Liuzhou snail powder to Zibo.”',
    },
    {
      id: randomUUID(),
      titleZh: '产业融合、优势互补',
      titleEn: 'Industrial integration with complementary strengths',
      originStatementId: statements.zhangHopes.id,
      ...proposedByZhang,
      locator: '“…make joint efforts in industrial integration and complementary advantages…”',
    },
    {
      id: randomUUID(),
      titleZh: '城市环境治理交流合作',
      titleEn: 'Exchange and cooperation on urban environmental governance',
      originStatementId: statements.zhangHopes.id,
      ...proposedByZhang,
      locator: '“…exchange and cooperation in urban environmental governance…”',
    },
    {
      id: randomUUID(),
      titleZh: '深化文旅融合与城市管理交流',
      titleEn: 'Deeper exchange on culture-and-tourism integration and urban management',
      descriptionZh: '座谈会上双方就文旅融合和城市管理深入交流；未报道由哪一方提出。',
      descriptionEn:
        'Both sides went into culture-and-tourism integration and urban management at the symposium; the report does not say which side proposed it.',
      originTopicId: topics[2]!.id,
      locator: '“…conducted in-depth exchanges on… cultural and tourism integration, and urban management.”',
    },
  ];
  // Both cities take part in every item; the report does not say which of them leads any of it.
  for (const [position, { locator, ...item }] of items.entries()) {
    await tx.cooperationItem.create({
      data: {
        ...item,
        exchangeId,
        position,
        status: 'PROPOSED',
        outcomeKnown: false,
        lastUpdatedOn: day('2023-05-05'),
        ...writtenInEnglish,
        parties: { create: [zibo, liuzhou].map((city) => ({ cityId: city.id, role: 'PARTNER' as const })) },
        updates: {
          create: {
            occurredOn: day('2023-05-05'),
            status: 'PROPOSED',
            noteZh: '在考察期间提出。此后进展尚无记录。',
            noteEn: 'Proposed during the visit. Nothing has been recorded yet of what followed.',
            ...writtenInEnglish,
          },
        },
      },
    });
    cite('COOPERATION_ITEM', item.id, workersDaily.id, locator);
  }

  // ----- Practices each city showed ----------------------------------------------------------------------
  const practices = [
    {
      id: randomUUID(),
      cityId: zibo.id,
      titleZh: '烧烤地图',
      titleEn: 'A barbecue map',
      descriptionZh: '专门绘制烧烤地图，为游客指路。',
      descriptionEn: 'A map drawn for visitors to find the barbecue restaurants.',
    },
    {
      id: randomUUID(),
      cityId: zibo.id,
      titleZh: '烧烤高铁专列',
      titleEn: 'A barbecue high-speed train',
      descriptionZh: '开通前往淄博吃烧烤的高铁专列。',
      descriptionEn: 'A dedicated high-speed rail service for visitors coming to eat barbecue.',
    },
    {
      id: randomUUID(),
      cityId: zibo.id,
      titleZh: '公厕“安心篮”',
      titleEn: '“Peace-of-mind baskets” in public toilets',
      descriptionZh: '在公厕配备湿厕纸、卫生巾、肠炎宁等物品。',
      descriptionEn: 'Public toilets stocked with wet tissues, sanitary pads and an anti-diarrhoea medicine (肠炎宁).',
    },
    {
      id: randomUUID(),
      cityId: liuzhou.id,
      titleZh: '螺蛳粉公交线和夜宵公交线',
      titleEn: 'Luosifen and late-night snack bus lines',
      descriptionZh: '开通途经各螺蛳粉“网红店”和主要夜市的公交线路。',
      descriptionEn: 'Bus lines that pass the famous luosifen shops and the main night markets.',
    },
    {
      id: randomUUID(),
      cityId: liuzhou.id,
      titleZh: '把网红产品做成工业品',
      titleEn: 'Turning an internet-famous dish into an industrial product',
      descriptionZh: '把螺蛳粉从网红小吃发展为全产业链，2022年销售收入600.71亿元。',
      descriptionEn: 'Luosifen grew from a viral street dish into a whole industry, with sales of 60.071 billion yuan in 2022.',
    },
  ];
  await tx.practice.createMany({
    data: practices.map((p, position) => ({ ...p, exchangeId, position, ...writtenInEnglish })),
  });
  practices.forEach((p) => cite('PRACTICE', p.id, workersDaily.id, '“When snail flour and barbecue become the “traffic password”…”'));
  cite('PRACTICE', practices[4]!.id, liuzhouDaily.id, '2022 sales figures');

  await tx.citation.createMany({ data: citations });
  await writePublication(tx, exchangeId, null);
}
