import { languageTag, type Locale } from './locales';

const countEn = (n: number) => n.toLocaleString(languageTag.en);
const countZh = (n: number) => n.toLocaleString(languageTag.zh);

/** The words of the import screen, and what an import says is wrong with a file. */
const en = {
  title: 'Import exchanges',
  intro:
    'Adds historical exchanges from a CSV or JSON file. Check the file first: every problem is listed with its row and field, and nothing is written. Then import it: all of it, or — if anything goes wrong — none of it. Exchanges already on record are skipped, so importing a file twice adds nothing.',
  formatsTitle: 'What a file holds',
  formats: [
    'CSV: one row per exchange, with the columns of the exchanges download (/api/v1/exchanges.csv) and three more it lacks: status, original_language and translation. The slug column is each exchange’s key.',
    'JSON: a list of exchanges as the API gives each one (/api/v1/exchanges/{slug}), with their people, events, topics, statements, cooperation items, progress reports, practices and sources, and the links each states to other exchanges (on record, or in the same file).',
    'Cities must be on record already. People, organizations and sources are matched by name (sources by address) and added when they are new.',
    'Imported exchanges arrive as drafts in the workspace, each with a history entry naming the file, to be reviewed and published like any other record.',
  ],
  file: 'File (CSV or JSON)',
  fileHint: (megabytes: number) => `Up to ${megabytes} MB. Larger files are imported on the server with npm run db:import.`,
  check: 'Check the file',
  checking: 'Checking the file…',
  importButton: (count: number) => (count === 1 ? 'Import 1 exchange' : `Import ${countEn(count)} exchanges`),
  progressLabel: 'Import progress',
  progress: (done: number, total: number, phase: 'writing' | 'publishing') =>
    `${countEn(done)} of ${countEn(total)} ${total === 1 ? 'exchange' : 'exchanges'} ${phase === 'writing' ? 'written' : 'published'}`,
  publishAtOnce: 'Publish them at once',
  publishAtOnceHint: 'For records already checked elsewhere, such as an archive: they go on the public site without review by a second person. Otherwise they arrive as drafts, to be reviewed and published one by one.',
  summaryTitle: 'The file',
  summary: {
    format: 'Format',
    records: 'Exchanges in the file',
    added: 'To add',
    alreadyPresent: 'Already on record, skipped',
    people: 'New people',
    organizations: 'New organizations',
    sources: 'New sources',
  },
  problemsTitle: (count: number) =>
    `${count === 1 ? 'One problem' : `${countEn(count)} problems`}. Nothing is imported while the file has any: correct it and check it again.`,
  row: 'Row',
  field: 'Field',
  problem: 'Problem',
  wholeFile: 'the file',
  imported: (count: number, published: boolean) =>
    `Imported ${count === 1 ? '1 exchange' : `${countEn(count)} exchanges`} ${published ? `and published ${count === 1 ? 'it' : 'them'}` : 'as drafts'}.`,
  toWorkspace: 'Open the workspace',
  nothingToAdd: 'Every exchange in the file is already on record: importing it adds nothing.',
  noFile: 'Choose a file first.',
  tooLarge: (megabytes: number) => `The file is larger than ${megabytes} MB. Import it on the server with npm run db:import.`,
  cutShort: 'The file did not arrive whole. Try again.',
  failed: 'The import did not finish, and nothing was written. The server’s log says why.',
  problems: {
    notUtf8: 'The file is not UTF-8 text. Save it as “CSV UTF-8”, or as JSON in UTF-8.',
    empty: 'The file holds no exchanges.',
    unclosedQuote: 'A quoted cell is not closed: a " is missing.',
    strayQuote: 'A quote (") stands inside a cell. Put the whole cell in quotes and double the quote inside it, as in "5"" screen".',
    cellCount: (cells: number, columns: number) => `This row has ${cells} cells; the header has ${columns}.`,
    missingColumn: 'The header lacks this column, which every exchange needs.',
    unknownColumn: 'Unknown column: nothing in it would be imported. Rename it to a column of the exchanges download, or remove it.',
    repeatedColumn: 'This column appears twice in the header.',
    notJson: (detail: string) => `The file is not valid JSON (${detail}).`,
    notList: 'Expected a list of exchanges, [ … ], or one exchange, { … }.',
    notRecord: 'Expected an exchange, { … }.',
    apiListPage:
      'This is a page of the API’s list of exchanges, which gives each exchange in brief. Import whole records: each exchange’s own address (/api/v1/exchanges/…), or a list of them.',
    notArray: 'Expected a list, [ … ].',
    notEntry: 'Expected an entry, { … }.',
    cityNotOnRecord: (slug: string) => `No city with the key “${slug}” is on record. Add it under Administration → Cities, or correct the key.`,
    repeatedKey: (row: number) => `Row ${row} has the same key; an exchange may appear only once.`,
    deletedKey: 'An exchange with this key was deleted. Restore it from the deleted records, or give this row another key.',
    differs: (value: string) =>
      `An exchange with this key is on record with another value here: ${value}. An import adds exchanges and changes none: correct the row, or leave it out.`,
    emptyValue: '(empty)',
    noSuchSource: (number: string) => `This exchange’s sources have no number ${number}.`,
    noSuchStatement: (number: string) => `This exchange’s statements have no number ${number}.`,
    noSuchTopic: (number: string) => `This exchange’s topics have no number ${number}.`,
    noSuchEvent: (number: string) => `This exchange’s events have no number ${number}.`,
    twoAccepted: 'Only one claim about a date can be the accepted one.',
    partyNeeded: 'A party needs a city or an organization.',
    noSuchExchange: (slug: string) =>
      `No exchange with the key “${slug}” is on record or in this file. Import the exchange it names first, or in the same file, or correct the key.`,
    linkedExchangeDeleted: (slug: string) => `The exchange with the key “${slug}” was deleted. Restore it from the deleted records, or leave this link out.`,
  },
};

