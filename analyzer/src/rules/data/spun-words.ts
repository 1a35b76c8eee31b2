/**
 * Substitutions made by "伪原创" spinners, the tools 范文 sites run over
 * copied text so search engines take it for new: each word is swapped for a
 * dictionary synonym regardless of context (广大 → 泛博, 特别是 → 特殊是,
 * 作用 → 感化, 环境保护 → 情况掩护, 制度 → 轨制). Many of the results are real
 * words in other contexts, so an entry says where the spin shows.
 *
 * `pattern` is a regular expression over Simplified text (Traditional drafts
 * are folded before matching) with the spun word in braces: `{凝结}(?:人心|力)`
 * reports 凝结 only where 人心 or 力 follows. Everything the pattern consumes
 * must start and end on jieba word boundaries, so 局部机关 is found while
 * 局部地区 (one word) is not, and lookarounds `(?<=…)` `(?!…)` add context
 * without that constraint. List longer alternatives first (力量 before 力).
 * `correct` is what the spinner replaced; `--fix` writes it.
 * `nextTag`: instead of a literal context, the next word's jieba tag (a
 * place or organisation name after 催促).
 */
export interface SpunWordEntry {
  pattern: string;
  correct: string;
  nextTag?: RegExp;
  /** A wrong character (别字) rather than a spin: reported with its own message. */
  wrongCharacter?: boolean;
  /**
   * An older or variant written form that dictionaries still record (人材 for
   * 人才, 显着 for 显著, 参预 for 参与): correct in an older document, so it
   * is a warning only where the draft shows other spins, and info otherwise.
   */
  variantForm?: boolean;
  /**
   * Neighbours beside which the spun word is used in its own sense (踊跃 before
   * 参加 or 报名): build-spun-word-stats.ts never keeps them as measured
   * contexts, though official text, which seldom writes the spun word at
   * all, puts the usual word there too (积极参加).
   */
  ownNeighbours?: readonly string[];
  /** Found by measured context (spun-word-contexts.ts) rather than by its pattern. */
  measured?: boolean;
  /** Found by measured context on one side only: info, but a warning where the draft shows spins. */
  onlyHint?: boolean;
  /**
   * Found by one measured neighbour that official text gives the usual word
   * often, beside a spun word it all but never writes (大力鞭策): a warning
   * where the draft shows other spins, info on its own, since one neighbour
   * cannot tell a spin from the spun word's own use (踊跃参与 beside 积极参与).
   */
  needsOtherSpins?: boolean;
  /** With needsOtherSpins: not even a hint on its own (a rare spun word beside a measured kind of word only). */
  silentAlone?: boolean;
  /**
   * For words no real word contains: one edge on a word boundary is enough,
   * because jieba may glue the spun word to a neighbour (交流心得|体味).
   */
  looseBoundaries?: boolean;
}

/** Words a spinner coined or revived: no current standard text uses them. */
const COINED: SpunWordEntry[] = [
  { pattern: '{泛博}', correct: '广大' },
  { pattern: '{心得体味}', correct: '心得体会' },
  { pattern: '{宏扬}', correct: '弘扬' },
  { pattern: '{时常性}', correct: '经常性' },
  { pattern: '{参预}', correct: '参与', variantForm: true },
  { pattern: '{匡助}', correct: '帮助' },
  { pattern: '{记念}', correct: '纪念', variantForm: true },
  { pattern: '{踊跃性}', correct: '积极性' },
  { pattern: '{尺度化}', correct: '标准化' },
  { pattern: '{轨制}', correct: '制度' },
  { pattern: '{步队}', correct: '队伍' },
  { pattern: '{搜检}', correct: '检查' },
  { pattern: '{羁系}', correct: '监管' },
  { pattern: '{处置惩罚}', correct: '处理' },
  { pattern: '{担任人}', correct: '负责人' },
  { pattern: '{卖力人}', correct: '负责人' },
  { pattern: '{竣事}', correct: '结束' },
  { pattern: '{较着}', correct: '明显', variantForm: true },
  { pattern: '{显着}', correct: '显著', variantForm: true },
  { pattern: '{思惟}', correct: '思维', variantForm: true },
  { pattern: '{以报酬本}', correct: '以人为本' },
  { pattern: '{精力文明}', correct: '精神文明' },
  { pattern: '{迷信(?:发展|成长)观}', correct: '科学发展观' },
  { pattern: '{大众路线}', correct: '群众路线' },
  { pattern: '{人材}', correct: '人才', variantForm: true },
  { pattern: '{情况掩护}', correct: '环境保护' },
  { pattern: '{平安出产}', correct: '安全生产' },
  { pattern: '{事情职员}', correct: '工作人员' },
  { pattern: '{动身点}', correct: '出发点' },
];

