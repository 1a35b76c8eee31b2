/**
 * Word lists about quantities, shared by blank-number and vague-quantity.
 * Reviewable data: each list says what it is for; extend it with care, since
 * every entry changes what the rules report.
 */

/**
 * Measure words (量词) that count things in reports. `clauseEndWeight` is how
 * strongly the word standing alone right before a comma or full stop signals a
 * stripped number (items such as 项 or 份 never end a clause on their own; 家
 * does, in 回了家).
 */
export interface MeasureWord {
  /** `strong`: standing alone it is almost always a classifier; `weak`: also a noun or verb (家, 起, 所, 批). */
  strength: 'strong' | 'weak';
  clauseEndWeight: number;
}

export const MEASURE_WORDS: ReadonlyMap<string, MeasureWord> = new Map<string, MeasureWord>([
  ...['个', '项', '名', '件', '份', '篇', '册', '幅', '元', '宗', '例', '笔', '栋', '幢', '辆', '艘', '枚', '亩', '吨', '岁'].map(
    (word) => [word, { strength: 'strong', clauseEndWeight: 2 }] as const,
  ),
  // Every word that ends in 次/期/届 (其次, 时期, 历届) is one jieba token, so one of these alone before a comma is a count.
  ...['次', '届'].map((word) => [word, { strength: 'weak', clauseEndWeight: 3 }] as const),
  // 期 also ends productive period words jieba lacks (高火险期, 攻坚期): before a comma it needs agreement (培训班期).
  ...['期', '处'].map((word) => [word, { strength: 'weak', clauseEndWeight: 2 }] as const),
  ...['场', '条', '台', '套'].map((word) => [word, { strength: 'weak', clauseEndWeight: 2 }] as const),
  ...['座', '位', '户', '部', '支', '块', '张', '起', '天', '节', '面', '分'].map(
    (word) => [word, { strength: 'weak', clauseEndWeight: 1 }] as const,
  ),
  // Nouns and verbs as often as measure words: they count only before a noun after a quantity slot (共排出了家重点企业).
  ...['批', '米', '所', '家'].map((word) => [word, { strength: 'weak', clauseEndWeight: 0 }] as const),
]);

/**
 * Units and compound measures that never stand without a number in running
 * text (人次 alone, 万元 alone): any occurrence without a numeral is a hole.
 */
export const UNITS_NEEDING_NUMBER: ReadonlySet<string> = new Set([
  '人次',
  '户次',
  '家次',
  '件次',
  '场次',
  '车次',
  '万元',
  '亿元',
  '千元',
  '万人',
  '万余元',
  '万多元',
  '万余人',
  '平方米',
  '平方公里',
  '平方千米',
  '立方米',
  '公里',
  '千米',
  '公顷',
  '千克',
  '公斤',
  '千瓦',
  '千瓦时',
  '万千瓦',
  '个百分点',
  '百分点',
  '个工作日',
  '工作日',
  '个月',
  '小时',
  '分钟',
  '课时',
  '学时',
]);

/**
 * Classifier–noun agreement (量词搭配): the nouns each weak measure word counts,
 * by how the noun ends. 高中所， or 养老机构家， is a count whose number is gone;
 * 我所 or 回了家 is not, because nothing countable stands before the measure.
 */
