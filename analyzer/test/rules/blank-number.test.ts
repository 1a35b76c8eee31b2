import { testRule } from '../helpers/rule-tester.js';

testRule('blank-number', {
  valid: [
    // A word for a person the segmenter split after a longer word (法定代表/人: 代表人 is the word).
    '采取约谈单位法定代表人、在单位醒目位置张贴整改通知等措施。',
    // A rate's units alone on a line of a flattened table; a measure word quoted as a term.
    '全员劳动生产率\n万元/人\n预期性\n人均公园绿地面积\n平方米/人\n约束性',
    '优化职能部门之间、“条”“块”之间的关系，破解‘条’‘块’分割。',
    // Words the segmenter cut at a measure character: the particle 所 before a verb (所处), 中台 after a localizer's 中,
    // and 处 as the place a word after 的 describes.
    '结合新片区特色和所处发展阶段，建设数据中台和BIM中台，将许可证悬挂在醒目处；',
    // 条线, a line of departments, is a word (the user dictionary), and 3条线路 still counts lines.
    '区委党校、区教育局等相关条线及部门，开通3条线路。',
    // 各 and a measure word that make a word (各方, 各位, 各类), before what they count, or with the count kept.
    '协调各方，感谢各位，支持各类，各家银行要落实政策，创新中心各20家。',
    // After 等 a measure character that begins a word (等项目, 等部门), and the older 等项 for "these".
    '推进交通、水利等项目，教育、卫生等部门，干部同群众同吃同住同劳动等项办法。',
    // A measure character read as a verb, with an object of one character: 起势 is no count of incidents.
    '推动科技创新向起势成势提升。',
    // Neighbours counted in other measure words; a list item with a quantity of its own.
    '新增科学家、院士12名，培育一批企业家、引进企业5家。',
    // Ratios without a percent sign, figures sharing a unit written after them, a thousands separator.
    '容积率为2.5，汇率7.1，设施产量占比分别提高15、22个百分点，比上年增加2，737万吨。',
    // 以 … 为例 offers an example: 例 is no count of cases.
    '以某类检测设备为例，说明样本量的估算方法。',
    '本节如以省级平台为例进行说明。',
    // Units responsible for a task, listed in brackets after it: 处, 科, 室 end their names.
    '建立课程实施督导机制。（基教处、教研院、各区县）',
    '完善考核评价办法；（人事科、督查室）\n推进档案数字化。',
    // A measure character closing a word the segmenter split off the word before (传感器/件 for 传感 器件).
    '研制新型传感器件、光学器件等核心部件，推广商务车辆。',
    // Words of current official text that jieba lacks, holding a measure character.
    '连续三年考核获优秀等次，培育元宇宙等新业态，提交材料扫描件。',
    // Text wrapped at a fixed width starts a line inside a word: no clause starts there.
    '按要求完成了各类检查文\n件的整理归档工作。',
    // 所 after a localizer is the particle of 所 + verb + 的.
    '服务是指提供者与客户接触过程中所产生的一系列活动。',
    // A measure character as a list item of its own names a thing.
    '推动“人、货、场、链”全方位优化，统筹线上、线下、店、场协同发展。',
    // A measure character opening a place name the segmenter cut up (张/桥/镇).
    '选定东湖镇新村和张桥镇北村等6个中心村为试点，覆盖方山县部分乡镇。',
    // Numbers present, in digits or Chinese numerals.
    '使规章制度达12项，先后有3个单位被命名。',
    '共接收网上投诉56件，答复56件。',
    '满意率达98.5%，办结率100％。',
    '累计发放宣传资料1万余份，投入3000多元。',
    '建成一个亿元龙头企业，增长3.3个百分点。',
    '全年召开会议二十次，研究解决问题十五项。',
    // Measure characters inside ordinary words, and after determiners.
    '认真落实各项事项，推进项目建设，个别单位仍需改进。',
    '这个问题要重视，每人每年参加培训，该项工作已完成。',
    '在单位做个好职工，在家庭做个好成员，争做个好党员。',
    // A lone 个 of speech: after a localizer, after 这么 or 那么, in an approximate count.
    '前个时候我们的宣传有些片面，这么个道理大家都懂，来了十来个人。',
    '创建“先进职工之家”，急群众之所急。',
    '大事急事必须优先办，份内事情必须认真办。',
    '坚持做到件件有落实、件件有回音。',
    '坚决不批，拒批或劝阻污染项目。',
    '组织开展知识竞赛7场(次)，在《环保篇》栏目刊发。',
    '自1999年起，建立起规范化的制度。',
    '有人通过函授取得了大专文凭，学习的人多了。',
    '他在当地很有名，名称已经变更。',
    '近年来，近期，近百名干部参加了学习。',
    '采用近XXX篇。',
    '积极参加“千名党员志愿服务队”，发放宣传资料近万册。',
    '在上级的正确领导下，我所全体干部职工团结一心；该所位于城区东部。',
    '他下班后回了家，家里有三口人。',
    '全区共有养老机构24家，床位3200张，入住老人1850人。',
    '上半年共发生事故3起，死亡2人，本次培训每期5天。',
    '检查各类场所3200余家次，依法不予处罚1380户次，实行“三查三点名”制度。',
    '客运班车日均发送旅客近万人次，积极参加“千名党员进万家”活动。',
    '本次培训共分三期，所领导带队走访，家校协同还需加强。',
    '进入森林高火险期。',
    // Digits set off by spaces, as text extracted from PDF has them.
    '参与申报的项目不超过 3 个，发表论文 2 篇。',
    // The second half of a rate.
    '细颗粒物平均浓度为28微克/立方米，土壤有机质含量21克/千克，电价下降3分/千瓦时。',
    // Column labels of a table flattened to one cell per line.
    '资产总额\n（万元）\n户\n数量（个）',
    // Magnitudes that are the number: 万亿, 千余, size classes.
    '全市生产总值突破万亿元，上下游千余家企业配套，全年实施亿元以上项目120个。',
    // A unit naming the measured quantity, and compound units glued to their magnitude.
    '全年接待游客人次、旅游收入分别增长8%，入境游客人次增长12%，参展人次等均创新高。',
    '惠及经营主体2.1万户次，完成深松作业1.5亿亩次，发电量300亿千瓦小时。',
    '累计报告接种新冠病毒疫苗345455.9万剂次，出动执法人员1.2万人次。',
    // A size class before the things it sizes, and a sum per unit.
    '引进亿元项目12个，实施亿元以上项目，每亿元资金带动就业。',
    // 到人 assigns a task to each person; 于人 closes set phrases.
    '任务分解到人，责任落实到人，取信于人，受制于人。',
    // 期 naming a phase after a verb; measure characters that correct text writes without a number there.
    '改革进入攻坚期，（一）启动期（2024年3月）。',
    '做好对台工作，以定性分析为例，考核获得优秀等次，发展元宇宙产业，前景可期。',
    // People in general, and an exclamation.
    '变“人找服务”为“服务找人”，人要有担当；伟大的祖国万岁！',
    '办结行政复议案件1200件，议案件数同比下降。',
    // Left witness silenced by the right side: a verb after 个, a colloquial verb, a weak measure before a noun it does not count.
    '综合考核名列全市前茅，全县是个好地方。',
    // 万 after a word asking for a number is the number itself; a rank opening a clause; a unit of its own after the number.
    '科技型企业达到万家以上。处以上干部带头学习，购置3000载重吨以上货船。',
    // Sizes before a noun, the segmenter's 企业家 as a word, and a range whose unit differs.
    '实施亿元以上项目，弘扬企业家精神，培育一大批有作为的企业家。',
    '新增一批企业家，表彰这些企业家和各企业家代表。',
    // A unit that correct text also writes bare modifies the noun after it.
    '统筹课时安排，建立课时工作量。',
    // A list item of a measure character and one more is a noun jieba lacks (项别, a division of dangerous goods).
    '标注危险废物对应危险货物的类别、项别、编号等。',
    // A noun, a verb acting on it and 场 name a place (废弃物回收场 is a yard, not a count of events).
    '储存罐、仓库、堆栈和废弃物回收场、加工场；河道管理范围内砂石堆放场、建筑垃圾消纳场（含临时）。',
    '人均收入从2万元提高到3万元，服务对象由个人扩大到家庭。',
    // A word the segmenter split (强弱/项, 点/及/面): correct text writes 弱项 and 及面 together, never with a numeral between.
    '既要固强项，也要强弱项。工作要由点及面，逐步铺开。',
    // A noun and a measure character alone in brackets gloss a kind of name.
    '请在表中填写（项目名），每组确定（流程名）。',
  ],
  invalid: [
    // 起 read as a verb still counts the cases it names; a slash beside a sentence's count makes no table label.
    { code: '向起案件当事人送达文书。', findings: [{ text: '向起', messageId: 'missingNumber' }] },
    // 各 and a measure word closing the clause after what they share out: 各20家, 各1份 lost their counts.
    {
      code: '新建创新中心、省工程研究中心各家。推荐表、汇总表（附件5）各份，分别报送。',
      findings: [
        { text: '各家', messageId: 'missingNumber' },
        { text: '各份', messageId: 'missingNumber' },
      ],
    },
    // 突破 asks for a figure like 超过 and 达到.
    { code: '全区规模以上服务业企业突破户，全年接待游客3亿人次。', findings: [{ text: '破户', messageId: 'missingNumber' }] },
    // 等 closing a list, then a measure character and a noun: the count that sums the list up lost its number.
    {
      code: '提升柳林公园、新梅江公园等座城市公园，呼南高铁襄荆段等条高铁建成运营。',
      findings: [
        { text: '等座', messageId: 'missingNumber' },
        { text: '等条', messageId: 'missingNumber' },
      ],
    },
    // 所 before a noun of two characters counts schools; 处 after a verb with no 的 counts places.
    {
      code: '在全市建成所学校，排查隐患处。',
      findings: [
        { text: '成所', messageId: 'missingNumber' },
        { text: '患处', messageId: 'missingNumber' },
      ],
    },
    { code: '全区建成公园个/人。', findings: [{ text: '园个', messageId: 'missingNumber' }] },
    // A lone 个 straight after a word: formal prose writes 布局5个, never 布局个, whatever the word's tag.
    {
      code: '布局个基础科学中心，打造个应用示范项目。',
      findings: [
        { text: '局个', messageId: 'missingNumber' },
        { text: '造个', messageId: 'missingNumber' },
      ],
    },
    // A count in brackets inside a sentence is still a count, and so is a measure word after the noun it counts.
    { code: '共有骨干（其中党员名）参加培训。', findings: [{ text: '员名', messageId: 'missingNumber' }] },
    { code: '全年新购置风力灭火机台，配齐扑火工具。', findings: [{ text: '机台', messageId: 'missingNumber' }] },
    {
      code: '共接收网上投诉件，答复件，受到群众肯定。',
      findings: [
        { text: '诉件', messageId: 'missingNumber' },
        { text: '复件', messageId: 'missingNumber' },
      ],
    },
    {
      code: '全县共有个乡镇，建成个行政村服务中心，培育个中心村。',
      description: 'a category of places (行政村, 中心村) after the measure word is what it counts, not a name',
      findings: [
        { text: '有个', messageId: 'missingNumber' },
        { text: '成个', messageId: 'missingNumber' },
        { text: '育个', messageId: 'missingNumber' },
      ],
    },
    {
      code: '全年为群众办实事件，抓获犯罪嫌疑人名，走访困难农户户，累计接待游客超人次。',
      description:
        'a hole whose two sides also make a word (事件, 人名): after a longer word, a doubled measure character, a pair that is itself a unit',
      findings: [
        { text: '事件', messageId: 'missingNumber' },
        { text: '人名', messageId: 'missingNumber' },
        { text: '户户', messageId: 'missingNumber' },
        { text: '人次', messageId: 'missingNumber' },
      ],
    },
    {
      code: '其中（党员名），培训（学员名）。',
      description: 'a bracketed noun that the measure word counts keeps its hole',
      findings: [
        { text: '员名', messageId: 'missingNumber' },
        { text: '员名', occurrence: 2, messageId: 'missingNumber' },
      ],
    },
    {
      code: '全年新建设个以上示范园区，培育家左右龙头企业。',
      description: 'a measure word before an approximation, after a character that correct text follows with a numeral',
      findings: [
        { text: '设个', messageId: 'missingNumber' },
        { text: '育家', messageId: 'missingNumber' },
      ],
    },
    {
      code: '示范区等个重点事项加快落地，比上年提高个百分点。',
      description: 'after 等, and 个 before 百分点',
      findings: [
        { text: '等个', messageId: 'missingNumber' },
        { text: '高个', messageId: 'missingNumber' },
      ],
    },
    {
      code: '全市规上企业达家，累计建成条高速公路，连续次获评先进。',
      description: 'verbs of reaching, and a verb before a measure word and the noun it counts',
      findings: [
        { text: '达家', messageId: 'missingNumber' },
        { text: '成条', messageId: 'missingNumber' },
        { text: '续次', messageId: 'missingNumber' },
      ],
    },
    {
      code: '城镇新增就业万人以上。完成总投资亿元以上。',
      description: 'a bare magnitude before an approximation closing the clause',
      findings: [
        { text: '业万人', messageId: 'missingNumber' },
        { text: '资亿元', messageId: 'missingNumber' },
      ],
    },
    {
      code: '培养总规模达到人以上，操作人员从5人减少至人，病理医师不少于人。比上年预计数增加亿元。',
      description:
        '人 after a word asking for a figure (到 and 至 after a verb of change, 于 after a comparison), and 亿元 after a word ending in 数',
      findings: [
        { text: '到人', messageId: 'missingNumber' },
        { text: '至人', messageId: 'missingNumber' },
        { text: '于人', messageId: 'missingNumber' },
        { text: '加亿元', messageId: 'missingNumber' },
      ],
    },
    {
      code: '今年安排亿元建设资金，每户给予万元补贴，折合亿元人民币。',
      description: 'a sum of money before the money it measures',
      findings: [
        { text: '排亿元', messageId: 'missingNumber' },
        { text: '予万元', messageId: 'missingNumber' },
        { text: '合亿元', messageId: 'missingNumber' },
      ],
    },
    {
      code: '资金规模从亿元增加到96亿元，省属企业由户整合至12户。',
      description: 'the first figure of a range in the same unit',
      findings: [
        { text: '从亿元', messageId: 'missingNumber' },
        { text: '由户', messageId: 'missingNumber' },
      ],
    },
    {
      code: '新增上市企业家。培育龙头企业家以上。力争新增规模以上企业家，',
      description:
        'a counted noun glued to its measure word by the segmenter (the 上 of 以上 before the word determines nothing)',
      findings: [
        { text: '业家', messageId: 'missingNumber' },
        { text: '业家', occurrence: 2, messageId: 'missingNumber' },
        { text: '业家', occurrence: 3, messageId: 'missingNumber' },
      ],
    },
    {
      code: '拆除违法建设处，全年共举办场，组织应急演练场。',
      description: 'a count after what the measure word counts, or after a verb with no noun before it, keeps its hole',
      findings: [
        { text: '设处', messageId: 'missingNumber' },
        { text: '办场', messageId: 'missingNumber' },
        { text: '练场', messageId: 'missingNumber' },
      ],
    },
    {
      code: '首次超过煤电。布局个绿电产业园区。',
      description: 'a lone 个 between a word tagged a noun and an adjective still counts (only a verb makes it a slogan)',
      findings: [{ text: '局个', messageId: 'missingNumber' }],
    },
    {
      code: '提升改造公里农村公路。',
      description: 'a unit correct text never writes bare, after a verb and before the noun it measures (not 统筹课时安排)',
      findings: [{ text: '造公里', messageId: 'missingNumber' }],
    },
    { code: '使局部机关各项规章制度达项，实现了用制度管人。', findings: [{ text: '达项', messageId: 'missingNumber' }] },
    { code: '先后有个单位被命名为县级“绿色单位”。', findings: [{ text: '有个', messageId: 'missingNumber' }] },
    {
      code: '“绿色单位”；所学校被命名为县级“绿色学校”。',
      description: 'a measure word opening a clause before a noun',
      findings: [{ text: '所学', messageId: 'missingNumber' }],
    },
    {
      code: '共接收网上投诉件，答复件，受到了群众的肯定。',
      findings: [
        { text: '诉件', messageId: 'missingNumber' },
        { text: '复件', messageId: 'missingNumber' },
      ],
    },
    {
      code: '承诺时限为个工作日，比原来缩短了个工作日。',
      findings: [
        { text: '为个', messageId: 'missingNumber' },
        { text: '了个', messageId: 'missingNumber' },
      ],
    },
    { code: '被省级以上新闻媒体采用近篇。', findings: [{ text: '近篇', messageId: 'missingNumber' }] },
    {
      code: '共计折合现金万多元，累计发放宣传资料万余份。',
      findings: [
        { text: '金万多元', messageId: 'missingNumber' },
        { text: '料万余份', messageId: 'missingNumber' },
      ],
    },
    {
      code: '办复率亦为%，反馈满意率达.%。',
      findings: [
        { text: '为%', messageId: 'missingPercentage' },
        { text: '达.%', messageId: 'missingPercentage' },
      ],
    },
    { code: '使环评执行率和“三同时”执行率均达到了。', findings: [{ text: '达到了。', messageId: 'missingRateValue' }] },
    {
      code: '两院院士增至位，规上企业降至家。',
      description: 'a bare measure word after a change to a figure that jieba keeps as one word (增至, 降至)',
      findings: [
        { text: '至位', messageId: 'missingNumber' },
        { text: '至家', messageId: 'missingNumber' },
      ],
    },
    {
      code: '全省规模以上工业企业7227家、高新技术企业家、专精特新企业1565家。建成过江通道座、在建8座。',
      description: 'a list item that ends in the measure word its neighbour counts with a figure',
      findings: [
        { text: '业家', messageId: 'missingNumber' },
        { text: '道座', messageId: 'missingNumber' },
      ],
    },
    {
      code: '全年群众满意率达98，地区生产总值同比增长12.5。就业率达到90以上。',
      description: 'a rate or a growth rate whose percent sign is gone',
      findings: [
        { text: '98', messageId: 'missingPercentSign' },
        { text: '12.5', messageId: 'missingPercentSign' },
        { text: '90', messageId: 'missingPercentSign' },
      ],
    },
    {
      code: '举办法律法规测试次，共有人次参加了培训。',
      findings: [
        { text: '试次', messageId: 'missingNumber' },
        { text: '有人次', messageId: 'missingNumber' },
      ],
    },
    {
      code: '，有名同志还被聘为传播员，倡议和组织名党员干部参加。',
      findings: [
        { text: '有名', messageId: 'missingNumber' },
        { text: '织名', messageId: 'missingNumber' },
      ],
    },
    {
      code: '有奖举报兑现了起。先后召开了次行风监督员座谈会。',
      findings: [
        { text: '了起', messageId: 'missingNumber' },
        { text: '了次', messageId: 'missingNumber' },
      ],
    },
    {
      code: '我局现有干部职工名，其中党员人，连续年被评为文明单位。',
      findings: [
        { text: '工名', messageId: 'missingNumber' },
        { text: '员人', messageId: 'missingNumber' },
        { text: '续年', messageId: 'missingNumber' },
      ],
    },
    { code: '组织开展第届安全生产知识竞赛。', findings: [{ text: '第届', messageId: 'missingNumber' }] },
    {
      code: '承办的人大、政协提(议)案件(其中转办件)已全部办复。',
      findings: [
        { text: '案件', messageId: 'missingNumber' },
        { text: '办件', messageId: 'missingNumber' },
      ],
    },
    { code: '在米多长的条幅上签名。', findings: [{ text: '在米', messageId: 'missingNumber' }] },
    {
      code: '全年共受理各类环境*件，办结率高。',
      description: 'a censored word before the measure word',
      findings: [{ text: '*件', messageId: 'missingNumber' }],
    },
    {
      code: '在检查中对个洗车点、个小作坊采取封存措施，捐助了万余元学习用品。',
      description: 'holes the statistics must not hide: a count in a list, a round figure after a quantity slot',
      findings: [
        { text: '对个', messageId: 'missingNumber' },
        { text: '个小', messageId: 'missingNumber' },
        { text: '了万余元', messageId: 'missingNumber' },
      ],
    },
    {
      code: '召开党委会次，组织培训班期，新增就业万人。',
      findings: [
        { text: '会次', messageId: 'missingNumber' },
        { text: '班期', messageId: 'missingNumber' },
        { text: '业万人', messageId: 'missingNumber' },
      ],
    },
    {
      code: '全年组织集中学习次，开展活动期。',
      description: 'weak measure words before a full stop',
      findings: [{ text: '习次', messageId: 'missingNumber' }],
    },
  ],
});
