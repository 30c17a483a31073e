import type { Prisma, PrismaClient } from '../lib/generated/prisma/client';
import type { CityLevel, OrganizationKind } from '../lib/generated/prisma/enums';
import { knownFor, type Province, provinces } from './data/cities';
import { type PersonName, randomPersonName } from './data/names';
import type { Bilingual } from './data/texts';
import type { BulkInsert } from './bulk-insert';
import { type Topic, topicNamed, topics } from './data/topics';
import { newId } from './ids';
import { type Random, WeightedChoice } from './random';

/*
 * The cities, organizations, people and posts that generated exchanges point at: every municipality
 * and prefecture-level city, each with its government, Party committee, bureaus, daily paper,
 * development zones and companies; the people who held each city's posts from 2000 to now, some of
 * them promoted from one post to a higher one; researchers who comment on exchanges; and the heads of
 * companies that delegations visit.
 */

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dayMs = 86_400_000;
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

/** The day the generated record stands at: later exchanges are planned, and nothing is reported after it. */
export const recordedUntil = day('2026-06-30');
const postsFrom = day('2000-01-01');
const postsUntil = day('2026-12-31');

export interface OrganizationPlan {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: OrganizationKind;
  /** The city it belongs to: its id is known once the city is written. */
  city: { id: string } | null;
  parent: OrganizationPlan | null;
}

export interface PersonPlan {
  id: string;
  name: PersonName;
}

export interface RolePlan {
  id: string;
  person: PersonPlan;
  organization: OrganizationPlan;
  title: Bilingual;
  start: Date | null;
  end: Date | null;
  attestedOn: Date | null;
}

interface PostDefinition {
  key: PostKey;
  /** Lower is higher: a post is filled from lower ones. */
  rank: number;
  title: (city: Bilingual) => Bilingual;
  bureau?: Bilingual;
}

export type PostKey =
  | 'secretary'
  | 'mayor'
  | 'viceMayor'
  | 'executiveViceMayor'
  | 'commerce'
  | 'cultureTourism'
  | 'secondViceMayor'
  | 'secretaryGeneral'
  | 'development'
  | 'industry'
  | 'investment'
  | 'urbanManagement'
  | 'agriculture';

const bureauPost = (key: PostKey, zh: string, en: string, headZh = '局长', headEn = 'Director'): PostDefinition => ({
  key,
  rank: 5,
  bureau: { zh, en },
  title: (city) => ({ zh: `${city.zh}市${zh}${headZh}`, en: `${headEn} of the ${city.en} Municipal ${en}` }),
});

/** A city's posts, most senior first; a smaller data set fills only the first few. */
const postDefinitions: readonly PostDefinition[] = [
  { key: 'secretary', rank: 0, title: (city) => ({ zh: `${city.zh}市委书记`, en: `Party Secretary of ${city.en}` }) },
  { key: 'mayor', rank: 1, title: (city) => ({ zh: `${city.zh}市市长`, en: `Mayor of ${city.en}` }) },
  { key: 'viceMayor', rank: 3, title: (city) => ({ zh: `${city.zh}市副市长`, en: `Vice Mayor of ${city.en}` }) },
  { key: 'executiveViceMayor', rank: 2, title: (city) => ({ zh: `${city.zh}市常务副市长`, en: `Executive Vice Mayor of ${city.en}` }) },
  bureauPost('commerce', '商务局', 'Bureau of Commerce'),
  bureauPost('cultureTourism', '文化广电和旅游局', 'Bureau of Culture, Radio, Television and Tourism'),
  { key: 'secondViceMayor', rank: 3, title: (city) => ({ zh: `${city.zh}市副市长`, en: `Vice Mayor of ${city.en}` }) },
  { key: 'secretaryGeneral', rank: 4, title: (city) => ({ zh: `${city.zh}市政府秘书长`, en: `Secretary-General of the ${city.en} Municipal Government` }) },
  bureauPost('development', '发展和改革委员会', 'Development and Reform Commission', '主任'),
  bureauPost('industry', '工业和信息化局', 'Bureau of Industry and Information Technology'),
  bureauPost('investment', '投资促进局', 'Investment Promotion Bureau'),
  bureauPost('urbanManagement', '城市管理局', 'Urban Management Bureau'),
  bureauPost('agriculture', '农业农村局', 'Bureau of Agriculture and Rural Affairs'),
];

export interface Tenure {
  role: RolePlan;
  post: PostKey;
  rank: number;
  city: CityPlan;
}

