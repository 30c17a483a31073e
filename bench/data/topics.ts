/*
 * What exchanges between cities are about, in both languages. `en` reads after "study", "cooperation
 * on" and "experience in"; `industry` names the trade in a company's or a park's name.
 */

export type TopicKind = 'industry' | 'food' | 'tourism' | 'governance' | 'social' | 'green' | 'trade';

export interface Topic {
  zh: string;
  en: string;
  kind: TopicKind;
  industry?: readonly [zh: string, en: string];
}

export const topics: readonly Topic[] = [
  { zh: '新能源汽车', en: 'new-energy vehicles', kind: 'industry', industry: ['新能源汽车', 'New Energy Vehicle'] },
  { zh: '汽车零部件', en: 'auto parts', kind: 'industry', industry: ['汽车零部件', 'Auto Parts'] },
  { zh: '智能制造', en: 'smart manufacturing', kind: 'industry', industry: ['智能装备', 'Intelligent Equipment'] },
  { zh: '集成电路', en: 'integrated circuits', kind: 'industry', industry: ['半导体', 'Semiconductor'] },
  { zh: '生物医药', en: 'biomedicine', kind: 'industry', industry: ['生物医药', 'Biopharmaceutical'] },
  { zh: '新材料', en: 'new materials', kind: 'industry', industry: ['新材料', 'New Materials'] },
  { zh: '光伏产业', en: 'the photovoltaic industry', kind: 'industry', industry: ['光伏科技', 'Photovoltaic Technology'] },
  { zh: '锂电池产业', en: 'the lithium battery industry', kind: 'industry', industry: ['锂电', 'Lithium Battery'] },
  { zh: '装备制造', en: 'equipment manufacturing', kind: 'industry', industry: ['重工机械', 'Heavy Machinery'] },
  { zh: '陶瓷产业', en: 'the ceramics industry', kind: 'industry', industry: ['陶瓷', 'Ceramics'] },
  { zh: '纺织服装', en: 'textiles and garments', kind: 'industry', industry: ['纺织服饰', 'Textile and Garment'] },
  { zh: '低空经济', en: 'the low-altitude economy', kind: 'industry', industry: ['无人机', 'Drone'] },
  { zh: '数字经济', en: 'the digital economy', kind: 'industry', industry: ['数字科技', 'Digital Technology'] },
  { zh: '人工智能', en: 'artificial intelligence', kind: 'industry', industry: ['智能科技', 'Intelligent Technology'] },
  { zh: '氢能产业', en: 'the hydrogen industry', kind: 'industry', industry: ['氢能', 'Hydrogen Energy'] },
  { zh: '石化产业', en: 'the petrochemical industry', kind: 'industry', industry: ['石化', 'Petrochemical'] },
  { zh: '钢铁产业转型', en: 'transforming the steel industry', kind: 'industry', industry: ['钢铁', 'Iron and Steel'] },
  { zh: '中医药', en: 'traditional Chinese medicine', kind: 'industry', industry: ['中药', 'Traditional Medicine'] },
  { zh: '螺蛳粉产业', en: 'the luosifen industry', kind: 'food', industry: ['螺蛳粉', 'Luosifen'] },
  { zh: '烧烤', en: 'barbecue', kind: 'food', industry: ['餐饮', 'Catering'] },
  { zh: '预制菜', en: 'prepared dishes', kind: 'food', industry: ['食品', 'Food'] },
  { zh: '茶产业', en: 'the tea industry', kind: 'food', industry: ['茶业', 'Tea'] },
  { zh: '白酒产业', en: 'the baijiu industry', kind: 'food', industry: ['酒业', 'Liquor'] },
  { zh: '美食文化', en: 'food culture', kind: 'food', industry: ['餐饮', 'Catering'] },
  { zh: '特色农产品', en: 'speciality farm produce', kind: 'food', industry: ['农业科技', 'Agricultural Technology'] },
  { zh: '现代农业', en: 'modern agriculture', kind: 'food', industry: ['农业发展', 'Agricultural Development'] },
  { zh: '文旅融合', en: 'culture-and-tourism integration', kind: 'tourism', industry: ['文化旅游', 'Culture and Tourism'] },
  { zh: '全域旅游', en: 'all-for-one tourism', kind: 'tourism', industry: ['旅游发展', 'Tourism Development'] },
  { zh: '冰雪旅游', en: 'ice-and-snow tourism', kind: 'tourism', industry: ['冰雪旅游', 'Ice and Snow Tourism'] },
  { zh: '红色旅游', en: 'red tourism', kind: 'tourism', industry: ['文化旅游', 'Culture and Tourism'] },
  { zh: '夜间经济', en: 'the night-time economy', kind: 'tourism', industry: ['商业运营', 'Commercial Operations'] },
  { zh: '非物质文化遗产保护', en: 'safeguarding intangible cultural heritage', kind: 'tourism', industry: ['文化创意', 'Cultural and Creative'] },
  { zh: '历史文化街区保护', en: 'conserving historic districts', kind: 'tourism', industry: ['文化旅游', 'Culture and Tourism'] },
  { zh: '体育赛事', en: 'sporting events', kind: 'tourism', industry: ['体育文化', 'Sports and Culture'] },
  { zh: '会展经济', en: 'the convention and exhibition economy', kind: 'tourism', industry: ['会展', 'Convention and Exhibition'] },
  { zh: '城市管理', en: 'urban management', kind: 'governance' },
  { zh: '营商环境', en: 'the business environment', kind: 'governance' },
  { zh: '政务服务', en: 'government services', kind: 'governance' },
  { zh: '智慧城市', en: 'smart cities', kind: 'governance', industry: ['智慧城市科技', 'Smart City Technology'] },
  { zh: '基层治理', en: 'community-level governance', kind: 'governance' },
  { zh: '城市更新', en: 'urban renewal', kind: 'governance', industry: ['城市建设', 'Urban Construction'] },
  { zh: '招商引资', en: 'attracting investment', kind: 'governance' },
  { zh: '人才引进', en: 'attracting talent', kind: 'governance' },
  { zh: '开发区建设', en: 'building development zones', kind: 'governance', industry: ['产业园运营', 'Industrial Park Operation'] },
  { zh: '乡村振兴', en: 'rural revitalization', kind: 'social', industry: ['农业发展', 'Agricultural Development'] },
  { zh: '职业教育', en: 'vocational education', kind: 'social' },
  { zh: '养老服务', en: 'elderly care', kind: 'social', industry: ['健康养老', 'Health and Elderly Care'] },
  { zh: '医疗卫生', en: 'health care', kind: 'social' },
  { zh: '对口支援', en: 'paired assistance', kind: 'social' },
  { zh: '东西部协作', en: 'east–west cooperation', kind: 'social' },
  { zh: '劳务协作', en: 'cooperation on migrant labour', kind: 'social' },
  { zh: '生态环境保护', en: 'environmental protection', kind: 'green', industry: ['环保科技', 'Environmental Technology'] },
  { zh: '垃圾分类', en: 'waste sorting', kind: 'green', industry: ['环境服务', 'Environmental Services'] },
  { zh: '黄河流域生态保护', en: 'ecological protection of the Yellow River basin', kind: 'green' },
  { zh: '长江大保护', en: 'protecting the Yangtze River', kind: 'green' },
  { zh: '碳达峰碳中和', en: 'peaking carbon emissions and carbon neutrality', kind: 'green', industry: ['新能源', 'New Energy'] },
  { zh: '水环境治理', en: 'managing the water environment', kind: 'green', industry: ['水务', 'Water'] },
  { zh: '海洋经济', en: 'the marine economy', kind: 'trade', industry: ['海洋科技', 'Marine Technology'] },
  { zh: '跨境电商', en: 'cross-border e-commerce', kind: 'trade', industry: ['跨境电商', 'Cross-border E-commerce'] },
  { zh: '港口物流', en: 'port logistics', kind: 'trade', industry: ['港务', 'Port'] },
  { zh: '中欧班列', en: 'China–Europe freight trains', kind: 'trade', industry: ['国际陆港', 'International Inland Port'] },
  { zh: '自由贸易试验区', en: 'pilot free trade zones', kind: 'trade' },
  { zh: '直播电商', en: 'livestream e-commerce', kind: 'trade', industry: ['电子商务', 'E-commerce'] },
  { zh: '现代物流', en: 'modern logistics', kind: 'trade', industry: ['物流', 'Logistics'] },
];

