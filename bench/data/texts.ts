import type { ExchangeStatus } from '../../lib/generated/prisma/enums';
import type { Random } from '../random';
import type { Topic } from './topics';

/*
 * The sentences of generated records, each written in both languages from the same facts, in the
 * manner of the reports exchanges are recorded from. Every function returns the pair.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Official {
  name: Bilingual;
  /** The post in full ("淄博市市长", "Mayor of Zibo"). */
  title: Bilingual;
}

export interface DateWords {
  zh: string;
  /** How an English sentence opens with the date ("On 15 May 2023", "In May 2023"). */
  enOpening: string;
}

/** What the texts of one exchange are made of. */
export interface ExchangeWords {
  visiting: Bilingual;
  host: Bilingual;
  topics: readonly Topic[];
  date: DateWords;
  delegation: Bilingual;
  leader: Official | null;
  hostLead: Official | null;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateWords(date: Date, dayKnown: boolean): DateWords {
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return dayKnown
    ? { zh: `${year}年${month + 1}月${day}日`, enOpening: `On ${day} ${months[month]} ${year}` }
    : { zh: `${year}年${month + 1}月`, enOpening: `In ${months[month]} ${year}` };
}

export function listZh(items: readonly string[]): string {
  return items.join('、');
}

export function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "赵庆文（淄博市市长）" reads badly; Chinese puts the post first, English after the name. */
/** A full stop, unless the sentence already ends in one ("Co., Ltd."). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const officialZh = (official: Official) => `${official.title.zh}${official.name.zh}`;
const officialEn = (official: Official) => `${official.name.en}, ${official.title.en},`;

export function exchangeTitle(random: Random, w: ExchangeWords, signed: boolean): Bilingual {
  const [v, h, t] = [w.visiting, w.host, w.topics[0]!];
  if (signed && random.chance(0.6)) return { zh: `${v.zh}、${h.zh}两市签署${t.zh}合作协议`, en: `${v.en} and ${h.en} sign an agreement on ${t.en}` };
  const templates: (() => Bilingual)[] = [
    () => ({ zh: `${w.delegation.zh}赴${h.zh}考察${t.zh}`, en: `${w.delegation.en} visits ${h.en} to study ${t.en}` }),
    () => ({ zh: `${w.delegation.zh}到${h.zh}学习${t.zh}经验`, en: `${w.delegation.en} in ${h.en} to learn from its experience in ${t.en}` }),
    () => ({ zh: `${h.zh}市与${v.zh}市举行${t.zh}合作座谈会`, en: `${h.en} and ${v.en} hold a symposium on cooperation in ${t.en}` }),
    () => ({ zh: `${v.zh}考察团赴${h.zh}对接${t.zh}合作`, en: `${v.en} delegation in ${h.en} to line up cooperation on ${t.en}` }),
    () => ({ zh: `${h.zh}市领导会见${w.delegation.zh}`, en: `${h.en} leaders meet the ${w.delegation.en}` }),
    () => ({ zh: `${v.zh}—${h.zh}${t.zh}交流活动`, en: `${v.en}–${h.en} exchange on ${t.en}` }),
    () =>
      w.leader
        ? { zh: `${officialZh(w.leader)}率团赴${h.zh}考察${t.zh}`, en: `${w.leader.name.en}, ${w.leader.title.en}, leads a delegation to ${h.en}` }
        : { zh: `${w.delegation.zh}赴${h.zh}考察`, en: `${w.delegation.en} visits ${h.en}` },
    () => ({ zh: `${v.zh}${h.zh}深化${t.zh}合作`, en: `${v.en} and ${h.en} deepen cooperation on ${t.en}` }),
  ];
  return random.pick(templates)();
}

export function exchangeSummary(random: Random, w: ExchangeWords, sites: readonly Bilingual[], signed: boolean, status: ExchangeStatus): Bilingual {
  const [v, h] = [w.visiting, w.host];
  const topicsZh = listZh(w.topics.map((t) => t.zh));
  const topicsEn = listEn(w.topics.map((t) => t.en));
  const [first, second] = [w.topics[0]!, w.topics[1] ?? w.topics[0]!];
  const when = w.date.enOpening.charAt(0).toLowerCase() + w.date.enOpening.slice(1);
  if (status === 'PLANNED') {
    return {
      zh: `据报道，${w.delegation.zh}计划于${w.date.zh}赴${h.zh}考察${first.zh}，双方将围绕${topicsZh}等开展交流。`,
      en: `The ${w.delegation.en} is to visit ${h.en} ${when} to study ${first.en}; the two sides are to discuss ${topicsEn}.`,
    };
  }
  if (status !== 'TOOK_PLACE') {
    const [zh, en] = status === 'POSTPONED' ? ['推迟', 'postponed'] : ['取消', 'called off'];
    return {
      zh: `${w.delegation.zh}原定于${w.date.zh}赴${h.zh}考察${first.zh}，后因故${zh}。`,
      en: `The ${w.delegation.en} was to visit ${h.en} ${when} to study ${first.en}; the visit was later ${en}.`,
    };
  }
  const visited = sites.length
    ? { zh: `代表团${sites.length > 1 ? '先后' : ''}考察了${listZh(sites.map((s) => s.zh))}。`, en: `${endSentence(`The delegation visited ${listEn(sites.map((s) => s.en))}`)} ` }
    : { zh: '', en: '' };
  const fame =
    (first.kind === 'food' || first.kind === 'tourism') && random.chance(0.4)
      ? { zh: '双方还探讨了如何让“网红”变“长红”。', en: ' They also discussed how passing internet fame can become lasting popularity.' }
      : { zh: '', en: '' };
  const leader = w.leader;
  const hostLead = w.hostLead;
  if (signed && leader && hostLead) {
    return {
      zh: `${w.date.zh}，${v.zh}市与${h.zh}市在${h.zh}签署${first.zh}合作协议，${officialZh(leader)}和${officialZh(hostLead)}出席签约仪式。根据协议，两地将在${topicsZh}等领域开展合作。${visited.zh}`,
      en: `${w.date.enOpening}, ${v.en} and ${h.en} signed an agreement on cooperation in ${first.en} in ${h.en}; ${leader.name.en}, ${leader.title.en}, and ${hostLead.name.en}, ${hostLead.title.en}, attended the signing. Under the agreement the two cities will cooperate in ${topicsEn}. ${visited.en}`.trim(),
    };
  }
  if (leader && hostLead && random.chance(0.6)) {
    return {
      zh: `${w.date.zh}，${officialZh(leader)}率${w.delegation.zh}赴${h.zh}考察${first.zh}，${officialZh(hostLead)}陪同。${visited.zh}双方围绕${topicsZh}等进行了深入交流。${fame.zh}`,
      en: `${w.date.enOpening}, ${officialEn(leader)} led the ${w.delegation.en} to ${h.en} to study ${first.en}, accompanied by ${hostLead.name.en}, ${hostLead.title.en}. ${visited.en}The two sides discussed ${topicsEn}.${fame.en}`,
    };
  }
  const host = hostLead ? { zh: `${officialZh(hostLead)}会见了代表团一行，`, en: `${hostLead.name.en}, ${hostLead.title.en}, met the delegation, and ` } : { zh: '', en: '' };
  return {
    zh: `${w.date.zh}，${w.delegation.zh}一行来到${h.zh}，就${first.zh}开展考察交流。${visited.zh}${host.zh}双方就深化${second.zh}合作达成共识。${fame.zh}`,
    en: `${w.date.enOpening}, the ${w.delegation.en} came to ${h.en} to learn about ${first.en}. ${visited.en}${host.en}${host.en ? 'the two sides' : 'The two sides'} agreed to deepen cooperation on ${second.en}.${fame.en}`,
  };
}

export function exchangePurpose(random: Random, w: ExchangeWords): Bilingual {
  const [h, first, second] = [w.host, w.topics[0]!, w.topics[1] ?? w.topics[0]!];
  return random.pick([
    { zh: `学习${h.zh}${first.zh}发展经验，推动两地${second.zh}合作。`, en: `To learn from ${h.en}’s experience in ${first.en} and to advance cooperation on ${second.en}.` },
    { zh: `考察${h.zh}${first.zh}发展情况。`, en: `To see how ${first.en} has developed in ${h.en}.` },
    { zh: `对接${first.zh}合作项目，招商引资。`, en: `To line up projects in ${first.en} and attract investment.` },
  ]);
}

export function delegationKind(leaderPost: 'secretary' | 'mayor' | 'other', topic: Topic): Bilingual {
  if (leaderPost === 'secretary') return { zh: '党政代表团', en: 'Party and government delegation' };
  if (leaderPost === 'mayor') return { zh: '政府代表团', en: 'Municipal Government delegation' };
  if (topic.kind === 'industry' || topic.kind === 'trade') return { zh: '经贸考察团', en: 'trade and investment delegation' };
  if (topic.kind === 'tourism' || topic.kind === 'food') return { zh: '文旅考察团', en: 'culture and tourism delegation' };
  return { zh: '考察团', en: 'study delegation' };
}

export function siteVisitTitle(w: ExchangeWords, sites: readonly Bilingual[]): Bilingual {
  if (sites.length === 1) return { zh: `考察${sites[0]!.zh}`, en: `Visit to ${sites[0]!.en}` };
  return { zh: `实地考察${w.host.zh}${w.topics[0]!.zh}`, en: `Seeing ${w.topics[0]!.en} in ${w.host.en} at first hand` };
}

export function symposiumTitle(random: Random, w: ExchangeWords): Bilingual {
  return random.chance(0.5)
    ? { zh: `${w.visiting.zh}·${w.host.zh}${w.topics[0]!.zh}合作座谈会`, en: `${w.visiting.en}–${w.host.en} symposium on ${w.topics[0]!.en}` }
    : { zh: `${w.visiting.zh}·${w.host.zh}两地工作座谈会`, en: `${w.visiting.en}–${w.host.en} working symposium` };
}

export const meetingTitle = (w: ExchangeWords): Bilingual => ({ zh: `${w.host.zh}市领导会见${w.delegation.zh}`, en: `${w.host.en} leaders meet the ${w.delegation.en}` });
export const signingTitle = (w: ExchangeWords): Bilingual => ({ zh: `${w.topics[0]!.zh}合作协议签约仪式`, en: `Signing of the agreement on ${w.topics[0]!.en}` });
export const banquetTitle: Bilingual = { zh: '欢迎晚宴', en: 'Welcome dinner' };
export const promotionTitle = (w: ExchangeWords): Bilingual => ({ zh: `${w.host.zh}${w.topics[0]!.zh}推介会`, en: `${w.host.en} presentation on ${w.topics[0]!.en}` });

export function eventDescription(random: Random, kind: 'SITE_VISIT' | 'SYMPOSIUM' | 'MEETING' | 'SIGNING', w: ExchangeWords): Bilingual | null {
  if (random.chance(0.4)) return null;
  const t = w.topics[0]!;
  switch (kind) {
    case 'SITE_VISIT':
      return { zh: `考察团详细了解了${t.zh}的发展历程和经营模式。`, en: `The delegation learned how ${t.en} developed and how the business is run.` };
    case 'SYMPOSIUM':
      return { zh: `双方围绕${listZh(w.topics.map((x) => x.zh))}等深入交流。`, en: `The two sides discussed ${listEn(w.topics.map((x) => x.en))} in depth.` };
    case 'MEETING':
      return { zh: `双方就进一步加强交流合作交换了意见。`, en: 'The two sides exchanged views on closer exchange and cooperation.' };
    case 'SIGNING':
      return { zh: `两市签署${t.zh}合作协议。`, en: `The two cities signed an agreement on ${t.en}.` };
  }
}

export function topicDescription(random: Random, topic: Topic, w: ExchangeWords): Bilingual | null {
  if (random.chance(0.55)) return null;
  return random.pick([
    { zh: `${w.host.zh}介绍了${topic.zh}方面的主要做法和成效。`, en: `${w.host.en} described what it has done in ${topic.en} and with what results.` },
    { zh: `双方探讨了在${topic.zh}方面合作的可能性。`, en: `The two sides explored what they could do together in ${topic.en}.` },
    { zh: `${w.visiting.zh}希望借鉴${w.host.zh}在${topic.zh}方面的经验。`, en: `${w.visiting.en} hopes to learn from ${w.host.en}’s experience in ${topic.en}.` },
  ]);
}

export type QuestionSide = 'VISITING' | 'HOST';

export function questionText(random: Random, topic: Topic, side: QuestionSide, w: ExchangeWords): Bilingual {
  const [asker, other] = side === 'VISITING' ? [w.visiting, w.host] : [w.host, w.visiting];
  const templates: Bilingual[] = [
    { zh: `${other.zh}是如何培育${topic.zh}的？`, en: `How did ${other.en} build up ${topic.en}?` },
    { zh: `发展${topic.zh}，政府和企业之间如何分工？`, en: `In ${topic.en}, how is the work divided between government and business?` },
    { zh: `${other.zh}在${topic.zh}方面遇到的最大困难是什么？`, en: `What has been the greatest difficulty for ${other.en} in ${topic.en}?` },
    { zh: `${other.zh}在吸引${topic.zh}项目落地方面有哪些政策？`, en: `What policies does ${other.en} use to attract projects in ${topic.en}?` },
    { zh: `${asker.zh}和${other.zh}能否在${topic.zh}方面共建合作平台？`, en: `Could ${asker.en} and ${other.en} build a joint platform for ${topic.en}?` },
  ];
  if (topic.kind === 'food' || topic.kind === 'tourism') templates.push({ zh: '如何让“网红”变“长红”？', en: 'How can passing internet fame become lasting popularity?' });
  if (topic.kind === 'governance') templates.push({ zh: `${other.zh}如何听取企业和群众的意见？`, en: `How does ${other.en} hear what businesses and residents think?` });
  return random.pick(templates);
}

/** What a participant said: `own` is the speaker's city, `other` the other side's. */
export function remarkText(random: Random, speaker: Bilingual, side: 'VISITING' | 'HOST', own: Bilingual, other: Bilingual, topic: Topic, second: Topic): { text: Bilingual; quotation: boolean } {
  const visiting: { text: Bilingual; quotation: boolean }[] = [
    {
      quotation: false,
      text: {
        zh: `${speaker.zh}表示，${other.zh}在${topic.zh}方面的探索和成效令人印象深刻，${own.zh}将认真学习借鉴，希望两地在${second.zh}等领域加强交流合作。`,
        en: `${speaker.en} said that what ${other.en} had tried and achieved in ${topic.en} was impressive, that ${own.en} would study it carefully, and that the two cities should work more closely in fields such as ${second.en}.`,
      },
    },
    {
      quotation: true,
      text: { zh: `“${other.zh}的${topic.zh}经验很有借鉴意义，我们这次是来取经的。”`, en: `“${other.en}’s experience in ${topic.en} has much to teach us; we have come to learn.”` },
    },
    {
      quotation: false,
      text: { zh: `${speaker.zh}介绍了${own.zh}经济社会发展情况，并就${topic.zh}合作提出了具体建议。`, en: `${speaker.en} described the economy and society of ${own.en} and made concrete proposals for cooperation on ${topic.en}.` },
    },
  ];
  const hosting: { text: Bilingual; quotation: boolean }[] = [
    {
      quotation: false,
      text: {
        zh: `${speaker.zh}对${other.zh}代表团的到来表示欢迎，介绍了${own.zh}在${topic.zh}方面的做法，希望双方以此次考察为契机，推动${second.zh}合作走深走实。`,
        en: `${speaker.en} welcomed the delegation from ${other.en}, described how ${own.en} approaches ${topic.en}, and hoped the visit would make cooperation on ${second.en} deeper and more concrete.`,
      },
    },
    {
      quotation: true,
      text: { zh: `“欢迎${other.zh}的企业来${own.zh}投资兴业，我们将提供最好的服务。”`, en: `“We welcome companies from ${other.en} to invest in ${own.en}, and we will serve them as well as we can.”` },
    },
    {
      quotation: false,
      text: { zh: `${speaker.zh}表示，${own.zh}愿与${other.zh}在${topic.zh}等领域优势互补、互利共赢。`, en: `${speaker.en} said ${own.en} was willing to work with ${other.en} in ${topic.en} and other fields, each bringing its strengths, to the benefit of both.` },
    },
  ];
  return random.pick(side === 'VISITING' ? visiting : hosting);
}

export function commentaryText(random: Random, expert: Bilingual, w: ExchangeWords, topic: Topic): Bilingual {
  return random.pick([
    {
      zh: `${expert.zh}认为，${w.visiting.zh}与${w.host.zh}在${topic.zh}上各有所长，两地合作可以把一方的市场与另一方的产业基础结合起来。`,
      en: `${expert.en} believes ${w.visiting.en} and ${w.host.en} each have strengths in ${topic.en}, and that working together they can join one city’s market to the other’s industrial base.`,
    },
    {
      zh: `${expert.zh}指出，城市间的学习考察要避免“走马观花”，关键在于把经验转化为符合本地实际的政策。`,
      en: `${expert.en} noted that study visits between cities must do more than glance at the sights: what matters is turning lessons into policies that fit local conditions.`,
    },
    {
      zh: `${expert.zh}表示，${topic.zh}的竞争归根结底是营商环境和人才的竞争。`,
      en: `${expert.en} said that competition in ${topic.en} is in the end a competition in the business environment and in talent.`,
    },
  ]);
}

export function jointStatementText(random: Random, topic: Topic): Bilingual {
  return random.pick([
    { zh: `双方一致同意建立常态化交流机制，在${topic.zh}等领域开展务实合作。`, en: `The two sides agreed to meet regularly and to cooperate in practical ways in ${topic.en} and other fields.` },
    { zh: `两市商定每年轮流举办一次${topic.zh}合作交流会。`, en: `The two cities agreed to take turns holding a yearly meeting on cooperation in ${topic.en}.` },
    { zh: `双方同意互派干部挂职学习，共同推进${topic.zh}合作。`, en: `The two sides agreed to second officials to each other and to advance cooperation on ${topic.en} together.` },
  ]);
}

export function cooperationItemTitle(random: Random, topic: Topic, w: ExchangeWords): Bilingual {
  const templates: Bilingual[] = [
    { zh: `${topic.zh}产业合作`, en: `Industrial cooperation in ${topic.en}` },
    { zh: `签订${topic.zh}战略合作框架协议`, en: `A strategic framework agreement on ${topic.en}` },
    { zh: `联合举办${topic.zh}推介会`, en: `A joint presentation on ${topic.en}` },
    { zh: '干部互派挂职交流', en: 'Officials seconded between the two cities' },
    { zh: `${w.visiting.zh}企业赴${w.host.zh}考察投资`, en: `Companies from ${w.visiting.en} to visit ${w.host.en} with a view to investing` },
    { zh: `共建${topic.zh}人才培训基地`, en: `A joint training centre for ${topic.en}` },
    { zh: '建立友好城市关系', en: 'Friendship-city relations' },
  ];
  if (topic.industry) {
    templates.push({ zh: `共建${topic.industry[0]}产业园`, en: `A jointly built ${topic.industry[1]} industrial park` });
    templates.push({ zh: `互设${topic.industry[0]}产品展销中心`, en: `${topic.industry[1]} showrooms in each other’s city` });
  }
  if (topic.kind === 'tourism' || topic.kind === 'food') {
    templates.push({ zh: '互为旅游客源地，互推精品旅游线路', en: 'Each city promotes the other’s best tourist routes' });
    templates.push({ zh: '开通两地旅游专列', en: 'A tourist train between the two cities' });
    templates.push({ zh: `${w.host.zh}特色美食进${w.visiting.zh}`, en: `${w.host.en}’s speciality food comes to ${w.visiting.en}` });
  }
  if (topic.kind === 'social') templates.push({ zh: '农产品产销对接', en: 'Farm producers in one city linked with buyers in the other' });
  return random.pick(templates);
}

export function cooperationItemDescription(random: Random, topic: Topic, w: ExchangeWords): Bilingual | null {
  if (random.chance(0.6)) return null;
  return random.pick([
    { zh: `由${w.host.zh}市商务部门牵头推进。`, en: `Led by the commerce department of ${w.host.en}.` },
    { zh: `两地将围绕${topic.zh}开展项目对接。`, en: `The two cities will match projects in ${topic.en}.` },
  ]);
}

export type ItemStatus = 'PROPOSED' | 'AGREED' | 'IN_PROGRESS' | 'COMPLETED' | 'STALLED' | 'CANCELLED';

export function progressNote(random: Random, status: ItemStatus, progress: number | null, year: number): Bilingual {
  switch (status) {
    case 'PROPOSED':
      return { zh: '在考察期间提出。', en: 'Proposed during the visit.' };
    case 'AGREED':
      return random.pick([
        { zh: '双方签署合作协议，明确了责任单位和时间表。', en: 'The two sides signed an agreement naming who is responsible and by when.' },
        { zh: '两市相关部门召开对接会，确定了合作内容。', en: 'Departments of the two cities met and settled what the cooperation will cover.' },
      ]);
    case 'IN_PROGRESS': {
      const [yuan, companies, officials, events] = [random.int(2, 60), random.int(3, 20), random.int(2, 12), random.int(2, 5)];
      return random.pick([
        { zh: `项目已开工建设，完成投资${(yuan / 10).toFixed(1)}亿元，进度约${progress ?? 0}%。`, en: `Building has begun; ${yuan * 10} million yuan has been invested, and the work is about ${progress ?? 0}% done.` },
        { zh: `首批${companies}家企业已签约入驻。`, en: `The first ${companies} companies have signed up to move in.` },
        { zh: `双方已互派${officials}名干部挂职。`, en: `The two cities have seconded ${officials} officials to each other.` },
        { zh: `已举办${events}场对接活动。`, en: `${events} matching events have been held.` },
      ]);
    }
    case 'COMPLETED':
      return random.pick([
        { zh: '项目建成投用。', en: 'The project has been completed and is in use.' },
        { zh: '双方已完成协议约定的全部事项。', en: 'The two sides have done everything the agreement set out.' },
      ]);
    case 'STALLED':
      return year >= 2020 && year <= 2022 && random.chance(0.6)
        ? { zh: '受疫情影响，相关活动暂停。', en: 'The work was suspended because of the pandemic.' }
        : { zh: '因资金未落实，项目暂缓推进。', en: 'The work has been put on hold because its funding has not been secured.' };
    case 'CANCELLED':
      return { zh: '经双方协商，项目终止。', en: 'The two sides agreed to end the project.' };
  }
}
