import type { Prisma } from '../lib/generated/prisma/client';
import type { CooperationStatus, EventKind, Language, ParticipantRole, SourceKind, TranslationKind } from '../lib/generated/prisma/enums';
import { randomPersonName } from './data/names';
import {
  banquetTitle,
  type Bilingual,
  commentaryText,
  cooperationItemDescription,
  cooperationItemTitle,
  dateWords,
  delegationKind,
  eventDescription,
  exchangePurpose,
  exchangeSummary,
  exchangeTitle,
  type ExchangeWords,
  type ItemStatus,
  jointStatementText,
  meetingTitle,
  type Official,
  progressNote,
  promotionTitle,
  questionText,
  remarkText,
  signingTitle,
  siteVisitTitle,
  symposiumTitle,
  topicDescription,
} from './data/texts';
import { practicesByKind, type Topic, topics as allTopics } from './data/topics';
import type { BulkInsert } from './bulk-insert';
import { newId } from './ids';
import { type Random, WeightedChoice } from './random';
import {
  addDays,
  type CityPlan,
  day,
  holderOn,
  type MediaOutlet,
  type OrganizationPlan,
  type PostKey,
  randomDayBetween,
  recordedUntil,
  type ReferenceData,
  type RolePlan,
} from './reference-data';

/*
 * One generated exchange: who went where and when, what they saw, discussed and said, what they
 * agreed and what became of it, and which reports say so, as rows for the working tables. Every
 * text is filled in both languages and respects the lengths the forms allow.
 */

/** The rows of a batch of exchanges, table by table, each table's written in one statement. */
export class BatchRows {
  sources: Prisma.SourceCreateManyInput[] = [];
  sourceAuthors: Prisma.SourceAuthorCreateManyInput[] = [];
  exchanges: Prisma.ExchangeCreateManyInput[] = [];
  participants: Prisma.ParticipantCreateManyInput[] = [];
  events: Prisma.EventCreateManyInput[] = [];
  eventSites: Prisma.EventSiteCreateManyInput[] = [];
  topics: Prisma.TopicCreateManyInput[] = [];
  questions: Prisma.QuestionCreateManyInput[] = [];
  statements: Prisma.StatementCreateManyInput[] = [];
  practices: Prisma.PracticeCreateManyInput[] = [];
  items: Prisma.CooperationItemCreateManyInput[] = [];
  parties: Prisma.CooperationPartyCreateManyInput[] = [];
  updates: Prisma.CooperationUpdateCreateManyInput[] = [];
  evidence: Prisma.CooperationEvidenceCreateManyInput[] = [];
  citations: Prisma.CitationCreateManyInput[] = [];
  claims: Prisma.ClaimCreateManyInput[] = [];
  /** Exchanges to publish, and of those, the ones to take off the public site again. */
  published: string[] = [];
  withdrawn: string[] = [];

  /** Parents before children, so every row's references exist when it is written. */
  async write(tx: Prisma.TransactionClient, insert: BulkInsert): Promise<void> {
    await insert.rows(tx, 'Source', this.sources);
    await insert.rows(tx, 'SourceAuthor', this.sourceAuthors);
    await insert.rows(tx, 'Exchange', this.exchanges);
    await insert.rows(tx, 'Participant', this.participants);
    await insert.rows(tx, 'Event', this.events);
    await insert.rows(tx, 'EventSite', this.eventSites);
    await insert.rows(tx, 'Topic', this.topics);
    await insert.rows(tx, 'Question', this.questions);
    await insert.rows(tx, 'Statement', this.statements);
    await insert.rows(tx, 'Practice', this.practices);
    await insert.rows(tx, 'CooperationItem', this.items);
    await insert.rows(tx, 'CooperationParty', this.parties);
    await insert.rows(tx, 'CooperationUpdate', this.updates);
    await insert.rows(tx, 'CooperationEvidence', this.evidence);
    await insert.rows(tx, 'Citation', this.citations);
    await insert.rows(tx, 'Claim', this.claims);
  }
}

/** Readable keys (exchange and source slugs) made unique as the app makes them: `base`, `base-2`, … */
export class KeyRegistry {
  constructor(private readonly taken: Set<string>) {}

  free(base: string): string {
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return key;
      }
    }
  }
}