const byName = new Map(topics.map((topic) => [topic.zh, topic]));

export function topicNamed(zh: string): Topic {
  const topic = byName.get(zh);
  if (!topic) throw new Error(`No topic ${zh}`);
  return topic;
}

/**
 * Things a city can show its visitors. `{city}` stands for the city's name. Titles recur from city to
 * city, as real practices spread; descriptions name the city.
 */
export const practicesByKind: Readonly<Record<TopicKind, readonly (readonly [titleZh: string, titleEn: string, descriptionZh: string, descriptionEn: string])[]>> = {
  governance: [
    ['柔性执法', 'Flexible law enforcement', '{city}对首次轻微违法行为以教育提醒为主，不予处罚。', '{city} warns rather than fines people for a first minor offence.'],
    ['“一网通办”', 'One-stop online government services', '{city}的企业和群众办事“只进一扇门、最多跑一次”。', 'In {city} people and businesses go to one counter, at most once, for each matter.'],
    ['“拿地即开工”', 'Building starts as soon as the land is bought', '{city}推行并联审批，项目取得土地后即可开工建设。', 'Approvals in {city} run in parallel, so a project can start building as soon as it has its land.'],
    ['12345热线“接诉即办”', 'The 12345 hotline handles requests at once', '{city}的市民诉求经12345热线受理后即时派单办理。', 'Residents’ requests to the 12345 hotline in {city} are passed on and handled straight away.'],
    ['企业“首席服务官”', 'Chief service officers for companies', '{city}为重点企业配备专人，协调解决企业遇到的问题。', '{city} assigns an official to each key company to resolve its problems.'],
    ['城市“微更新”', 'Small-scale urban renewal', '{city}对老旧小区和背街小巷进行小规模、渐进式改造。', '{city} renews old housing estates and back streets a little at a time.'],
    ['网格化管理', 'Grid-based community management', '{city}把城区划分为网格，每个网格配备专职网格员。', '{city} divides its districts into grids, each with a full-time grid worker.'],
  ],
  tourism: [
    ['美食地图', 'A food map', '{city}专门绘制美食地图，为游客指路。', '{city} drew a map to lead visitors to its restaurants.'],
    ['旅游专列', 'Tourist trains', '{city}开通了面向外地游客的旅游专列。', '{city} runs dedicated trains for visitors from other cities.'],
    ['景区门票减免', 'Free or cheaper entry to scenic spots', '{city}在旅游旺季对主要景区实行门票减免。', '{city} waives or cuts entry fees to its main scenic spots in the high season.'],
    ['干部为文旅代言', 'Officials promoting tourism online', '{city}的干部在短视频平台上为本地文旅代言。', 'Officials of {city} promote its sights in short videos online.'],
    ['夜市提档升级', 'Upgraded night markets', '{city}统一规划夜市摊位，延长公共交通运营时间。', '{city} laid out its night-market stalls and runs public transport later.'],
    ['“村超”式乡村赛事', 'Village sports leagues', '{city}举办乡村体育联赛，吸引游客前来观赛。', '{city} holds village sports leagues that draw visitors to watch.'],
    ['游客服务驿站', 'Visitor service points', '{city}在热门景点周边设立免费的游客服务驿站。', '{city} set up free service points for visitors near its popular sights.'],
  ],
  food: [
    ['产业链“链长制”', 'A city leader for each industrial chain', '{city}由市领导担任特色食品产业链“链长”。', 'In {city} a city leader is in charge of each speciality food chain.'],
    ['地理标志保护', 'Protected geographical indications', '{city}为特色产品申请地理标志，统一质量标准。', '{city} registered geographical indications for its specialities and set common quality standards.'],
    ['订单农业', 'Contract farming', '{city}的企业与农户签订收购订单，稳定原料供应。', 'Companies in {city} contract farmers in advance, which steadies their supply.'],
    ['产业学院', 'An industry college', '{city}与职业院校共建产业学院，培养专门人才。', '{city} and vocational colleges jointly run a college that trains people for the industry.'],
  ],
  industry: [
    ['产业链“链长制”', 'A city leader for each industrial chain', '{city}由市领导分别担任重点产业链“链长”。', 'In {city} a city leader is in charge of each key industrial chain.'],
    ['标准厂房“拎包入驻”', 'Ready-built factories to move straight into', '{city}建设标准厂房，企业可直接入驻投产。', '{city} builds standard factory buildings that companies can move into and start producing.'],
    ['产业引导基金', 'Industrial guidance funds', '{city}设立产业引导基金，带动社会资本投向重点产业。', '{city} set up guidance funds that draw private capital into its key industries.'],
    ['产学研合作平台', 'A platform joining industry, universities and research', '{city}搭建产学研合作平台，推动科研成果就地转化。', '{city} built a platform that brings research results into local production.'],
  ],
  social: [
    ['社区养老食堂', 'Community canteens for older people', '{city}在社区开设养老食堂，为老年人提供助餐服务。', '{city} opened community canteens that serve meals to older people.'],
    ['职业技能培训', 'Vocational skills training', '{city}为外出务工人员提供免费职业技能培训。', '{city} gives free vocational training to people leaving to work elsewhere.'],
    ['“组团式”帮扶', 'Teams of specialists on secondment', '{city}选派医生、教师组团到受援地工作。', '{city} sends teams of doctors and teachers to work in the places it assists.'],
    ['消费帮扶', 'Buying from the places it assists', '{city}组织机关、企业采购受援地农产品。', '{city} has its offices and companies buy farm produce from the places it assists.'],
  ],
  green: [
    ['垃圾分类积分', 'Points for sorting waste', '{city}居民分类投放垃圾可积分兑换生活用品。', 'Residents of {city} earn points for sorting waste and exchange them for household goods.'],
    ['河长制', 'River chiefs', '{city}每条河流都有一名负责的“河长”。', 'Every river in {city} has a named official responsible for it.'],
    ['生态补偿机制', 'Paying for ecological protection', '{city}与上下游地区建立横向生态补偿机制。', '{city} and the places up and down river pay each other for keeping the water clean.'],
  ],
  trade: [
    ['跨境电商综合试验区', 'A comprehensive pilot zone for cross-border e-commerce', '{city}建设跨境电商综合试验区，为企业提供一站式服务。', '{city} built a pilot zone that gives cross-border e-commerce firms one-stop services.'],
    ['直播电商基地', 'A livestream selling base', '{city}建设直播电商基地，培训本地主播。', '{city} built a base for livestream selling and trains local hosts.'],
    ['海铁联运', 'Sea–rail intermodal transport', '{city}打通港口与铁路的联运通道。', '{city} joined its port and its railways into one freight route.'],
  ],
};