export interface CityPlan {
  id: string;
  slug: string;
  name: Bilingual;
  province: Province;
  level: CityLevel;
  latitude: number;
  longitude: number;
  gb2260: number;
  knownFor: Bilingual | null;
  /** What the city's exchanges are most often about. */
  topics: readonly Topic[];
  /** How often the city takes part in exchanges, relative to others. */
  weight: number;
  government: OrganizationPlan;
  party: OrganizationPlan;
  daily: OrganizationPlan;
  /** Places a delegation is shown: development zones, halls, parks. */
  sites: OrganizationPlan[];
  companies: { organization: OrganizationPlan; chair: RolePlan }[];
  /** Who held each post when, earliest first. */
  tenures: Map<PostKey, Tenure[]>;
}

export interface MediaOutlet {
  publication: Bilingual;
  publisher: OrganizationPlan;
  language: 'zh' | 'en';
  /** Used in web addresses of its articles. */
  key: string;
}

export interface ReferenceData {
  cities: CityPlan[];
  cityWeights: WeightedChoice<CityPlan>;
  citiesByProvince: Map<Province, CityPlan[]>;
  /** Pairs of cities that meet again and again, the most frequent first. */
  frequentPairs: WeightedChoice<readonly [CityPlan, CityPlan]>;
  organizations: OrganizationPlan[];
  people: PersonPlan[];
  roles: RolePlan[];
  experts: RolePlan[];
  nationalOutlets: MediaOutlet[];
  provincialDailies: Map<Province, MediaOutlet>;
}

/** How many of a city's posts are filled: more for a larger data set, so people number 5,000–20,000. */
export function postsPerCity(exchanges: number): number {
  return Math.min(postDefinitions.length - 2, Math.max(3, Math.round(3 + 4 * Math.log10(Math.max(1, exchanges) / 1000))));
}

const brandNames: readonly (readonly [string, string])[] = [
  ['华泰', 'Huatai'], ['鑫源', 'Xinyuan'], ['金山', 'Jinshan'], ['恒通', 'Hengtong'], ['宏达', 'Hongda'], ['天润', 'Tianrun'],
  ['瑞丰', 'Ruifeng'], ['永安', 'Yong’an'], ['东方', 'Dongfang'], ['海川', 'Haichuan'], ['中联', 'Zhonglian'], ['华盛', 'Huasheng'],
  ['远大', 'Yuanda'], ['新兴', 'Xinxing'], ['百川', 'Baichuan'], ['长江', 'Changjiang'], ['联创', 'Lianchuang'], ['汇通', 'Huitong'],
  ['嘉禾', 'Jiahe'], ['同心', 'Tongxin'], ['盛世', 'Shengshi'], ['锦程', 'Jincheng'], ['新源', 'Xinyuan'], ['正大', 'Zhengda'],
];

const nationalMedia: readonly (readonly [publicationZh: string, publicationEn: string, publisherZh: string, publisherEn: string, language: 'zh' | 'en', key: string])[] = [
  ['人民日报', 'People’s Daily', '人民日报社', 'People’s Daily', 'zh', 'people'],
  ['新华网', 'Xinhuanet', '新华通讯社', 'Xinhua News Agency', 'zh', 'xinhuanet'],
  ['中新网', 'Chinanews', '中国新闻网', 'Chinanews', 'zh', 'chinanews'],
  ['工人日报', 'Workers’ Daily', '工人日报社', 'Workers’ Daily', 'zh', 'workercn'],
  ['经济日报', 'Economic Daily', '经济日报社', 'Economic Daily', 'zh', 'ce'],
  ['光明日报', 'Guangming Daily', '光明日报社', 'Guangming Daily', 'zh', 'gmw'],
  ['中国日报', 'China Daily', '中国日报社', 'China Daily', 'en', 'chinadaily'],
];

const nationalInstitutes: readonly (readonly [string, string])[] = [
  ['中国社会科学院', 'Chinese Academy of Social Sciences'],
  ['国务院发展研究中心', 'Development Research Center of the State Council'],
  ['中国城市规划设计研究院', 'China Academy of Urban Planning and Design'],
  ['中国旅游研究院', 'China Tourism Academy'],
];

const researchTitles: readonly ((institute: Bilingual) => Bilingual)[] = [
  (i) => ({ zh: `${i.zh}研究员`, en: `Research Fellow, ${i.en}` }),
  (i) => ({ zh: `${i.zh}经济研究所所长`, en: `Director, Institute of Economics, ${i.en}` }),
  (i) => ({ zh: `${i.zh}城市发展研究所副所长`, en: `Deputy Director, Institute of Urban Development, ${i.en}` }),
  (i) => ({ zh: `${i.zh}社会学研究所研究员`, en: `Research Fellow, Institute of Sociology, ${i.en}` }),
  (i) => ({ zh: `${i.zh}产业经济研究所所长`, en: `Director, Institute of Industrial Economics, ${i.en}` }),
];