// Exchanges grew more frequent year by year, all but stopped in 2020–2022 and came back strongly in 2023.
const yearChoice = new WeightedChoice(
  Array.from({ length: 22 }, (_, i) => 2005 + i),
  (year) => (1 + (year - 2005) * 0.25) * ({ 2020: 0.3, 2021: 0.45, 2022: 0.4, 2023: 1.5, 2024: 1.2 }[year] ?? 1),
);

const countOf = (random: Random, weights: readonly number[]) => new WeightedChoice(weights.map((_, i) => i), (i) => weights[i]!).pick(random);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface Provenance {
  originalLanguage: Language;
  translation: TranslationKind;
}

interface Participation {
  id: string;
  role: RolePlan;
  side: 'VISITING' | 'HOST';
  participantRole: ParticipantRole;
  post: PostKey | 'chair';
}

interface SourcePlan {
  id: string;
  outlet: { publication: Bilingual; publisher: OrganizationPlan; language: 'zh' | 'en'; key: string; kind: SourceKind };
}

export function planExchange(random: Random, ref: ReferenceData, keys: { exchanges: KeyRegistry; sources: KeyRegistry }, rows: BatchRows): void {
  const [visiting, host] = pickCities(random, ref);
  const year = yearChoice.pick(random);
  const dayKnown = random.chance(0.8);
  let start = randomDayBetween(random, day(`${year}-01-01`), day(`${year}-12-31`));
  if (!dayKnown) start = day(`${isoDay(start).slice(0, 7)}-01`);
  const endDate = dayKnown && random.chance(0.45) ? addDays(start, random.int(1, 3)) : null;
  const status = start > recordedUntil ? 'PLANNED' : random.chance(0.985) ? 'TOOK_PLACE' : random.pick(['POSTPONED', 'CANCELLED'] as const);
  const happened = status === 'TOOK_PLACE';
  const provenance: Provenance = random.chance(0.92)
    ? { originalLanguage: 'zh', translation: random.chance(0.7) ? 'HUMAN' : 'MACHINE' }
    : { originalLanguage: 'en', translation: 'HUMAN' };

  const topics = pickTopics(random, visiting, host);
  const exchangeId = newId();

  // ----- Who went and who received them -----------------------------------------------------------
  const participations: Participation[] = [];
  const join = (role: RolePlan | undefined, side: Participation['side'], participantRole: ParticipantRole, post: Participation['post']) => {
    if (!role || participations.some((p) => p.role.person === role.person)) return;
    participations.push({ id: newId(), role, side, participantRole, post });
  };
  const leaderPost = random.pick<PostKey>(['secretary', 'secretary', 'mayor', 'mayor', 'mayor', 'executiveViceMayor', 'viceMayor', 'secondViceMayor']);
  const leader = holderOn(visiting, leaderPost, start) ?? holderOn(visiting, 'mayor', start) ?? holderOn(visiting, 'viceMayor', start);
  join(leader?.role, 'VISITING', 'LEADER', leader?.post ?? 'mayor');
  const hostLeadPost = random.pick<PostKey>(['secretary', 'mayor', 'mayor', 'executiveViceMayor', 'viceMayor', 'secondViceMayor']);
  const hostLead = holderOn(host, hostLeadPost, start) ?? holderOn(host, 'mayor', start) ?? holderOn(host, 'secretary', start);
  join(hostLead?.role, 'HOST', hostLeadPost === 'secretary' || hostLeadPost === 'mayor' ? 'HOST' : 'ACCOMPANYING_HOST', hostLead?.post ?? 'mayor');
  const relevant = relevantPosts(topics[0]!);
  const others = (city: CityPlan) =>
    random.sample(
      (['executiveViceMayor', 'viceMayor', 'secondViceMayor', 'secretaryGeneral', ...relevant, ...relevant] as PostKey[]).map((post) => holderOn(city, post, start)).filter((t) => t !== undefined),
      4,
    );
  const visitingCount = random.int(0, 4);
  for (const tenure of others(visiting).slice(0, visitingCount)) {
    const deputy = tenure.rank <= 4 && !participations.some((p) => p.participantRole === 'DEPUTY_LEADER');
    join(tenure.role, 'VISITING', deputy ? 'DEPUTY_LEADER' : 'MEMBER', tenure.post);
  }
  for (const tenure of others(host).slice(0, random.int(0, 2))) join(tenure.role, 'HOST', tenure.rank <= 4 ? 'ACCOMPANYING_HOST' : 'MEMBER', tenure.post);
  // Between one holder leaving a post and the next arriving, the usual leaders may all be missing.
  if (!participations.some((p) => p.side === 'VISITING')) join(anyHolder(visiting, start)?.role, 'VISITING', 'LEADER', 'viceMayor');
  if (!participations.some((p) => p.side === 'HOST')) join(anyHolder(host, start)?.role, 'HOST', 'HOST', 'viceMayor');

  const official = (role: RolePlan | undefined): Official | null => (role ? { name: role.person.name, title: role.title } : null);
  const delegation = delegationKind(leader?.post === 'secretary' ? 'secretary' : leader?.post === 'mayor' ? 'mayor' : 'other', topics[0]!);
  const words: ExchangeWords = {
    visiting: visiting.name,
    host: host.name,
    topics,
    date: dateWords(start, dayKnown),
    delegation: { zh: `${visiting.name.zh}市${delegation.zh}`, en: `${visiting.name.en} ${delegation.en}` },
    leader: official(leader?.role),
    hostLead: official(hostLead?.role),
  };

  // ----- Events and the places visited ----------------------------------------------------------------
  const signed = happened && random.chance(0.2);
  const kinds: EventKind[] = [];
  if (random.chance(0.35)) kinds.push('MEETING');
  if (random.chance(0.75)) kinds.push('SITE_VISIT');
  if (random.chance(0.6)) kinds.push('SYMPOSIUM');
  if (signed) kinds.push('SIGNING');
  if (random.chance(0.08)) kinds.push('OTHER');
  if (random.chance(0.08)) kinds.push('BANQUET');
  if (kinds.length === 0) kinds.push('SITE_VISIT');
  const eventKinds = kinds.slice(0, 4);
  const visitable = [...host.sites, ...host.companies.map((c) => c.organization)];
  const sites = eventKinds.includes('SITE_VISIT') ? random.sample(visitable, random.int(1, 3)) : [];
  for (const site of sites) {
    const company = host.companies.find((c) => c.organization === site);
    if (company && company.chair.start! <= start && participations.length < 8 && random.chance(0.4)) join(company.chair, 'HOST', 'OTHER', 'chair');
  }
  const siteNames = sites.map((s) => ({ zh: s.nameZh, en: s.nameEn }));
  const location = host.province.municipality
    ? host.name
    : { zh: `${host.province.shortZh}${host.name.zh}`, en: `${host.name.en}, ${host.province.shortEn}` };
  const eventTitles: Record<EventKind, () => Bilingual> = {
    SITE_VISIT: () => siteVisitTitle(words, siteNames),
    SYMPOSIUM: () => symposiumTitle(random, words),
    MEETING: () => meetingTitle(words),
    SIGNING: () => signingTitle(words),
    BANQUET: () => banquetTitle,
    OTHER: () => promotionTitle(words),
  };
  const eventIds = new Map<EventKind, string>();
  eventKinds.forEach((kind, position) => {
    const id = newId();
    eventIds.set(kind, id);
    const title = eventTitles[kind]();
    const description = kind === 'BANQUET' || kind === 'OTHER' ? null : eventDescription(random, kind, words);
    rows.events.push({
      id,
      exchangeId,
      kind,
      titleZh: title.zh,
      titleEn: title.en,
      descriptionZh: description?.zh ?? null,
      descriptionEn: description?.en ?? null,
      date: endDate && position > 0 && random.chance(0.5) ? addDays(start, 1) : null,
      locationZh: location.zh,
      locationEn: location.en,
      position,
      ...provenance,
    });
    if (kind === 'SITE_VISIT') sites.forEach((site, i) => rows.eventSites.push({ eventId: id, organizationId: site.id, position: i }));
  });

  // ----- The exchange itself ----------------------------------------------------------------------------
  const title = exchangeTitle(random, words, signed);
  const summary = exchangeSummary(random, words, siteNames, signed, status);
  const purpose = random.chance(0.7) ? exchangePurpose(random, words) : null;
  const state = happened || status === 'PLANNED' ? pickPublicationState(random) : random.pick(['PUBLISHED', 'DRAFT'] as const);
  rows.exchanges.push({
    id: exchangeId,
    slug: keys.exchanges.free(`${isoDay(start).slice(0, 7)}-${visiting.slug}-to-${host.slug}`),
    kind: 'DELEGATION_VISIT',
    titleZh: title.zh,
    titleEn: title.en,
    summaryZh: summary.zh,
    summaryEn: summary.en,
    purposeZh: purpose?.zh ?? null,
    purposeEn: purpose?.en ?? null,
    delegationNameZh: words.delegation.zh,
    delegationNameEn: words.delegation.en,
    visitingCityId: visiting.id,
    hostCityId: host.id,
    visitingOrganizationId: leader?.post === 'secretary' ? visiting.party.id : visiting.government.id,
    hostOrganizationId: host.government.id,
    startDate: start,
    endDate,
    datePrecision: dayKnown ? 'DAY' : 'MONTH',
    locationZh: location.zh,
    locationEn: location.en,
    status,
    ...provenance,
    // A withdrawn record was published first; publishing reads the state it is published in.
    publicationState: state === 'WITHDRAWN' ? 'PUBLISHED' : state,
  });
  if (state === 'PUBLISHED' || state === 'WITHDRAWN') rows.published.push(exchangeId);
  if (state === 'WITHDRAWN') rows.withdrawn.push(exchangeId);

  participations.forEach((p, position) =>
    rows.participants.push({
      id: p.id,
      exchangeId,
      personId: p.role.person.id,
      side: p.side,
      role: p.participantRole,
      // Half the reports name the post held; otherwise the page finds it from the person's posts by date.
      personRoleId: random.chance(0.5) ? p.role.id : null,
      position,
    }),
  );

  // ----- Sources, and the citations that tie each part to them --------------------------------------------
  const sources = planSources(random, ref, visiting, host, provenance, countOf(random, [0, 45, 35, 20]));
  const primary = sources[0]!;
  const cite = (subjectKind: Prisma.CitationCreateManyInput['subjectKind'], subjectId: string, locator: string | null = null) => {
    rows.citations.push({ id: newId(), exchangeId, sourceId: primary.id, subjectKind, subjectId, locator });
    const second = sources[1];
    if (second && random.chance(0.25)) rows.citations.push({ id: newId(), exchangeId, sourceId: second.id, subjectKind, subjectId, locator: null });
  };
  // The day another report implies, when reports disagree (only of what has happened).
  const disputedDay = dayKnown && start <= recordedUntil && sources.length > 1 && random.chance(0.12) ? otherDay(random, start) : null;
  writeSources(random, rows, keys.sources, sources, start, dayKnown, title, host, disputedDay);
  sources.forEach((source, index) =>
    rows.citations.push({ id: newId(), exchangeId, sourceId: source.id, subjectKind: 'EXCHANGE', subjectId: exchangeId, locator: index === 0 ? firstWords(provenance.originalLanguage === 'zh' ? summary.zh : summary.en) : null }),
  );
  participations.forEach((p) => cite('PARTICIPANT', p.id));
  for (const id of eventIds.values()) cite('EVENT', id);
  if (disputedDay) disputeDate(random, rows, exchangeId, start, disputedDay, sources);

  if (!happened) return;

  // ----- Topics and questions ---------------------------------------------------------------------------------
  const symposium = eventIds.get('SYMPOSIUM') ?? eventIds.get('MEETING') ?? null;
  const topicIds = topics.map((topic, position) => {
    const id = newId();
    const description = topicDescription(random, topic, words);
    rows.topics.push({ id, exchangeId, eventId: symposium, titleZh: topic.zh, titleEn: capitalize(topic.en), descriptionZh: description?.zh ?? null, descriptionEn: description?.en ?? null, position, ...provenance });
    cite('TOPIC', id);
    return id;
  });
  const asked = new Set<string>();
  topics.forEach((topic, index) => {
    for (let n = countOf(random, [45, 35, 20]); n > 0; n--) {
      const side = random.chance(0.6) ? 'VISITING' : 'HOST';
      const text = questionText(random, topic, side, words);
      if (asked.has(text.zh)) continue;
      const asker = random.chance(0.3) ? participations.find((p) => p.side === side) : undefined;
      const basis = asker ? 'STATED' : random.chance(0.7) ? 'INFERRED' : 'UNKNOWN';
      const id = newId();
      rows.questions.push({
        id,
        exchangeId,
        topicId: topicIds[index]!,
        textZh: text.zh,
        textEn: text.en,
        askedById: asker?.role.person.id ?? null,
        // A side with no basis recorded has nothing to say which it was.
        askedBySide: basis === 'UNKNOWN' ? null : side,
        askedBySideBasis: basis,
        position: asked.size,
        ...provenance,
      });
      asked.add(text.zh);
      cite('QUESTION', id);
    }
  });

  // ----- Statements ------------------------------------------------------------------------------------------------
  const speakers = participations.filter((p) => p.participantRole !== 'MEMBER' && p.post !== 'chair');
  const statementIds: { id: string; speaker: Participation | null }[] = [];
  const said = new Set<string>();
  for (let attempt = random.int(1, 5); attempt > 0; attempt--) {
    const topic = random.pick(topics);
    const second = random.pick(topics);
    const roll = random.next();
    let statement: Prisma.StatementCreateManyInput;
    const id = newId();
    const position = said.size;
    if (roll < 0.7 && speakers.length) {
      const speaker = random.pick(speakers);
      const [own, other] = speaker.side === 'VISITING' ? [visiting.name, host.name] : [host.name, visiting.name];
      const { text, quotation } = remarkText(random, speaker.role.person.name, speaker.side, own, other, topic, second);
      statement = { id, exchangeId, eventId: symposium, speakerId: speaker.role.person.id, speakerRoleId: random.chance(0.5) ? speaker.role.id : null, speakerSide: speaker.side, kind: 'REMARK', form: quotation ? 'QUOTATION' : 'PARAPHRASE', textZh: text.zh, textEn: text.en, position, ...provenance };
      if (!said.has(text.zh)) statementIds.push({ id, speaker });
    } else if (roll < 0.85) {
      const expert = random.pick(ref.experts);
      const text = commentaryText(random, expert.person.name, words, topic);
      statement = { id, exchangeId, eventId: null, speakerId: expert.person.id, speakerRoleId: expert.id, speakerSide: 'THIRD_PARTY', kind: 'COMMENTARY', form: 'PARAPHRASE', textZh: text.zh, textEn: text.en, position, ...provenance };
    } else {
      const text = jointStatementText(random, topic);
      statement = { id, exchangeId, eventId: symposium, speakerId: null, speakerRoleId: null, speakerSide: null, kind: 'JOINT', form: 'PARAPHRASE', textZh: text.zh, textEn: text.en, position, ...provenance };
      if (!said.has(text.zh)) statementIds.push({ id, speaker: null });
    }
    // A source reports each thing said once.
    if (said.has(statement.textZh)) continue;
    said.add(statement.textZh);
    rows.statements.push(statement);
    cite('STATEMENT', id, firstWords(provenance.originalLanguage === 'zh' ? statement.textZh : statement.textEn));
  }

  // ----- Practices the cities showed ------------------------------------------------------------------------------------
  const shown = new Set<string>();
  for (let attempt = countOf(random, [35, 35, 20, 10]); attempt > 0; attempt--) {
    const city = random.chance(0.75) ? host : visiting;
    const [titleZh, titleEn, descriptionZh, descriptionEn] = random.pick(practicesByKind[random.pick(topics).kind]);
    if (shown.has(titleZh)) continue;
    const position = shown.size;
    shown.add(titleZh);
    const id = newId();
    rows.practices.push({ id, exchangeId, cityId: city.id, titleZh, titleEn, descriptionZh: descriptionZh.replace('{city}', city.name.zh), descriptionEn: descriptionEn.replace('{city}', city.name.en), position, ...provenance });
    cite('PRACTICE', id);
  }

  // ----- Cooperation items and what became of them ---------------------------------------------------------------------
  const titles = new Set<string>();
  for (let attempt = countOf(random, [20, 30, 25, 15, 10]); attempt > 0; attempt--) {
    const topic = random.pick(topics);
    const itemTitle = cooperationItemTitle(random, topic, words);
    if (titles.has(itemTitle.zh)) continue;
    const position = titles.size;
    titles.add(itemTitle.zh);
    const id = newId();
    const origin = random.next();
    const fromStatement = origin < 0.4 && statementIds.length ? random.pick(statementIds) : null;
    const fromTopic = !fromStatement && origin < 0.8 ? topicIds[topics.indexOf(topic)]! : null;
    const proposer = fromStatement?.speaker ?? (random.chance(0.3) ? random.pick(participations) : null);
    const description = cooperationItemDescription(random, topic, words);
    const history = planHistory(random, start);
    const last = history.at(-1);
    rows.items.push({
      id,
      exchangeId,
      originStatementId: fromStatement?.id ?? null,
      originTopicId: fromTopic,
      titleZh: itemTitle.zh,
      titleEn: itemTitle.en,
      descriptionZh: description?.zh ?? null,
      descriptionEn: description?.en ?? null,
      proposedById: proposer?.role.person.id ?? null,
      proposedBySide: proposer?.side ?? null,
      status: last?.status ?? 'PROPOSED',
      progress: last?.progress ?? null,
      dueDate: random.chance(0.3) ? addDays(start, random.int(365, 3 * 365)) : null,
      outcomeKnown: history.some((entry) => entry.status !== 'PROPOSED'),
      lastUpdatedOn: last?.on ?? null,
      position,
      ...provenance,
    });
    const [responsible, partner] = random.chance(0.5) ? [host, visiting] : [visiting, host];
    if (random.chance(0.6)) {
      rows.parties.push({ id: newId(), itemId: id, cityId: responsible.id, role: 'RESPONSIBLE' }, { id: newId(), itemId: id, cityId: partner.id, role: 'PARTNER' });
    } else {
      rows.parties.push({ id: newId(), itemId: id, cityId: host.id, role: 'PARTNER' }, { id: newId(), itemId: id, cityId: visiting.id, role: 'PARTNER' });
    }
    if (host.companies.length && random.chance(0.1)) rows.parties.push({ id: newId(), itemId: id, organizationId: random.pick(host.companies).organization.id, role: 'PARTNER' });
    for (const entry of history) {
      const updateId = newId();
      const note = progressNote(random, entry.status, entry.progress, entry.on.getUTCFullYear());
      rows.updates.push({ id: updateId, itemId: id, occurredOn: entry.on, status: entry.status, progress: entry.progress, noteZh: note.zh, noteEn: note.en, ...provenance });
      if (entry.status !== 'PROPOSED' && random.chance(0.3)) {
        rows.evidence.push(
          random.chance(0.3)
            ? { id: newId(), updateId, sourceId: primary.id }
            : {
                id: newId(),
                updateId,
                url: `https://www.example.org/${host.slug}/news/${isoDay(entry.on).replaceAll('-', '')}-${random.int(100, 999)}.html`,
                titleZh: `${host.name.zh}${topic.zh}合作项目取得新进展`,
                titleEn: `Progress on ${host.name.en}’s cooperation on ${topic.en}`,
              },
        );
      }
    }
    cite('COOPERATION_ITEM', id);
  }
}