export type ImportMessages = typeof en;

const zh: ImportMessages = {
  title: '导入交流记录',
  intro:
    '从 CSV 或 JSON 文件导入历史交流记录。请先检查文件：每个问题都会连同所在行和字段列出，且不写入任何内容。然后再导入：要么全部导入，要么——只要出现任何问题——一条也不导入。已有的交流记录会被跳过，因此同一文件导入两次不会重复添加。',
  formatsTitle: '文件内容',
  formats: [
    'CSV：每行一次交流，列与交流记录下载（/api/v1/exchanges.csv）相同，另加下载中没有的三列：status、original_language 和 translation。slug 列是每次交流的标识。',
    'JSON：交流记录的列表，每条的格式与 API 所给的相同（/api/v1/exchanges/{slug}），包括人员、活动、议题、发言、合作事项、进展报告、做法和来源，以及每条记录与其他交流（已有记录或同一文件中的）之间的关联。',
    '城市必须已有记录。人物、机构和来源按名称匹配（来源按网址），没有的会新建。',
    '导入的交流记录作为草稿出现在工作台，每条的修改历史中注明来源文件，与其他记录一样经审核后发布。',
  ],
  file: '文件（CSV 或 JSON）',
  fileHint: (megabytes) => `最大 ${megabytes} MB。更大的文件请在服务器上用 npm run db:import 导入。`,
  check: '检查文件',
  checking: '正在检查文件…',
  importButton: (count) => `导入 ${countZh(count)} 条交流记录`,
  progressLabel: '导入进度',
  progress: (done, total, phase) => `已${phase === 'writing' ? '写入' : '发布'} ${countZh(done)} / ${countZh(total)} 条交流记录`,
  publishAtOnce: '导入后立即发布',
  publishAtOnceHint: '适用于已在别处核实过的记录（例如档案）：不经第二人审核，直接在公开网站上发布。不勾选则导入为草稿，逐条审核后发布。',
  summaryTitle: '文件',
  summary: {
    format: '格式',
    records: '文件中的交流记录',
    added: '将添加',
    alreadyPresent: '已有记录，跳过',
    people: '新人物',
    organizations: '新机构',
    sources: '新来源',
  },
  problemsTitle: (count) => `发现 ${countZh(count)} 个问题。文件有问题时不会导入任何内容：请修改后重新检查。`,
  row: '行',
  field: '字段',
  problem: '问题',
  wholeFile: '整个文件',
  imported: (count, published) => `已导入 ${countZh(count)} 条交流记录，${published ? '并已发布' : '均为草稿'}。`,
  toWorkspace: '打开工作台',
  nothingToAdd: '文件中的交流记录都已有记录：导入不会添加任何内容。',
  noFile: '请先选择文件。',
  tooLarge: (megabytes) => `文件超过 ${megabytes} MB。请在服务器上用 npm run db:import 导入。`,
  cutShort: '文件未完整上传，请重试。',
  failed: '导入未完成，未写入任何内容。原因见服务器日志。',
  problems: {
    notUtf8: '文件不是 UTF-8 文本。请另存为“CSV UTF-8”，或 UTF-8 编码的 JSON。',
    empty: '文件中没有交流记录。',
    unclosedQuote: '带引号的单元格没有结束：缺少一个 "。',
    strayQuote: '单元格中间出现了引号（"）。请给整个单元格加上引号，并将其中的引号写两遍，例如 "5"" 屏幕"。',
    cellCount: (cells, columns) => `此行有 ${cells} 个单元格，表头有 ${columns} 列。`,
    missingColumn: '表头缺少此列，而每条交流记录都需要它。',
    unknownColumn: '未知的列：其中的内容不会被导入。请改为交流记录下载中的列名，或删除此列。',
    repeatedColumn: '表头中此列出现了两次。',
    notJson: (detail) => `文件不是有效的 JSON（${detail}）。`,
    notList: '应为交流记录的列表 [ … ]，或一条交流记录 { … }。',
    notRecord: '应为一条交流记录 { … }。',
    apiListPage: '这是接口的交流列表中的一页，每条交流只有摘要。请导入完整的记录：每条交流自己的地址（/api/v1/exchanges/…），或由它们组成的列表。',
    notArray: '应为列表 [ … ]。',
    notEntry: '应为一个条目 { … }。',
    cityNotOnRecord: (slug) => `没有标识为“${slug}”的城市。请先在“系统管理 → 城市”中添加，或更正标识。`,
    repeatedKey: (row) => `第 ${row} 行的标识与此相同；每次交流只能出现一次。`,
    deletedKey: '使用此标识的交流记录已被删除。请从已删除的记录中恢复，或为此行换一个标识。',
    differs: (value) => `已有使用此标识的交流记录，此处的值不同：${value}。导入只添加交流记录，不修改已有记录：请更正此行，或将其删除。`,
    emptyValue: '（空）',
    noSuchSource: (number) => `此交流记录的来源中没有第 ${number} 条。`,
    noSuchStatement: (number) => `此交流记录的发言中没有第 ${number} 条。`,
    noSuchTopic: (number) => `此交流记录的议题中没有第 ${number} 个。`,
    noSuchEvent: (number) => `此交流记录的活动中没有第 ${number} 项。`,
    twoAccepted: '关于一个日期的说法只能采纳一条。',
    partyNeeded: '参与方须为一个城市或一个机构。',
    noSuchExchange: (slug) => `没有标识为“${slug}”的交流记录，此文件中也没有。请先导入它所指的交流记录，或放在同一文件中导入，或更正标识。`,
    linkedExchangeDeleted: (slug) => `标识为“${slug}”的交流记录已被删除。请从已删除的记录中恢复，或去掉此关联。`,
  },
};

const dictionaries: Record<Locale, ImportMessages> = { en, zh };

export function getImportMessages(locale: Locale): ImportMessages {
  return dictionaries[locale];
}
