import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../helpers/rule-tester.js';

const lines = (...parts: string[]) => parts.join('\n');

/** Bare titles under 二、, then a top-level heading that lost its 三 and its own (一), (二). */
const STRIPPED_AFTER_BARE_TITLES = lines(
  '一、统一思想认识，压实工作责任',
  '二、突出工作重点，扎实开展专项整治',
  '（一）交通运输领域',
  '（二）城镇燃气领域',
  '、强化值班值守，确保信息畅通',
  '（一）严格值班制度。节日期间，各单位要严格执行领导带班和二十四小时值班制度，保持通信畅通。',
  '（二）及时报送信息。发生突发事件后，要第一时间报告，不得迟报漏报。',
);

testRule('heading-numbering', {
  valid: [
    // A glossary item whose term opens with a figure: its marker reads as a decimal (6.15), but the item is there.
    lines(
      '名词解释',
      '5.虹桥·海创湾(第17页)：为海内外创新创业人才打造的服务平台。',
      '6.15分钟出海服务圈(第31页)：以虹桥上城为核心的服务网络。',
      '7.小蓝花“守护记忆”行动(第40页)：指认知障碍全链条服务支持的专项行动。',
    ),
    // Attachments whose titles open with a year: 1.2025年 reads as a decimal, so 4. seems to come first.
    lines(
      '（八）加强跟踪指导。',
      '附件：',
      '1.2025年海绵城市计划建成区汇总表',
      '2.2025年海绵城市重点项目汇总表',
      '3.2025年海绵城市重点项目季度进展表',
      '4.上海16个市级海绵城市重点建设区汇总表',
      '5.市级海绵城市重点建设区项目建设情况汇总表',
    ),
    // Correct GB/T 9704 numbering on all four levels, with an inline 一是/二是 run.
    lines(
      '关于开展2024年度安全生产大检查的通知',
      '各乡镇人民政府，县直各部门：',
      '一、检查内容',
      '（一）企业主体责任落实情况',
      '1.安全生产责任制建立情况。',
      '（1）主要负责人履职情况。',
      '（2）全员安全生产责任制落实情况。',
      '2.隐患排查治理情况。一是建立隐患台账；二是落实整改责任；三是开展复查验收。',
      '（二）部门监管责任落实情况',
      '二、工作要求',
      '各单位要高度重视，认真组织开展自查。',
    ),
    // Numbering restarts under a new parent heading.
    lines('一、主要做法', '（一）加强领导', '（二）完善制度', '二、存在问题', '（一）思想认识不到位', '（二）工作措施不够有力'),
    // A new document of a compilation: after a title, after a closing date, or when top-level numbering returns to 一、.
    lines('甲局2023年工作总结', '一、主要成绩', '二、存在问题', '乙局2024年工作计划', '一、指导思想', '二、工作目标'),
    lines('一、主要成绩', '二、存在问题', '丙县人民政府办公室', '2024年1月5日', '一、指导思想', '二、工作目标'),
    lines(
      '一、基本情况',
      '二、主要做法',
      '三、下一步打算',
      '为做好今年的防汛工作，特制定本方案。',
      '一、总体要求',
      '二、工作措施',
    ),
    // A notice that quotes selected items of a report: its numbering opens above 1 and skips.
    lines(
      '关于分解落实重点工作任务的通知',
      '现将报告中涉及我县的重点任务摘录如下，请抓好落实。',
      '（三）加快建设现代化产业体系。推动传统产业改造升级。',
      '牵头单位：县工信局',
      '（五）扩大有效投资。谋划实施一批重大项目。',
      '牵头单位：县发改局',
      '（八）持续改善民生。办好民生实事。',
    ),
    // A list quoted from another document keeps that document's numbering.
    lines(
      '一、充分认识重要意义',
      '会议强调：',
      '“（一）坚持稳中求进。',
      '（二）坚持高质量发展。”',
      '二、认真抓好贯彻落实',
      '各单位要迅速传达学习。',
    ),
    // 第一 and 一是 as ordinary words.
    '我局在全市考核中排名第一，第一季度完成投资5亿元，做到第一时间响应。',
    '统一是前提，团结是保障；说一是一，说二是二。',
    // A second 一是 list in the same section, and a list nested inside an item.
    lines(
      '三、今后打算',
      '一是要拓宽创建思路。',
      '二是要加大创建力度。具体来说，一是要整合各方力量；二是要实行上下联动；三是要落实奖惩措施。',
      '三是要深化创建内容。',
      '下一步，我们将重点抓好以下工作：一是完善制度；二是强化考核。',
    ),
    // An inline item continues the sequence the next paragraph goes on with.
    lines(
      '（一）做好文明单位的评选推荐工作',
      '1.明确申报环节。面向基层公布评选条件。',
      '2.把握审核环节。严格审核申报材料。3.细化检查验收。对推荐单位进行复核。',
      '4.注重结果运用。将评选结果纳入年度考核。',
      '（二）做好宣传工作',
      '1.加强对外宣传，构建宣传网络。（1）做好区内媒体宣传。充分利用区内媒体。',
      '（2）做好区外媒体宣传。拓展宣传渠道。',
    ),
    // A line broken inside a quotation: 十、 at the start of the next line is no heading.
    lines('一、开展科技下乡', '（一）实施“', '十、百、千、万”工程，组织10个科技服务团。', '（二）加强技术培训'),
    // Numbers at the start of a line that are no ordinals.
    lines('一、资金保障', '3.5亿元资金已全部拨付到位。', '2、3月份完成招标工作。', '二、组织保障'),
    // An intended space inside a two-part heading.
    lines('一、主要工作', '（一）强化组织领导 压实安全责任', '成立领导小组。', '（二）深化隐患排查 推进专项整治'),
    // 首先/其次/再次/最后 and 第一，第二， in order.
    lines('首先，提高思想认识。', '其次，健全工作机制。', '再次，强化督导检查。', '最后，严格考核奖惩。'),
    lines('第一，加强学习。第二，狠抓落实。第三，完善制度。'),
    // 二是一些…: a numeral after 是 that starts a word, not the idiom 一是一，二是二.
    '存在的问题：一是部分企业责任落实不到位；二是一些地方监管存在盲区；三是应急能力还有短板。',
    // A line ending in a colon introduces a second list in the same section.
    lines(
      '一、上半年工作',
      '主要做了以下工作：',
      '1.加强学习。组织学习12次。',
      '2.推进项目。完成投资3亿元。',
      '主要经验有以下几点：',
      '1.领导重视是前提。',
      '2.制度健全是保障。',
    ),
    // 第一部分/第二部分 above 一、: numbering restarts under each part.
    lines(
      '第一部分 2023年工作回顾',
      '一、经济运行平稳',
      '二、项目建设提速',
      '第二部分 2024年工作安排',
      '一、稳增长',
      '二、抓项目',
    ),
    // 一、二季度 is “the first and second quarter”, not heading 一、.
    lines('一、主要工作', '（一）经济运行', '一、二季度经济运行平稳，三季度有所回落。', '（二）项目建设'),
    // 第二、一定要… is an item whose text opens with a numeral word; 第五、六位 lists two ordinals before what they number: no item 第五、 in the sentence, so no 第六、 is missing.
    '第十五条　编号由十四位数字组成。第一至四位数字为年份代码；第五、六位数字为省级代码；第七、八位数字为市级代码。',
    lines('第一、借外债的总额要有控制；', '第二、一定要用在生产建设上；', '第三、利用外资要讲求经济效益。'),
    // Word's automatic numbering.
    lines('一、主要工作', '㈠加强领导', '⑴成立领导小组', '⑵明确职责分工', '㈡完善制度'),
    // Subheadings numbered straight on through their parents, and a restart under a new parent: both are the document's choice.
    lines(
      '一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '二、重点任务',
      '（三）推进设施建设',
      '（四）加强人才培养',
      '三、保障措施',
      '（一）加强组织领导',
      '（二）强化资金保障',
    ),
    // Items numbered through their sections.
    lines('一、研发设计', '1.产品数字化设计', '2.虚拟仿真验证', '二、生产制造', '3.智能排产调度', '4.质量在线检测'),
    // Articles numbered through the chapters of a regulation, each with its own (一) list; the first chapter line cut off.
    lines(
      '第一条　为规范专项资金管理，制定本办法。',
      '第二条　本办法适用于全市范围内的项目。',
      '第二章　申报条件',
      '第三条　申报单位应当具备下列条件：',
      '（一）在本市注册的独立法人；',
      '（二）近三年无不良信用记录。',
      '第三章　申报程序',
      '第四条　申报单位按照下列程序办理：',
      '（一）提交申报材料；',
      '（二）接受专家评审。',
      '第五条　本办法自印发之日起施行。',
    ),
    // Items inside sidebars start their own lists; the text goes on with 2. after the box.
    lines(
      '1.夯实基础理论研究。',
      '围绕前沿方向开展研究。',
      '专栏1　基础理论',
      '1.数据智能理论。研究新方法。',
      '2.协同控制理论。研究新机制。',
      '2.建设共性技术体系。',
      '专栏2　共性技术',
      '1.知识计算技术。突破关键技术。',
      '3.布局创新平台。',
    ),
    // An attachment list after a colon, and attachments that number their own items.
    lines(
      '一、工作要求',
      '（一）按时报送材料。',
      '附件：1.申报书模板',
      '2.汇总表',
      '市工业和信息化局',
      '2024年3月1日',
      '附件1',
      '申报书模板',
      '一、基本信息',
      '二、项目内容',
      '附件2',
      '汇总表',
      '1.填表说明',
      '2.报送方式',
    ),
    // A space typed before the 顿号 or the dot.
    lines('一、总体要求', '二、主要目标', '三 、重点任务', '（一）基础标准', '1 .术语标准。规范概念。', '2.架构标准。规范框架。'),
    // 一是 inside a paragraph, 二是 at the start of a later one; an item may open with a year.
    lines(
      '（一）加强社会保障',
      '加快完善社会保障体系。一是推进制度建设。完善基本养老保险制度。',
      '出台转移接续办法。完善失业、工伤保险制度。',
      '二是2025年以前实现全覆盖。重点做好灵活就业人员参保。',
      '三是提高待遇水平。',
    ),
    // 第一，/第二， heading sections with numbered subsections under them.
    lines(
      '第一，大力发展农业。',
      '农业是国民经济的基础。',
      '（一）抓好粮食生产。',
      '（二）发展多种经营。',
      '第二，加快发展工业。',
      '（一）加强基础工业。',
    ),
    // 一、三年来的工作 is a heading when 二、 follows.
    lines('一、三年来的工作回顾', '三年来我们做了大量工作。', '二、今后的主要任务', '今后要继续努力。'),
    // A new list announced by a sentence (以下几点) under the same parent.
    lines(
      '一、主要工作',
      '1.加强学习。组织学习12次。',
      '2.推进项目。完成投资3亿元。',
      '工作中形成了以下几点经验。',
      '1.领导重视是前提。',
      '2.制度健全是保障。',
    ),
    // An inline enumeration of the parts after a colon is no merged heading.
    '报告分三个部分：一、过去一年的工作；二、今年的主要任务；三、加强自身建设。',
    lines('我市一、二、三产业增加值分别增长4%、5%、6%。', '一、主要工作', '二、存在问题'),
    // 统一、规范 is no heading glued to a title.
    lines('市场监管工作方案', '建立统一、规范的市场体系。', '二、主要任务'),
    // 第一，…，第二，… within one sentence.
    '我们的任务是，第一，发展生产，第二，改善生活；第三，加强团结。',
    // A list of one-line statements closed by a paragraph of its own: the next 1. opens a new list.
    lines(
      '一、工作任务',
      '1.建立健全工作台账，做到底数清、情况明。',
      '2.完善考核办法，强化结果运用。',
      '同时，各单位要结合实际抓好落实，有关情况及时报送县委办公室。',
      '1.开展专项督查，对发现的问题限期整改。',
      '2.加强宣传引导，营造良好氛围。',
    ),
    // Text wrapped at a fixed width (a PDF extract) breaks a running list before its 、: no stripped ordinal.
    lines(
      '一、主要成效',
      '全年新建和改造提升农村公路，完善乡镇综合文化站、农家书屋、村级文化广场',
      '、体育健身设施和基层综合性文化服务中心，群众文化生活日益丰富多彩，满意度明显提高。',
    ),
  ],
  invalid: [
    {
      description: 'a restart after an item’s own paragraph, where every item has one: the list goes on',
      code: lines(
        '一、工作任务',
        '1.加强组织领导。',
        '成立领导小组，统筹推进各项工作。',
        '2.完善工作制度。',
        '建立台账，定期调度，确保取得实效。',
        '1.强化督查考核。',
        '把工作纳入年度考核。',
      ),
      findings: [{ text: '1.强', messageId: 'restartedOrdinal', severity: 'warning' }],
    },
    {
      description: 'a stripped ordinal after a paragraph that ended, though its line runs on like a sentence',
      code: lines(
        '一、主要成效',
        '全年新建和改造提升农村公路，完善乡镇综合文化站、农家书屋和村级文化广场等设施。',
        '、统一思想认识，把思想和行动统一到县委县政府的决策部署上来，确保各项工作落到实处。',
      ),
      findings: [{ text: '、统一', messageId: 'missingOrdinalExpected' }],
    },
    {
      description: 'ordinals stripped down to the 顿号, in a sequence of their own',
      code: lines(
        '一、主要做法',
        '（一）理清思路，明确目标',
        '、统一思想认识。',
        '年初，我局成立了创建工作领导小组。',
        '、加强组织领导。',
        '实行一把手负责制。',
      ),
      findings: [
        { text: '、统一', messageId: 'missingOrdinalExpected' },
        { text: '、加强', messageId: 'missingOrdinalExpected' },
      ],
    },
    {
      description:
        'a stripped top-level ordinal after bare titles, with its children after it: one finding, not also a restarted (一)',
      code: STRIPPED_AFTER_BARE_TITLES,
      findings: [{ text: '、强化', messageId: 'missingOrdinalExpected' }],
    },
    {
      description: 'a skip after a quotation has closed is the document’s own',
      code: lines('一、主要做法', '会议强调：“要坚持稳中求进。”', '（一）加强领导。成立专班。', '（三）强化督查。定期通报。'),
      findings: [{ text: '（三）强', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'stripped ordinals whose style nothing shows',
      code: lines('（1）组织学习', '、统一思想认识。', '、加强组织领导。'),
      findings: [
        { text: '、统一', messageId: 'missingOrdinal' },
        { text: '、加强', messageId: 'missingOrdinal' },
      ],
    },
    {
      description: 'the missing 4 in 1、2、3、、5、',
      code: lines(
        '二、主要目标',
        '1、做好创建工作的各项基础工作；',
        '2、群众满意率达到90%以上；',
        '3、完成年度污染减排任务；',
        '、志愿服务活动经常化；',
        '5、争创市级文明单位。',
      ),
      findings: [{ text: '、志愿', messageId: 'missingOrdinalExpected' }],
    },
    {
      description: 'a missing ordinal among 1. siblings',
      code: lines('（二）组织实施', '1.制定方案。明确职责。', '.开展督查。定期检查进度。', '3.总结交流。推广经验。'),
      findings: [{ text: '.开展', messageId: 'missingOrdinalExpected' }],
    },
    {
      description: 'a letter l typed for the digit 1',
      code: lines('（一）启动阶段', 'l、全面学习。领会文件精神。', '2、健全机构。成立领导小组。', '3、组织调研。摸清底数。'),
      findings: [{ text: 'l、全', messageId: 'letterForDigit' }],
    },
    {
      description: 'a letter O typed for the digit 0 in 10',
      code: lines('8.完善制度。', '9.加强督查。', '1O.严格考核。', '11.总结提高。'),
      findings: [{ text: '1O.严', messageId: 'letterForDigit' }],
    },
    {
      description: 'a jump from 二、 to 四、',
      code: lines('一、加强领导', '二、强化学习', '四、丰富载体，打造文明单位新气象', '五、加强管理'),
      findings: [{ text: '四、丰', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'a jump from 三、 to 六、 over two ordinals',
      code: lines('一、指导思想', '二、目标任务', '三、时间安排', '六、工作措施'),
      findings: [{ text: '六、工', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'a subheading sequence that does not start at （一）',
      code: lines('一、主要做法', '（二）健全制度', '（三）强化考核'),
      findings: [{ text: '（二）健', messageId: 'skippedOrdinal' }],
    },
    {
      description: '（一） twice at one level',
      code: lines('六、工作措施', '（一）加强组织领导。成立领导小组。', '（一）做好评选推荐工作。规范评选程序。'),
      findings: [{ text: '（一）做', messageId: 'duplicateOrdinal', severity: 'warning' }],
    },
    {
      description: 'numbering restarted under the same parent',
      code: lines('一、主要做法', '（一）加强领导', '（二）完善制度', '（三）强化考核', '（一）狠抓落实'),
      findings: [{ text: '（一）狠', messageId: 'restartedOrdinal', severity: 'warning' }],
    },
    {
      description: 'an ordinal going backwards',
      code: lines('二、工作措施', '1.加强领导。', '2.完善制度。', '3.强化考核。', '2.严格奖惩。'),
      findings: [{ text: '2.严', messageId: 'outOfOrder', severity: 'warning', occurrence: 1 }],
    },
    {
      description: '一是 … 三是: 二是 is missing, and 三是 ran into the previous paragraph',
      code: lines(
        '二、打造三大亮点',
        '一是坚持以出境水质达标为目标，突出治水。全年完成治理项目12个。 三是坚持以服务发展为己任，全面做好各项服务。',
      ),
      findings: [{ text: '三是', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'an item merged into the previous item after a space',
      code: lines(
        '三、强化重点工作',
        '一是深入开展学习活动。组织集中学习20次。',
        '二是创建学习型机关。撰写调研报告15篇。',
        '三是加强宣传教育。发放宣传资料5000份。',
        '四是深入开展专项行动，保障群众健康 五是加大生态建设力度，优化城市环境。完成绿化面积30公顷。',
      ),
      findings: [{ text: '五是', messageId: 'mergedItem', severity: 'warning' }],
    },
    {
      description: 'a heading run into its body, which starts with 一是',
      code: lines(
        '三、推进效能建设，进一步转变机关作风 一是建立健全了局机关规章制度。坚持用制度管人管事。',
        '二是认真处理群众来信来访。全年办结信访件全部按期答复。',
      ),
      findings: [{ text: '一是', messageId: 'headingRunIntoBody', severity: 'warning' }],
    },
    {
      description: 'a heading run into its body after a space',
      code: lines(
        '一、主要工作',
        '（一）做好文明单位的创建评选以及验收推荐工作 一直以来教工委不断规范市级、区级精神文明单位的推荐评选程序。',
      ),
      findings: [{ text: '工作 一直', messageId: 'headingRunIntoBody', severity: 'warning' }],
    },
    {
      description: 'a skip in Word’s automatic numbering',
      code: lines('一、主要工作', '㈠加强领导', '㈢完善制度'),
      findings: [{ text: '㈢完', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'a skipped part',
      code: lines('第一部分 工作回顾', '一、经济运行平稳', '第三部分 工作安排', '一、稳增长'),
      findings: [{ text: '第三部分 工', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'a stripped top-level ordinal with subheadings before it: one finding, the next heading is not skipped',
      code: lines(
        '一、过去一年工作回顾',
        '（一）经济运行稳中有进',
        '（二）改革开放持续深化',
        '、2025年重点工作',
        '（一）扩大有效需求',
        '（二）发展新质生产力',
        '三、加强政府自身建设',
      ),
      findings: [{ text: '、20', messageId: 'missingOrdinalExpected' }],
    },
    {
      description: 'the last top-level heading stripped after items numbered through the sections: one finding',
      code: lines(
        '一、研发设计',
        '1.产品数字化设计。应用仿真工具。',
        '二、生产制造',
        '2.智能排产调度。优化生产计划。',
        '3.质量在线检测。部署检测设备。',
        '、保障措施',
        '（一）加强组织领导',
        '（二）强化资金保障',
      ),
      findings: [{ text: '、保障', messageId: 'missingOrdinalExpected' }],
    },
    {
      description: 'numbering carried through the parents, then a jump',
      code: lines(
        '一、总体要求',
        '（一）指导思想',
        '（二）基本原则',
        '二、重点任务',
        '（三）推进设施建设',
        '三、保障措施',
        '（五）加强组织领导',
      ),
      findings: [{ text: '（五）加', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'a skipped article across chapters',
      code: lines(
        '第一章　总则',
        '第一条　为规范管理，制定本办法。',
        '第二条　本办法适用于本市。',
        '第二章　附则',
        '第四条　本办法自印发之日起施行。',
      ),
      findings: [{ text: '第四条　本', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'a skip inside a sidebar',
      code: lines('1.夯实基础理论研究。', '专栏1　基础理论', '1.数据智能理论。研究新方法。', '3.协同控制理论。研究新机制。'),
      findings: [{ text: '3.协', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'the first heading pasted onto its lead-in after a colon, and run into its body',
      code: '现将有关情况报告如下：一、基本情况全镇共有行政村12个，常住人口3万人，去年实现地区生产总值15亿元。',
      findings: [{ text: '一、基', messageId: 'headingMergedIntoParagraph', severity: 'warning' }],
    },
    {
      description: 'the first heading pasted onto the end of the opening paragraph',
      code: lines('各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。一、过去五年工作回顾五年来，我们坚持稳中求进。'),
      findings: [{ text: '一、过', messageId: 'headingMergedIntoParagraph', severity: 'warning' }],
    },
    {
      description: 'the title and the first heading pasted as one line: the numbering opens at 二、',
      code: lines('城区环境整治工作方案一、整治背景与意义', '近年来城区面貌明显改善。', '二、整治任务', '三、保障措施'),
      findings: [{ text: '一、整', messageId: 'headingMergedIntoParagraph', severity: 'warning' }],
    },
    {
      description: 'a skip with a figure between the items that is not the missing ordinal',
      code: lines(
        '1.人才服务。',
        '2.虹桥·海创湾。为人才打造的服务平台。',
        '5.5万平方米的载体已经建成。',
        '4.小蓝花行动。服务认知障碍老人。',
      ),
      findings: [{ text: '4.小', messageId: 'skippedOrdinal' }],
    },
    {
      description: 'full-width digits and Traditional script',
      code: lines('二、工作措施', '１．加強領導。', '２．完善制度。', '４．強化考核。'),
      findings: [{ text: '４．強', messageId: 'skippedOrdinal' }],
    },
  ],
});

describe('heading-numbering: a stripped ordinal is named from the numbering around it', () => {
  it('is the parent family’s next ordinal when its children start over after it', () => {
    const findings = runRule('heading-numbering', STRIPPED_AFTER_BARE_TITLES);
    expect(findings.map((finding) => [finding.messageId, finding.replacements])).toEqual([
      ['missingOrdinalExpected', ['三、强化']],
    ]);
  });

  it('leaves a restart alone when no stripped line before it explains it', () => {
    const findings = runRule('heading-numbering', STRIPPED_AFTER_BARE_TITLES.replace('、强化值班值守，确保信息畅通\n', ''));
    expect(findings.map((finding) => finding.messageId)).toEqual(['restartedOrdinal']);
  });
});