export function randomDayBetween(random: Random, from: Date, to: Date): Date {
  return addDays(from, random.int(0, Math.round((to.getTime() - from.getTime()) / dayMs)));
}

/** Plans the reference data. Nothing is written: ids of cities and organizations already on record are taken when it is. */
export function planReferenceData(random: Random, exchanges: number): ReferenceData {
  const organizations: OrganizationPlan[] = [];
  const organizationsByName = new Map<string, OrganizationPlan>();
  // One organization a name in each city: two of a city's topics can share an industrial park.
  const organization = (nameZh: string, nameEn: string, kind: OrganizationKind, city: { id: string } | null, parent: OrganizationPlan | null = null) => {
    const key = `${city?.id ?? ''}|${nameZh}`;
    const known = organizationsByName.get(key);
    if (known) return known;
    const plan: OrganizationPlan = { id: newId(), nameZh, nameEn, kind, city, parent };
    organizations.push(plan);
    organizationsByName.set(key, plan);
    return plan;
  };
  const people: PersonPlan[] = [];
  const person = () => {
    const plan = { id: newId(), name: randomPersonName(random) };
    people.push(plan);
    return plan;
  };
  const roles: RolePlan[] = [];
  const role = (plan: Omit<RolePlan, 'id'>) => {
    const created = { id: newId(), ...plan };
    roles.push(created);
    return created;
  };

  const cities: CityPlan[] = [];
  const citiesByProvince = new Map<Province, CityPlan[]>();
  for (const province of provinces) {
    const own: CityPlan[] = [];
    province.cities.forEach(([slug, nameZh, nameEn, gb2260, latitude, longitude], index) => {
      const known = knownFor[slug];
      // Organizations point at the city before the rest of it is planned; the city's id is settled when it is written.
      const place = { id: newId() };
      const cityTopics = known ? known[2].map(topicNamed) : random.sample(topics, random.int(1, 3));
      const government = organization(`${nameZh}市人民政府`, `${nameEn} Municipal People’s Government`, 'GOVERNMENT', place);
      const sites = [
        organization(`${nameZh}高新技术产业开发区`, `${nameEn} High-tech Industrial Development Zone`, 'GOVERNMENT', place, government),
        organization(`${nameZh}经济技术开发区`, `${nameEn} Economic and Technological Development Zone`, 'GOVERNMENT', place, government),
        organization(`${nameZh}市规划展览馆`, `${nameEn} Urban Planning Exhibition Hall`, 'PUBLIC_INSTITUTION', place),
        organization(`${nameZh}市政务服务中心`, `${nameEn} Government Service Centre`, 'PUBLIC_INSTITUTION', place, government),
        organization(`${nameZh}市博物馆`, `${nameEn} Museum`, 'PUBLIC_INSTITUTION', place),
      ];
      for (const topic of cityTopics) {
        const park = topic.industry && organization(`${nameZh}${topic.industry[0]}产业园`, `${nameEn} ${topic.industry[1]} Industrial Park`, 'ENTERPRISE', place);
        if (park && !sites.includes(park)) sites.push(park);
      }
      const companies: CityPlan['companies'] = [];
      const industries = [...cityTopics, ...topics].flatMap((t) => (t.industry ? [t.industry] : []));
      for (let i = random.int(3, 6); i > 0; i--) {
        const industry = random.pick(industries);
        const [brandZh, brandEn] = random.pick(brandNames);
        const nameOfCompany = `${nameZh}${brandZh}${industry[0]}有限公司`;
        if (companies.some((c) => c.organization.nameZh === nameOfCompany)) continue;
        const company = organization(nameOfCompany, `${nameEn} ${brandEn} ${industry[1]} Co., Ltd.`, 'ENTERPRISE', place);
        const chair = role({
          person: person(),
          organization: company,
          title: { zh: `${nameOfCompany}董事长`, en: `Chair, ${company.nameEn}` },
          start: randomDayBetween(random, day('2000-01-01'), day('2020-12-31')),
          end: null,
          attestedOn: null,
        });
        companies.push({ organization: company, chair });
      }
      const city: CityPlan = Object.assign(place, {
        slug,
        name: { zh: nameZh, en: nameEn },
        province,
        level: province.municipality ? ('MUNICIPALITY' as const) : ('PREFECTURE' as const),
        latitude,
        longitude,
        gb2260,
        knownFor: known ? { zh: known[0], en: known[1] } : null,
        topics: cityTopics,
        // Capitals and well-known cities receive and send more delegations.
        weight: (province.municipality ? 6 : index === 0 ? 4 : 1) * (known ? 2 : 1),
        government,
        party: organization(`中共${nameZh}市委员会`, `CPC ${nameEn} Municipal Committee`, 'PARTY', place),
        daily: organization(`${nameZh}日报社`, `${nameEn} Daily`, 'MEDIA', place),
        sites,
        companies,
        tenures: new Map(),
      });
      own.push(city);
      cities.push(city);
    });
    citiesByProvince.set(province, own);
  }

  const tenures = planTenures(random, cities, postsPerCity(exchanges), organization);
  // Posts are filled in the order they began, so a post can go to someone whose lower post just ended.
  tenures.sort((a, b) => a.start.getTime() - b.start.getTime());
  const leavers = new Map<Province, { person: PersonPlan; rank: number; end: Date }[]>();
  for (const tenure of tenures) {
    const pool = leavers.get(tenure.city.province) ?? [];
    leavers.set(tenure.city.province, pool);
    const recent = pool.filter((leaver) => tenure.start.getTime() - leaver.end.getTime() <= 180 * dayMs);
    pool.splice(0, pool.length, ...recent);
    const candidates = tenure.rank <= 3 ? recent.filter((leaver) => leaver.rank > tenure.rank && leaver.end < tenure.start) : [];
    const promoted = candidates.length && random.chance(0.45) ? random.pick(candidates) : null;
    if (promoted) pool.splice(pool.indexOf(promoted), 1);
    const holder = promoted?.person ?? person();
    const planned = role({ person: holder, organization: tenure.organization, title: tenure.title, start: tenure.start, end: tenure.end, attestedOn: null });
    const held = tenure.city.tenures.get(tenure.post) ?? [];
    held.push({ role: planned, post: tenure.post, rank: tenure.rank, city: tenure.city });
    tenure.city.tenures.set(tenure.post, held);
    if (tenure.end) pool.push({ person: holder, rank: tenure.rank, end: tenure.end });
  }

  const institutes = [
    ...nationalInstitutes.map(([zh, en]) => organization(zh, en, 'ACADEMIC', null)),
    ...provinces.filter((p) => !p.municipality).map((p) => organization(`${p.shortZh}社会科学院`, `${p.shortEn} Academy of Social Sciences`, 'ACADEMIC', null)),
  ];
  const experts: RolePlan[] = [];
  for (let i = Math.max(20, Math.round(people.length * 0.02)); i > 0; i--) {
    const institute = random.pick(institutes);
    experts.push(
      role({
        person: person(),
        organization: institute,
        title: random.pick(researchTitles)({ zh: institute.nameZh, en: institute.nameEn }),
        start: null,
        end: null,
        attestedOn: randomDayBetween(random, day('2005-01-01'), recordedUntil),
      }),
    );
  }

  const nationalOutlets = nationalMedia.map(([publicationZh, publicationEn, publisherZh, publisherEn, language, key]) => ({
    publication: { zh: publicationZh, en: publicationEn },
    publisher: organization(publisherZh, publisherEn, 'MEDIA', null),
    language,
    key,
  }));
  const provincialDailies = new Map(
    provinces.map((p) => [
      p,
      { publication: { zh: p.dailyZh, en: p.dailyEn }, publisher: organization(`${p.dailyZh}社`, p.dailyEn, 'MEDIA', null), language: 'zh' as const, key: p.dailyEn.toLowerCase().replace(/[^a-z]+/g, '') },
    ]),
  );

  const cityWeights = new WeightedChoice(cities, (city) => city.weight);
  const bySlug = new Map(cities.map((c) => [c.slug, c]));
  const pairs: (readonly [CityPlan, CityPlan])[] = [[bySlug.get('zibo')!, bySlug.get('liuzhou')!]];
  const paired = new Set(['zibo|liuzhou']);
  while (pairs.length < 300) {
    const [a, b] = [cityWeights.pick(random), cityWeights.pick(random)];
    const key = [a.slug, b.slug].sort().join('|');
    if (a === b || paired.has(key)) continue;
    paired.add(key);
    pairs.push([a, b]);
  }
  const frequentPairs = new WeightedChoice(pairs, (_, rank) => 1 / (rank + 1) ** 0.8);

  return { cities, cityWeights, citiesByProvince, frequentPairs, organizations, people, roles, experts, nationalOutlets, provincialDailies };
}