function anyHolder(city: CityPlan, date: Date) {
  for (const post of city.tenures.keys()) {
    const holder = holderOn(city, post, date);
    if (holder) return holder;
  }
  return undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A locator quoting the start of a text, as editors cite where in a report a fact is. */
function firstWords(text: string): string {
  const chars = [...text];
  return chars.length <= 24 ? `“${text}”` : `“${chars.slice(0, 24).join('')}…”`;
}

function pickCities(random: Random, ref: ReferenceData): readonly [CityPlan, CityPlan] {
  const roll = random.next();
  let pair: readonly [CityPlan, CityPlan];
  if (roll < 0.25) pair = ref.frequentPairs.pick(random);
  else if (roll < 0.45) {
    const first = ref.cityWeights.pick(random);
    pair = [first, random.pick(ref.citiesByProvince.get(first.province)!)];
  } else pair = [ref.cityWeights.pick(random), ref.cityWeights.pick(random)];
  if (pair[0] === pair[1]) return pickCities(random, ref);
  return random.chance(0.5) ? pair : [pair[1], pair[0]];
}

/** Mostly what the host is known for, else the visitors', else anything; one to three topics. */
function pickTopics(random: Random, visiting: CityPlan, host: CityPlan): Topic[] {
  const roll = random.next();
  const first = roll < 0.55 ? random.pick(host.topics) : roll < 0.7 ? random.pick(visiting.topics) : random.pick(allTopics);
  const chosen = [first];
  for (let n = countOf(random, [0, 45, 35, 20]) - 1; n > 0; n--) {
    const next = random.chance(0.5) ? random.pick([...host.topics, ...visiting.topics]) : random.pick(allTopics);
    if (!chosen.includes(next)) chosen.push(next);
  }
  return chosen;
}

function relevantPosts(topic: Topic): PostKey[] {
  switch (topic.kind) {
    case 'industry':
      return ['industry', 'development', 'investment'];
    case 'trade':
      return ['commerce', 'investment'];
    case 'tourism':
      return ['cultureTourism'];
    case 'food':
      return ['cultureTourism', 'agriculture', 'commerce'];
    case 'governance':
      return ['urbanManagement', 'development', 'commerce'];
    case 'social':
      return ['agriculture', 'development'];
    case 'green':
      return ['urbanManagement', 'development'];
  }
}

function pickPublicationState(random: Random) {
  const roll = random.next();
  return roll < 0.95 ? 'PUBLISHED' : roll < 0.975 ? 'DRAFT' : roll < 0.98 ? 'IN_REVIEW' : 'WITHDRAWN';
}

function planSources(random: Random, ref: ReferenceData, visiting: CityPlan, host: CityPlan, provenance: Provenance, count: number): SourcePlan[] {
  const news = (outlet: MediaOutlet) => ({ ...outlet, kind: 'NEWS_REPORT' as const });
  const cityDaily = (city: CityPlan) => news({ publication: { zh: `${city.name.zh}日报`, en: `${city.name.en} Daily` }, publisher: city.daily, language: 'zh', key: `${city.slug}-daily` });
  const options: SourcePlan['outlet'][] = [
    cityDaily(host),
    cityDaily(visiting),
    { publication: { zh: `${host.name.zh}市人民政府门户网站`, en: `${host.name.en} Municipal Government website` }, publisher: host.government, language: 'zh', key: `${host.slug}-gov`, kind: 'GOVERNMENT_RELEASE' },
    news(ref.provincialDailies.get(host.province)!),
    news(random.pick(ref.nationalOutlets.filter((o) => o.language === 'zh'))),
    { publication: { zh: `${host.name.zh}发布`, en: `${host.name.en} Release` }, publisher: host.government, language: 'zh', key: `${host.slug}-release`, kind: 'SOCIAL_MEDIA' },
  ];
  const weights = new WeightedChoice(options, (_, i) => [55, 15, 10, 10, 7, 3][i]!);
  const chosen: SourcePlan['outlet'][] = [];
  // A record written from an English text cites that text first.
  if (provenance.originalLanguage === 'en') chosen.push(news(ref.nationalOutlets.find((o) => o.language === 'en')!));
  while (chosen.length < count) {
    const outlet = weights.pick(random);
    if (!chosen.includes(outlet)) chosen.push(outlet);
  }
  return chosen.map((outlet) => ({ id: newId(), outlet }));
}

/** The second report of a disputed date says "yesterday", so it is dated the day after the one it implies. */
function writeSources(random: Random, rows: BatchRows, keys: KeyRegistry, sources: readonly SourcePlan[], start: Date, dayKnown: boolean, title: Bilingual, host: CityPlan, disputedDay: Date | null): void {
  for (const [index, { id, outlet }] of sources.entries()) {
    const reportedAfter = start <= recordedUntil;
    const publishedOn =
      index === 1 && disputedDay
        ? addDays(disputedDay, 1)
        : !dayKnown && random.chance(0.3)
          ? null
          : reportedAfter
            ? addDays(start, random.int(0, 2))
            : addDays(start, -random.int(3, 30));
    const dated = publishedOn && publishedOn > recordedUntil ? recordedUntil : publishedOn;
    const inEnglish = outlet.language === 'en';
    const name = outlet.publication.en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'source';
    const reprint = random.chance(0.05);
    rows.sources.push({
      id,
      slug: keys.free(`${dated ? isoDay(dated) : 'undated'}-${name}`),
      kind: outlet.kind,
      publicationZh: outlet.publication.zh,
      publicationEn: outlet.publication.en,
      publisherId: outlet.publisher.id,
      titleZh: !inEnglish && random.chance(0.7) ? title.zh : null,
      titleEn: inEnglish ? title.en : null,
      publishedOn: dated,
      url: random.chance(0.5) ? `https://www.example.org/${outlet.key}/${dated ? isoDay(dated).replaceAll('-', '/') : host.slug}/${random.int(10000, 99999)}.html` : null,
      urlIsReprint: reprint,
      language: outlet.language,
      noteZh: reprint ? '链接为转载。' : null,
      noteEn: reprint ? 'The link is to a reprint.' : null,
    });
    if (outlet.kind === 'NEWS_REPORT' && random.chance(0.6)) {
      for (let position = 0, count = random.int(1, 2); position < count; position++) {
        const name = randomPersonName(random);
        rows.sourceAuthors.push({ id: newId(), sourceId: id, nameZh: inEnglish ? null : name.zh, nameEn: inEnglish || random.chance(0.2) ? name.en : null, role: position === 0 ? 'REPORTER' : random.pick(['REPORTER', 'CORRESPONDENT'] as const), position });
      }
    }
  }
}

/**
 * Sources that disagree on the date, as for the founding record: the first says the working date
 * outright, another implies a different day ("yesterday" in a report dated later). Some disputes
 * are settled by staff accepting one claim.
 */
function otherDay(random: Random, start: Date): Date {
  const other = addDays(start, random.pick([-10, -1, 1, 10]));
  return addDays(other, 1) > recordedUntil ? addDays(start, -1) : other;
}

function disputeDate(random: Random, rows: BatchRows, exchangeId: string, start: Date, other: Date, sources: readonly SourcePlan[]): void {
  const settled = random.chance(0.3);
  const [month, dayOfMonth] = [start.getUTCMonth() + 1, start.getUTCDate()];
  rows.claims.push(
    {
      id: newId(),
      exchangeId,
      subjectKind: 'EXCHANGE',
      subjectId: exchangeId,
      field: 'startDate',
      value: isoDay(start),
      sourceId: sources[0]!.id,
      quotation: `${month}月${dayOfMonth}日`,
      basis: 'STATED',
      noteZh: '报道写明日期。',
      noteEn: 'The report gives the date.',
      accepted: settled,
    },
    {
      id: newId(),
      exchangeId,
      subjectKind: 'EXCHANGE',
      subjectId: exchangeId,
      field: 'startDate',
      value: isoDay(other),
      sourceId: sources[1]!.id,
      quotation: '昨日',
      basis: 'INFERRED',
      noteZh: `${isoDay(addDays(other, 1))}的报道称考察在“昨日”。`,
      noteEn: `A report dated ${isoDay(addDays(other, 1))} says the visit was “yesterday” (昨日).`,
      accepted: false,
    },
  );
}

interface HistoryEntry {
  on: Date;
  status: CooperationStatus;
  progress: number | null;
}

const nextStatus: Readonly<Record<ItemStatus, readonly (readonly [ItemStatus, number])[]>> = {
  PROPOSED: [['AGREED', 70], ['IN_PROGRESS', 10], ['STALLED', 15], ['CANCELLED', 5]],
  AGREED: [['IN_PROGRESS', 75], ['STALLED', 15], ['CANCELLED', 10]],
  IN_PROGRESS: [['IN_PROGRESS', 40], ['COMPLETED', 40], ['STALLED', 20]],
  STALLED: [['IN_PROGRESS', 40], ['STALLED', 30], ['CANCELLED', 30]],
  COMPLETED: [],
  CANCELLED: [],
};

/** Zero to five dated entries: proposed at the visit, then agreed, under way, done, stalled or dropped. */
function planHistory(random: Random, proposedOn: Date): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let status: ItemStatus = 'PROPOSED';
  let progress: number | null = null;
  let on = proposedOn;
  for (let n = countOf(random, [15, 25, 20, 15, 15, 10]); n > 0; n--) {
    if (entries.length > 0 || random.chance(0.3)) {
      const choices: readonly (readonly [ItemStatus, number])[] = nextStatus[status];
      if (choices.length === 0) break;
      status = new WeightedChoice(choices, ([, weight]) => weight).pick(random)[0];
      on = addDays(on, random.int(30, 400));
      if (on > recordedUntil) break;
      if (status === 'AGREED') progress = random.chance(0.5) ? random.int(0, 10) : null;
      if (status === 'IN_PROGRESS') progress = Math.min(95, (progress ?? 0) + random.int(10, 40));
      if (status === 'COMPLETED') progress = 100;
    }
    entries.push({ on, status, progress });
  }
  return entries;
}