export const NOUNS_COUNTED_BY: ReadonlyMap<string, RegExp> = new Map([
  ['所', /(?:学校|[中小]学|高中|初中|幼儿园|医院|卫生院|卫生室|院校|高校|学院|大学|诊所|分校|机构|养老院|敬老院|福利院)$/u],
  [
    '家',
    /(?:企业|单位|公司|机构|医院|商户|门店|网点|银行|[工药]厂|[商门药]店|酒店|宾馆|饭店|餐馆|超市|合作社|农家乐|民宿|场所|农场|牧场|养殖场|基地|园区)$/u,
  ],
  // 起 counts cases and incidents, and follows the verbs that handle them (调解起, 接处警起).
  ['起', /(?:事故|案件|火灾|纠纷|事件|警情|案|火情|火|警|行为|调解|处理|查处|办理|受理|发生|破获|侦破|化解|处置|扑救|排除)$/u],
  ['张', /(?:床位|病床|床|桌|椅|表|证|卡|票)$/u],
  ['台', /(?:设备|电脑|计算机|机|器|仪|车)$/u],
  ['座', /(?:桥|桥梁|楼|水库|站|塔|山|厕|公厕|小区)$/u],
  ['辆', /(?:车|汽车|车辆)$/u],
  ['条', /(?:道路|公路|路|线路|线|河|河道|渠|沟|意见|建议|信息|措施|巷|问题|标语|横幅|线索)$/u],
  ['户', /(?:农户|家庭|群众|居民|村民|贫困户|困难户|住户|商户|人家|对象|纳税人|企业|业户|改造|走访|慰问|帮扶|风险)$/u],
  ['处', /(?:隐患|问题|点位|景点|遗址|场所|窝点|违建|建设|建筑|路段|死角|点)$/u],
  ['场', /(?:活动|比赛|演出|讲座|会议|培训|宣讲|报告会|招聘会|演练|竞赛)$/u],
  ['批', /(?:物资|货物|产品|样品|人员)$/u],
  ['部', /(?:作品|影片|电影|手机|电话|规章)$/u],
  ['天', /(?:期|周|假|时间)$/u],
  ['期', /(?:班|简报|专栏|刊|信息|讲座|课程|培训|活动|报|专刊|学习)$/u],
  ['套', /(?:器械|设备|器材|装备|桌椅|服装|住房|房|系统|软件|图书)$/u],
  ['块', /(?:牌|板|屏|碑|石|标识|展板|宣传栏|地|田)$/u],
  ['支', /(?:队|队伍|分队|服务队|小分队|突击队)$/u],
  ['节', /(?:课|班会|讲座|党课)$/u],
  ['面', /(?:旗|锦旗|国旗|党旗|镜)$/u],
  ['分', /(?:得分|评分|分数|成绩)$/u],
  ['位', /(?:专家|学者|嘉宾|代表|老人|同志|领导)$/u],
]);

/** Comparisons and verbs of reaching that always ask for a number right after them: 不少于家, 超过项, 达家, 增至座, 连续次. */
export const COMPARISON_BEFORE_NUMBER =
  /(?:不少于|不低于|不超过|不多于|多于|少于|高于|低于|超过|达到|约为|共计|累计|合计|[^到]达|至|连续)$/u;

/** Verbs after which a bare 人 before a comma counts people (死亡人，参与培训人，). */
export const PERSON_COUNT_VERBS: ReadonlySet<string> = new Set([
  '处罚',
  '拘留',
  '刑拘',
  '罚款',
  '劝导',
  '查获',
  '起诉',
  '救治',
  '收治',
  '筛查',
  '走访',
  '表彰',
  '选派',
  '抽调',
  '劝离',
  '死亡',
  '受伤',
  '遇难',
  '失踪',
  '参加',
  '参与',
  '培训',
  '救助',
  '帮扶',
  '安置',
  '转移',
  '新增',
  '吸纳',
  '带动',
  '接待',
  '慰问',
  '资助',
  '涉及',
  '录取',
  '招聘',
  '招录',
  '发展',
  '受益',
  '覆盖',
  '服务',
  '就业',
  '脱贫',
  '返乡',
  '抓获',
  '处理',
  '处分',
]);

/** Characters right before a measure word that already supply or stand for a quantity (numerals, determiners). */
export const QUANTITY_PREFIX_CHARACTERS = new Set([
  ...'0123456789〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟几数半俩仨',
  // 近 is not here: 近篇 lost its number (近百篇 did not, and the 百 is caught as a numeral).
  ...'这那哪每各该此本某其首末全整单逐另同历诸何上下若余多',
]);

/** Function words after which a measure word needs a number (为个工作日, 达项, 召开了次, 对个, 在米). */
export const QUANTITY_SLOT_WORDS: ReadonlySet<string> = new Set([
  '的',
  '了',
  '为',
  '和',
  '与',
  '及',
  '或',
  '对',
  '有',
  '共',
  '计',
  '约',
  '近',
  '至',
  '到',
  '达',
  '在',
  '于',
  '由',
  '从',
  '将',
  '把',
  '给',
  '向',
  '逾',
  '仅',
  '只',
  '才',
  '共有',
  '共计',
  '累计',
  '合计',
  '总计',
  '分别',
  '达到',
  '超过',
  '突破',
  '不足',
  '其中',
  '先后',
  '新增',
  '增加',
  '减少',
  '增长',
  '下降',
  '缩短',
  '延长',
  '提高',
  '降低',
  // A change to a figure, which jieba keeps as one word: 院士增至位, 降至家.
  '增至',
  '降至',
  '减至',
  '升至',
  '增加到',
  '增长到',
  '减少到',
  '下降到',
  '降低到',
  '提高到',
  '提升到',
  '提高至',
  '提升至',
  '扩大到',
  '扩大至',
  '连续',
  '历时',
  '长达',
  '内',
  '中',
]);