interface PlannedTenure {
  city: CityPlan;
  post: PostKey;
  rank: number;
  organization: OrganizationPlan;
  title: Bilingual;
  start: Date;
  end: Date | null;
}

/** Terms of two to six years, one after another with short gaps, from around 2000 to the present holder. */
function planTenures(random: Random, cities: readonly CityPlan[], postCount: number, organization: (nameZh: string, nameEn: string, kind: OrganizationKind, city: { id: string } | null, parent?: OrganizationPlan | null) => OrganizationPlan): PlannedTenure[] {
  const tenures: PlannedTenure[] = [];
  for (const city of cities) {
    for (const post of postDefinitions.slice(0, postCount)) {
      const holder = post.bureau
        ? organization(`${city.name.zh}市${post.bureau.zh}`, `${city.name.en} Municipal ${post.bureau.en}`, 'GOVERNMENT', city, city.government)
        : post.key === 'secretary'
          ? city.party
          : city.government;
      let start = randomDayBetween(random, postsFrom, addDays(postsFrom, 5 * 365));
      for (;;) {
        const end = addDays(start, random.int(2 * 365, 6 * 365));
        const current = end > postsUntil;
        tenures.push({ city, post: post.key, rank: post.rank, organization: holder, title: post.title(city.name), start, end: current ? null : end });
        if (current) break;
        start = addDays(end, random.int(1, 60));
      }
    }
  }
  return tenures;
}