/** 了 → 为了: 形成了 becomes 形成为了. */
const PARTICLE_SPINS: SpunWordEntry[] = [
  { pattern: '{形成为了}', correct: '形成了' },
  { pattern: '{完成为了}', correct: '完成了' },
  { pattern: '{达成为了}', correct: '达成了' },
  { pattern: '{造成为了}', correct: '造成了' },
  { pattern: '{促成为了}', correct: '促成了' },
];

/** Real words that are spins only in a given context. */
const IN_CONTEXT: SpunWordEntry[] = [
  // 特别是 → 特殊是, at the start of a clause (…干部、特殊是年轻干部)
  { pattern: '(?<=^|[，,、；;：:。！？\\s“（(]){特殊是}', correct: '特别是' },
  // 凝聚 → 凝结 (水汽凝结 is fine)
  { pattern: '{凝结}(?:人心|民心|党心|力量|合力|共识|智慧|人气|力)', correct: '凝聚' },
  // 开拓 → 开辟: 开拓创新, 贵在开拓 (开辟创新发展之路 is fine)
  {
    pattern: '{开辟}(?:创新|进取)(?=$|[，,、。；;：:！!\\s”]|精神|意识|能力|务实|和|与|的精神|的意识)',
    correct: '开拓',
  },
  { pattern: '(?<=贵在|勇于|敢于|锐意)(?:{开辟}(?=[，,、。；;”\\s]|$))', correct: '开拓' },
  // 牢固 → 坚固 / 结实, 扎实 → 结实
  { pattern: '{坚固|结实}(?:树立|确立|掌握)', correct: '牢固' },
  { pattern: '{结实}(?:推进|推动|开展|做好|抓好|落实|有效)', correct: '扎实' },
  // 困难 → 艰难 (生活艰难 is fine)
  {
    pattern: '{艰难}(?:职工|群众|家庭|党员|户|学生|老人|儿童|人员|居民|村民|群体|对象|企业)',
    correct: '困难',
  },
  // 贯穿 → 贯通 (融会贯通 is fine)
  { pattern: '(?<!融会){贯通}(?:于|始终)', correct: '贯穿' },
  // 督促 → 催促, where an authority supervises someone (催促他快走 is fine)
  {
    pattern: '{催促}(?:检查|落实|指导|整改|责任单位|责任人|各|有关|相关|企业|乡镇|街道|部门|单位|社区|学校|医院|施工方|业主|其)',
    correct: '督促',
  },
  { pattern: '{催促}', correct: '督促', nextTag: /^(?:ns|nt)$/u },
  // 局机关 → 局部机关 (局部地区 is fine)
  { pattern: '{局部机关}', correct: '局机关' },
  { pattern: '{局部领导班子}', correct: '局领导班子' },
  { pattern: '{局部党组}', correct: '局党组' },
  // 安全 → 平安, 事故 → 变乱, 生产 → 出产 (平安建设 is fine)
  { pattern: '{平安}(?:生产|隐患|事故|监管)', correct: '安全' },
  { pattern: '(?<=平安|安全|生产|交通|重大|特大){变乱}', correct: '事故' },
  { pattern: '(?<=安全){出产}', correct: '生产' },
  // 环境 → 情况, 保护 → 掩护
  { pattern: '{情况}(?:保护|卫生|污染|整治|监测)', correct: '环境' },
  { pattern: '(?<=人居){情况}', correct: '环境' },
  {
    pattern: '(?<=环境|生态|资源|文物|权益|消费者|知识产权|未成年人){掩护}',
    correct: '保护',
  },
  { pattern: '{掩护}(?:环境|生态|资源|文物|权益|耕地|水源)', correct: '保护' },
  // 作用 → 感化, 发挥 → 施展, 充分 → 充沛 (感化教育, 施展才华, 精力充沛 are fine)
  {
    pattern:
      '(?<=发挥|施展|起到|起了|主要|重要|模范|带头|引领|示范|先锋|桥梁|纽带|积极|推动|促进|辐射){感化}(?!作用|教育|挽救|工作)',
    correct: '作用',
  },
  {
    pattern: '{施展}(?=了?(?:主要|重要|积极|模范|带头|先锋|桥梁|职能|作用|感化|优势|效能))',
    correct: '发挥',
  },
  { pattern: '(?<=充分|充沛){施展}', correct: '发挥' },
  {
    pattern: '{充沛}(?:发挥|施展|利用|调动|认识|肯定|体现|证明|展示|运用|听取|尊重|考虑|论证|发扬)',
    correct: '充分',
  },
  // 宣传 → 鼓吹 (鼓吹分裂 is the word's own, pejorative use)
  {
    pattern: '{鼓吹}(?:教育|发动|工作|力度|活动|报道|标语|资料|阵地|动员|栏|品|月|周)',
    correct: '宣传',
  },
  { pattern: '(?<=加大|加强|广泛|深入|大力|政策|法制|普法|安全){鼓吹}', correct: '宣传' },
  // 精神 → 精力 (精力充沛 is fine)
  {
    pattern: '(?<=会议|文件|讲话|指示|全会|大会|批示|雷锋|工匠|劳模|奉献|创业|时代|长征|延安|焦裕禄){精力}',
    correct: '精神',
  },
  // 问题 → 题目 (这道题目 is fine)
  {
    pattern: '(?<=解决|存在|突出|热点|难点|实际|发现|整改|民生|历史遗留){题目}',
    correct: '问题',
  },
  { pattern: '{题目}(?:整改|清单|导向)', correct: '问题' },
  // 领导 → 向导, 正确 → 准确 (旅游向导 is fine)
  { pattern: '(?<=正确|准确|坚强|亲切|有力|统一){向导}', correct: '领导' },
  { pattern: '{向导}(?:班子|小组|干部|职务|责任)', correct: '领导' },
  { pattern: '{准确}(?:领导|向导)', correct: '正确' },
  // 重要 → 主要: 重要讲话精神, “三个代表”重要思想
  { pattern: '{主要}(?:讲话精神|指示精神|批示精神)', correct: '重要' },
  { pattern: '(?<=代表[”"]){主要}(?:思想)', correct: '重要' },
  // 认识 → 熟悉 (熟悉业务 is fine)
  { pattern: '(?<=思想|统一|提高|进步|加深|深化|错误|正确){熟悉}', correct: '认识' },
  { pattern: '{熟悉}(?:不足|不到位)', correct: '认识' },
  // 提高 → 进步 (思想进步, 取得进步 are fine)
  {
    pattern: '{进步}(?=了?(?:服务|工作|办事|行政)?(?:效率|质量|水平|能力|素质|本领|认识|熟悉|意识|效能|执行力))',
    correct: '提高',
  },
  // 完善 → 美满, 圆满 → 美满 (幸福美满 is fine)
  { pattern: '(?<=健全|进一步|不断|逐步|加以|修订|充实){美满}', correct: '完善' },
  { pattern: '{美满}(?:制度|机制|措施|体系)', correct: '完善' },
  { pattern: '{美满}(?:完成|结束|成功)', correct: '圆满' },
  // 组织 → 构造 (房屋构造 is fine)
  { pattern: '(?<=党|党的|基层党){构造}', correct: '组织' },
  { pattern: '{构造}(?:生活|领导|保障|纪律|关系|委员)', correct: '组织' },
  // 工作 → 事情, 人员 → 职员 (事情经过 is fine)
  {
    pattern: '{事情}(?:总结|计划|方案|会议|作风|人员|机制|要点|目标|任务|制度|思路|效率|责任|实绩|汇报|部署|要求|纪律|成效)',
    correct: '工作',
  },
  { pattern: '(?<=各项|本职|中心){事情}', correct: '工作' },
  { pattern: '(?<=工作){职员}', correct: '人员' },
  // 部门 → 部分 (有关部分内容 is fine)
  {
    pattern:
      '(?<=有关|相关|职能|主管|政府|业务|执法|监管|行政){部分}(?!内容|章节|条款|数据|资金|地区|人员|群众|企业|职工|同志|干部|工作|问题|项目)',
    correct: '部门',
  },
  // 经验 → 履历 (个人履历 is fine)
  { pattern: '(?<=总结|先进|成功|典型|宝贵|有益){履历}', correct: '经验' },
  { pattern: '{履历}(?:交流|做法)', correct: '经验' },
  // 目标 → 方针 (方针政策 is fine)
  { pattern: '(?<=奋斗|年度|预期|既定){方针}', correct: '目标' },
  { pattern: '{方针}(?:任务|责任书|责任制|考核)', correct: '目标' },
  // 责任 → 义务 (义务教育 is fine, and so is 消防安全义务, a term of regulations)
  { pattern: '{义务}(?:制|状|追究|意识|心)', correct: '责任' },
  { pattern: '(?<=目标|岗位|领导){义务}', correct: '责任' },
  // 措施 → 步伐 (加快步伐 is fine)
  { pattern: '(?<=采取|整改|保障|具体|防范|得力|必要|应对){步伐}', correct: '措施' },
  // 指导 → 指点, 思想 → 头脑 (政治头脑, 头脑清醒 are fine)
  { pattern: '{指点}(?:思想|方针|意见|原则)', correct: '指导' },
  { pattern: '(?<=指导|解放){头脑}', correct: '思想' },
  { pattern: '{头脑}(?:政治|教育|道德|熟悉|认识|建设|动态|境界|观念)', correct: '思想' },
  // 素质 → 本质, 业务 → 营业, 水平 → 程度 (问题的本质, 营业执照 are fine)
  // 素质 stands alone or before the few words it compounds with; 本质 + noun is "intrinsic" (本质安全, 本质特征).
  {
    pattern:
      '(?<=综合|队伍|人员|业务|营业|身体|干部|职工|自身|提高|提升|进步){本质}(?=$|[，,、。；;：:！!？?\\s”）)]|和|与|及|水平|能力|教育|培训|提升|提高|建设|过硬|不高|较高|较低|偏低)',
    correct: '素质',
  },
  { pattern: '{营业}(?:学习|培训|知识|本质|素质|水平|技能|能力|骨干|指导)', correct: '业务' },
  { pattern: '(?<=服务|业务|营业|办事|执法){程度}', correct: '水平' },
  // 服务 → 办事 (为民办事 is fine)
  { pattern: '{办事}(?:大局)', correct: '服务' },
  { pattern: '(?<=优质|热情|贴心|周到){办事}', correct: '服务' },
  // 重视 → 器重 (器重人才 is fine)
  { pattern: '(?<=高度|引起|十分|格外|非常|特别|极为|越来越){器重}(?!他|她|其|人才)', correct: '重视' },
  // 建设 → 扶植 (扶植产业 is fine)
  {
    pattern: '(?<=廉政|作风|党风|文明|组织|制度|队伍|阵地|设施|思想|能力|政权|法治|机关|班子|精神文明){扶植}',
    correct: '建设',
  },
  // 支持 → 撑持, 坚持 → 对峙, 紧密 → 亲密, 力量 → 气力, 广大 → 宽大
  { pattern: '(?<=大力|鼎力|积极|给予|关心|全力){撑持}', correct: '支持' },
  { pattern: '(?<=始终|必须){对峙}', correct: '坚持' },
  {
    pattern: '{对峙}(?:以|把|不懈|每|开展|做到|原则|标准|问题导向|一手抓|实事求是|从严|依法)',
    correct: '坚持',
  },
  { pattern: '{亲密}(?:结合|配合|相连|协作|衔接)', correct: '紧密' },
  { pattern: '(?<=各方|社会|凝聚|多方|整合|骨干){气力}', correct: '力量' },
  {
    pattern: '{宽大}(?:干部|群众|职工|党员|人民|师生|青年|妇女|农民|市民|村民|网民|官兵|居民|家庭|青少年|教师)',
    correct: '广大',
  },
  // 不断 → 不竭, 全面 → 周全, 深入 → 深切, 认真 → 当真, 切实 → 确切, 有效 → 有用 — before a verb
  {
    pattern: '{不竭}(?:完善|加强|提高|深化|推进|增强|创新|优化|扩大|健全|改进|提升|丰富|壮大|发展|强化|规范|拓展|探索)',
    correct: '不断',
  },
  {
    pattern: '{周全}(?:贯彻|落实|推进|加强|提高|完成|建设|建成|实施|开展|深化|做好|提升|从严|发展|小康|振兴|推行|排查|部署)',
    correct: '全面',
  },
  {
    pattern: '{深切}(?:开展|贯彻|推进|实施|落实|学习|基层|调研|研究|群众|持久|人心|推动|排查|查找|剖析)',
    correct: '深入',
  },
  {
    pattern: '{当真}(?:贯彻|落实|做好|组织|学习|履行|执行|开展|研究|总结|抓好|对待|负责|查找|整改|分析|听取|梳理)',
    correct: '认真',
  },
  {
    pattern: '{确切}(?:加强|做好|抓好|提高|履行|落实|增强|解决|改进|维护|保障|推进|转变|减轻)',
    correct: '切实',
  },
  {
    pattern:
      '{有用}(?:推进|防止|提高|解决|遏制|落实|预防|保障|促进|提升|化解|维护|控制|降低|减少|避免|整合|衔接|应对|发挥|开展|推动|加强|杜绝)',
    correct: '有效',
  },
  // 提升 → 晋升 (晋升职务 is fine), 推动 → 鞭策 (鞭策自己 is fine), 营造 → 营建
  {
    pattern: '{晋升}(?:服务|水平|质量|效率|能力|品位|形象|档次|素质|效能|满意度|幸福感|获得感)',
    correct: '提升',
  },
  { pattern: '{鞭策}(?=了?(?:工作|发展|经济|落实|各项|全县|全市|全区|社会|产业|改革))', correct: '推动' },
  { pattern: '{营建}(?=了?(?:浓厚|良好|和谐|热烈)?的?(?:氛围|气氛))', correct: '营造' },
  // 举报 → 告发, 和谐 → 调和, 协调发展 → 调和发展, 公开 → 公然/果真
  { pattern: '{告发}(?:电话|热线|信箱|平台|中心|奖励)', correct: '举报' },
  { pattern: '{调和}(?:社会|因素|稳定|共处|氛围)', correct: '和谐' },
  { pattern: '(?<=构建|建设|促进){调和}', correct: '和谐' },
  { pattern: '{调和}(?:发展)', correct: '协调' },
  { pattern: '(?<=政务|村务|党务|厂务|校务|财务|信息){公然|果真}', correct: '公开' },
  { pattern: '{公然}(?:透明|招标|招聘|承诺)', correct: '公开' },
  // 先进 → 前进 (前进道路 is fine), 创建 → 创立 (创立公司 is fine), 纪律 → 规律 (掌握工作规律 is fine)
  {
    pattern: '{前进}(?:个人|集体|典型|单位|事迹|工作者|党支部|基层党组织|科室|人物)',
    correct: '先进',
  },
  { pattern: '{创立}(?:文明|卫生|国家级|省级|市级|全国)', correct: '创建' },
  { pattern: '(?<=严明|违反|廉政|财经|劳动){规律}', correct: '纪律' },
  { pattern: '{规律}(?:处分|处理)', correct: '纪律' },
  // 时候 → 时分 (黄昏时分 is fine), 开始 → 开端 (良好的开端 is fine), 通过 → 经由 (经由高速公路 is fine)
  { pattern: '(?<=的){时分}', correct: '时候' },
  { pattern: '{开端}(?:实施|运行|执行|施行|推行|实行|启动|试点|运转)', correct: '开始' },
  { pattern: '{经由}(?:培训|学习|努力|整改|调研|检查|验收|考核)', correct: '通过' },
  // 保障 → 包管, the commoner of the two words it stands for in official text, so measured contexts read it as 保障
  { pattern: '(?<=民生|社会|要素|制度|服务|政策|住房|医疗|养老|兜底|有力|坚强|重要|协同|综合){包管}', correct: '保障' },
  { pattern: '{包管}(?:体系|能力|水平|机制|措施|性住房|范围|对象|标准|制度|作用)', correct: '保障' },
  // 保证 → 包管, 要求 → 请求 (提出请求 is fine), 规定 → 划定 (划定红线 is fine)
  { pattern: '{包管}(?:质量|安全|工作|各项|按时|资金|落实|了)', correct: '保证' },
  { pattern: '(?<=严格|高标准|总体|基本|具体){请求}', correct: '要求' },
  { pattern: '(?<=八项|违反|遵守|有关|相关|中央|上级){划定}', correct: '规定' },
  // 创新 → 立异 (标新立异 is fine), 完善 → 完美, 继续 → 继承 (继承传统 is fine)
  { pattern: '(?<!标新){立异}', correct: '创新' },
  { pattern: '(?<=健全|不断|进一步|逐步){完美}', correct: '完善' },
  { pattern: '{完美}(?:制度|机制|措施|体系)', correct: '完善' },
  {
    pattern: '{继承}(?:推进|开展|加强|深化|做好|实施|推动|保持|坚持|完善|落实|抓好)',
    correct: '继续',
  },
  // 服务 → 效劳, 提升 → 提拔 (提拔干部 is fine), 管理 → 打点 (打点行装 is fine)
  {
    pattern: '{效劳}(?:群众|大局|发展|社会|企业|基层|意识|质量|水平|中心|窗口|对象|态度|理念|效能|能力)',
    correct: '服务',
  },
  { pattern: '(?<=优质|热情|贴心|为民|便民|公共|政务|志愿|周到){效劳}', correct: '服务' },
  { pattern: '{提拔}(?:服务|质量|水平|能力|效率|素质|形象|品质)', correct: '提升' },
  { pattern: '{打点}(?:制度|工作|水平|体系|机制|职员|人员|部门|体制|模式|程度)', correct: '管理' },
  {
    pattern: '(?<=加强|规范|严格|科学|精细化|安全|日常|内部|行政|企业|档案){打点}',
    correct: '管理',
  },
  // 安全 → 保险, 检查 → 查抄, 会议 → 集会, 满意 → 知足 (知足常乐 is fine; 保险事故 and 保险监管 are insurance terms)
  { pattern: '{保险}(?:生产|隐患)', correct: '安全' },
  { pattern: '(?<=安全|平安|卫生|消防|专项|监督|例行|定期|全面){查抄}', correct: '检查' },
  { pattern: '{集会}(?:精神|精力|要求|部署)', correct: '会议' },
  { pattern: '{知足}(?:度|率)', correct: '满意' },
  { pattern: '{坚苦}(?:职工|群众|家庭|党员|户|学生)', correct: '困难' },
  { pattern: '{情形}(?:保护|卫生|污染|整治|监测)', correct: '环境' },
  // 部署 → 摆设 (形同摆设 is fine), 发挥 → 阐扬, 优势 → 上风 (占上风 is fine), 基础 → 根本
  { pattern: '(?<=工作|统一|全面|周密|精心|具体|作出|做出|决策){摆设}', correct: '部署' },
  { pattern: '{阐扬}(?:作用|优势|职能|功能)', correct: '发挥' },
  {
    pattern: '(?<=发挥|施展|资源|区位|产业|自身|比较|独特|特色|竞争|人才|技术){上风}',
    correct: '优势',
  },
  { pattern: '{根本}(?:设施)', correct: '基础' },
  { pattern: '(?<=坚实|良好|牢固|扎实|奠定|打下|坚实的|良好的){根本}', correct: '基础' },
  // 基本 → 根本 (根本任务 is fine), 建设 → 建立 (建立健全 is fine), 发展 → 进展 (取得进展 is fine)
  { pattern: '{根本}(?:状况|情况|概况|框架|建成|完成|形成|满足|思路)', correct: '基本' },
  {
    pattern: '(?<=精神文明|物质文明|生态文明|政治文明|文明城市|文明社区|文明村镇|党风廉政|作风|队伍){建立}',
    correct: '建设',
  },
  {
    pattern: '(?<=社区|经济|社会|产业|城市|乡村|事业|高质量|协调|融合|可持续|绿色|健康|快速|稳步|全面){进展}',
    correct: '发展',
  },
  // 进行 → 停止 (停止使用, 停止部署核武器 are fine), 国家 → 国度 (礼仪之邦的国度 is fine),
  // 上级 → 下级 where a report goes up (向下级传达 is fine), 监督 → 监视, 指导 → 指点 (指点江山 is fine)
  {
    pattern: '{停止}(?:讨论|研究|调研|总结|回顾|分析|探讨|交流|评估|评议|整改|摸底|表彰|动员)',
    correct: '进行',
  },
  { pattern: '{国度}(?:行政|机关|公务员|标准|法律|政策|财政|税务|统计局|有关|级)', correct: '国家' },
  { pattern: '(?<=向){下级}(?=(?:管理)?(?:机关|部门|领导|单位|组织)?(?:汇报|请示|报告|陈述|陈说|述职))', correct: '上级' },
  { pattern: '(?<=向){下级机关}(?=汇报|请示|报告|陈述|陈说|述职)', correct: '上级机关' },
  { pattern: '(?<=民主|舆论|群众|纪检|社会|审计){监视}', correct: '监督' },
  { pattern: '{监视}(?:检查|执纪|问责|机制|体系)', correct: '监督' },
  { pattern: '{指点}(?=(?:未来|今后|下一步|实际)?的?(?:工作|实践))', correct: '指导' },
  // Spins of everyday words, each also judged by measured context (spun-word-contexts.ts) beyond its pattern:
  // 促进 → 增进 (增进民生福祉, 增进了解 are fine)
  {
    pattern: '{增进}(?=了?(?:经济|产业|就业|消费|创新|高质量|城乡|区域|乡村|农民增收|农业生产|人工智能|产业链|服务业))',
    correct: '促进',
  },
  // 积极 → 踊跃 (踊跃参加, 踊跃报名 are fine)
  {
    pattern: '{踊跃}(?=(?:稳妥|有序|推进|推动|发展|扩大|探索|引导|培育|创建|争取|落实|开展|抢占|有为|的财政政策))',
    correct: '积极',
    ownNeighbours: ['参加', '参与', '报名', '发言', '捐款', '捐赠', '投稿', '献血', '应征', '购买', '更加', '十分', '非常'],
  },
  // 群众 → 民众 (广大民众 is fine)
  { pattern: '(?<=人民|干部和?){民众}', correct: '群众' },
  { pattern: '{民众}(?:自治|路线|观点)', correct: '群众' },
  // 巩固 → 稳固 (基础稳固 is fine)
  { pattern: '{稳固}(?=(?:和发展|和提升|提升|拓展|脱贫攻坚成果|成果|成效))', correct: '巩固' },
  // 严格 → 严酷 (严酷的斗争 is fine)
  {
    pattern: '{严酷}(?=(?:规范|执行|落实|管理|控制|按照|执法|遵守|依法|把关|审查|考核|标准|要求|的责任制))',
    correct: '严格',
  },
  // 提供 → 供给 as a verb with its object (有效供给, 资源供给更加优质 are the noun)
  {
    pattern: '{供给}(?=了?(?:政策支持|资金支持|技术支持|法律服务|有力支撑|坚强保障|决策依据|依据))',
    correct: '提供',
  },
  { pattern: '(?<=^|[，,；;。：:]){供给}(?=更多|更好)', correct: '提供' },
  // 及时 → 实时 (实时监测 is fine)
  { pattern: '{实时}(?=(?:回应|处置|解决|调运|跟进|整改|纠正))', correct: '及时' },
  // 考核 → 查核 (查核事实 is fine)
  { pattern: '{查核}(?=(?:断面|评价|办法|结果|指标|等次|优秀|合格))', correct: '考核' },
  { pattern: '(?<=年度|绩效|目标|国家|综合|量化|年终){查核}', correct: '考核' },
  // 标准 → 尺度 (把握尺度 is fine)
  { pattern: '(?<=补助|补贴|收费|经费|技术|行业|排放|质量){尺度}', correct: '标准' },
  { pattern: '{尺度}(?:体系|规范|名称|类型)', correct: '标准' },
  // 突出 → 凸起 (路面凸起 is fine), 宣传 → 流传 (广泛流传 is fine)
  { pattern: '{凸起}(?:问题|矛盾|位置|作用|贡献|特色|重点)', correct: '突出' },
  { pattern: '(?<=较为|比较|十分|更加){凸起}', correct: '突出' },
  {
    pattern: '{流传}(?:教育|工作|力度|活动|报道|阵地|部门|推介|动员|引导)',
    correct: '宣传',
    ownNeighbours: ['广泛', '民间', '开来', '下来', '至今', '千古', '甚广', '已久'],
  },
  { pattern: '(?<=加大|加强|深入|大力|政策|法治|普法){流传}', correct: '宣传' },
  // 大 → 年夜: a converter artefact (年夜饭 is fine)
  { pattern: '(?<=重|加|扩|广|巨|强|伟|庞|宏|盛|最|很|较){年夜}', correct: '大' },
  { pattern: '{年夜}(?:力|会|量|幅|型|规模|众|胆)', correct: '大' },
];

/**
 * Wrong-character words (别字) that no spinner made but that travel with the
 * same copied templates; unambiguous enough to correct unasked.
 */
const WRONG_CHARACTERS: SpunWordEntry[] = [
  { pattern: '(?<=为){已任}', correct: '己任', wrongCharacter: true },
  { pattern: '{购制}', correct: '购置', wrongCharacter: true },
  { pattern: '{辨证}(?:统一|关系|唯物主义|法)', correct: '辩证', wrongCharacter: true },
  { pattern: '(?<=社会){各届}', correct: '各界', wrongCharacter: true },
  { pattern: '{各届}(?:人士|群众|代表)', correct: '各界', wrongCharacter: true },
];

export const SPUN_WORDS: readonly SpunWordEntry[] = [
  ...[...COINED, ...PARTICLE_SPINS].map((entry) => ({ ...entry, looseBoundaries: true })),
  ...IN_CONTEXT,
  ...WRONG_CHARACTERS,
];