/** Words after which a bare 年 counts years whose number is gone (连续年被评为). */
export const YEAR_COUNT_WORDS: ReadonlySet<string> = new Set(['连续', '历时', '长达', '近', '达', '累计', '坚持']);

/** Verbs that take a bare 个 in speech (做个好职工, 找个地方): no number missing after them. */
export const COLLOQUIAL_CLASSIFIER_VERBS: ReadonlySet<string> = new Set([
  '做',
  '当',
  '找',
  '打',
  '开',
  '搞',
  '来',
  '去',
  '吃',
  '喝',
  '看',
  '想',
  '睡',
  '洗',
  '讲',
  '说',
  '算',
  '是',
  '成',
  '过',
  '起',
  '送',
  '买',
  '卖',
  '换',
  '交',
  '写',
  '画',
  '唱',
  '跳',
  '玩',
  '上',
  '下',
  '出',
  '进',
  '回',
  '走',
  '要',
  '给',
  '拿',
  '带',
  '问',
  '叫',
  '让',
  '立',
  '定',
  '建立',
]);

/** Adverbs of negation and degree; a measure word after them is a verb or noun (不批, 也次). */
export const ADVERBS_BEFORE_VERBS: ReadonlySet<string> = new Set([
  '不',
  '没',
  '未',
  '别',
  '很',
  '也',
  '都',
  '就',
  '还',
  '又',
  '再',
  '更',
  '最',
  '太',
  '已',
  '正',
  '均',
]);

/** Nouns for people, counted with 名, 位 or 人: 组织名党员 and 在编人员人， lost their number; 名称 did not. */
const PERSON_NOUN_ENDING =
  /(?:同志|党员|干部|职工|员工|群众|学生|教师|老师|代表|志愿者|人员|专家|委员|村民|居民|农民|农户|贫困户|老人|儿童|青年|妇女|少年|领导|队员|骨干|师生|医生|护士|民警|公务员|积极分子|发展对象|学员|会员|工人|患者|游客|旅客|职员|党员干部|退役军人|残疾人|监督员|信息员|联络员|网格员|辅警|协警)$/u;

export function isPersonNoun(word: string): boolean {
  return word.length >= 2 && PERSON_NOUN_ENDING.test(word);
}

/** Words made of 多/余/数 and a measure word that are fixed expressions, not counts (多方, 多种, 多年). */
export const FIXED_VAGUE_EXPRESSIONS: ReadonlySet<string> = new Set([
  '多方',
  '多种',
  '多样',
  '多元化',
  '多层次',
  '多渠道',
  '多途径',
  '多形式',
  '多媒体',
  '多年',
  '多维',
  '多功能',
  '多方面',
  '多措并举',
  '多种多样',
  '多部门',
  '多领域',
  '多角度',
  '多层面',
  '多类',
  '多头',
  '多发',
  '多处',
  '多数',
  '多日',
  '多时',
  '余年',
  '数码',
  '数据',
  '数量',
  '数字',
  '数额',
  '数目',
  '数理',
  '数学',
  '数次方',
  '多期间',
]);

/** 多/数 + measure used adverbially ("many times", "several items"): reported as info only. */
export const IDIOMATIC_VAGUE_EXPRESSIONS: ReadonlySet<string> = new Set(['多次', '数次', '屡次', '多项', '多回', '多遍']);

/** 多元 is "pluralistic" (多元主体) unless money is being counted (捐款多元, 投入多元). */
export const MONEY_WORDS: ReadonlySet<string> = new Set([
  '捐款',
  '捐助',
  '捐资',
  '投资',
  '投入',
  '资金',
  '现金',
  '党费',
  '筹集',
  '筹资',
  '花费',
  '募捐',
  '补助',
  '奖励',
  '罚款',
  '收费',
  '折合',
  '计',
  '共计',
  '累计',
  '价值',
  '金额',
  '经费',
  '费用',
  '支出',
  '收入',
  '节约',
  '节省',
  '补贴',
  '慰问金',
  '红包',
  '礼金',
]);