/** The holder of a city's post on a day, if the post was filled then. */
export function holderOn(city: CityPlan, post: PostKey, date: Date): Tenure | undefined {
  return city.tenures.get(post)?.find((t) => t.role.start! <= date && (!t.role.end || t.role.end >= date));
}

/**
 * Writes the reference data. Cities and organizations already on record (the founding record's, or
 * a previous run's) are kept and their ids taken; people and posts are always new.
 */
export async function writeReferenceData(db: PrismaClient, insert: BulkInsert, data: ReferenceData): Promise<void> {
  const cities = data.cities.map((c) => ({
    id: c.id,
    slug: c.slug,
    nameZh: c.name.zh,
    nameEn: c.name.en,
    provinceZh: c.province.nameZh,
    provinceEn: c.province.nameEn,
    level: c.level,
    latitude: c.latitude.toFixed(2),
    longitude: c.longitude.toFixed(2),
    knownForZh: c.knownFor?.zh ?? null,
    knownForEn: c.knownFor?.en ?? null,
  })) satisfies Prisma.CityCreateManyInput[];
  await insert.rows(db, 'City', cities, { skipDuplicates: true });
  const stored = new Map((await db.city.findMany({ where: { slug: { in: data.cities.map((c) => c.slug) } }, select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  for (const city of data.cities) city.id = stored.get(city.slug)!;
  const identifiers = data.cities.map((c) => ({ id: newId(), scheme: 'gb2260', value: String(c.gb2260), cityId: c.id })) satisfies Prisma.ExternalIdentifierCreateManyInput[];
  await insert.rows(db, 'ExternalIdentifier', identifiers, { skipDuplicates: true });

  const keyOf = (nameZh: string, cityId: string | null) => `${cityId ?? ''}|${nameZh}`;
  const existing = new Map((await db.organization.findMany({ select: { id: true, nameZh: true, cityId: true } })).map((o) => [keyOf(o.nameZh, o.cityId), o.id]));
  const created: OrganizationPlan[] = [];
  for (const plan of data.organizations) {
    const id = existing.get(keyOf(plan.nameZh, plan.city?.id ?? null));
    if (id) plan.id = id;
    else created.push(plan);
  }
  // One statement: a unit's row points at its parent's, and the reference is checked at its end.
  const organizations = created.map((o) => ({
    id: o.id,
    nameZh: o.nameZh,
    nameEn: o.nameEn,
    kind: o.kind,
    cityId: o.city?.id ?? null,
    parentId: o.parent?.id ?? null,
  })) satisfies Prisma.OrganizationCreateManyInput[];
  await insert.rows(db, 'Organization', organizations);

  const people = data.people.map((p) => ({ id: p.id, nameZh: p.name.zh, nameEn: p.name.en })) satisfies Prisma.PersonCreateManyInput[];
  await insert.rows(db, 'Person', people);
  const roles = data.roles.map((r) => ({
    id: r.id,
    personId: r.person.id,
    organizationId: r.organization.id,
    titleZh: r.title.zh,
    titleEn: r.title.en,
    startDate: r.start,
    endDate: r.end,
    attestedOn: r.attestedOn,
  })) satisfies Prisma.PersonRoleCreateManyInput[];
  await insert.rows(db, 'PersonRole', roles);
}
