/**
 * Simplified characters that a Simplified → Traditional converter leaves
 * behind because they are also Traditional characters with another meaning:
 * 干 is 幹 in 干部 but stays 干 in 干涉, 后 is 後 except in 皇后. Each entry's
 * `pattern` matches the leftover character only (lookarounds give the
 * context) in the original text of a Traditional draft; `traditional` is the
 * form the context needs. Forms that Taiwan and Hong Kong write either way
 * (台, 群, 吃, 秘, 峰, 只) are not listed.
 */
export interface TraditionalLeftover {
  pattern: RegExp;
  traditional: string;
}

export const TRADITIONAL_LEFTOVERS: readonly TraditionalLeftover[] = [
  // 干: 幹 (work, trunk), 乾 (dry); 干涉, 干扰, 若干 keep 干
  {
    pattern: /(?<=骨|能|实|實|苦|才|主|躯|軀|树|樹|精|巧|肯|大|硬|蛮|蠻)干|干(?=部|事|劲|勁|线|線|警|练|練|将|將|道|流|才)/gu,
    traditional: '幹',
  },
  { pattern: /(?<=饼|餅|晒|曬|烘|风|風|葡萄|外强中)干|干(?=净|凈|淨|燥|旱|杯|脆|涸|枯|粮|糧|货|貨|冰|洗)/gu, traditional: '乾' },
  // 范: 範 (model, scope); 范 is a surname
  { pattern: /(?<=模|规|規|示|防|典|风|風|师|師|垂|就|广|廣)范|范(?=围|圍|文|例|畴|疇|本|式)/gu, traditional: '範' },
  // 于: 於 (preposition); 于 is a surname
  { pattern: /于(?![\p{Script=Han}]{1,2}(?:同志|先生|女士|书记|書記|局长|局長|主任))/gu, traditional: '於' },
  // 并: 並 (and, also), 併 (merge)
  { pattern: /(?<=合|兼|吞)并|并(?=购|購|吞|入)/gu, traditional: '併' },
  { pattern: /(?<!合|兼|吞)并(?!购|購|吞|入)/gu, traditional: '並' },
  // 后: 後 (after); 皇后, 太后 keep 后
  { pattern: /(?<!皇|太|王|天|影|歌)后(?!妃|土|羿)/gu, traditional: '後' },
  // 采: 採 (pick, adopt); 风采, 文采 keep 采
  { pattern: /采(?=取|用|访|訪|集|购|購|纳|納|伐|样|樣|摘|矿|礦|石|写|寫|编|編|信)|(?<=开|開)采/gu, traditional: '採' },
  // 征: 徵 (levy, solicit, sign); 长征, 出征 keep 征
  { pattern: /征(?=求|集|收|文|询|詢|兵|稿|地|信|兆|召|用|税|稅)|(?<=特|象|表)征/gu, traditional: '徵' },
  // 斗: 鬥 (fight); 北斗, 泰斗 keep 斗
  { pattern: /斗(?=争|爭|志|殴|毆|智)|(?<=奋|奮|战|戰|搏|争|爭|打|械|格)斗/gu, traditional: '鬥' },
  // 筑: 築 (build)
  { pattern: /(?<=建|构|構|修)筑|筑(?=牢|起|路|造|巢|成)/gu, traditional: '築' },
  // 御: 禦 (resist); 御用 keep 御
  { pattern: /(?<=防|抵)御|御(?=寒|敌|敵)/gu, traditional: '禦' },
  // 云: 雲 (cloud, and most names); 人云亦云 keep 云
  { pattern: /(?<!人|诗|詩|子曰|有|古人)云(?!亦云|云)/gu, traditional: '雲' },
  // 系: 繫 (tie, contact), 係 (relation); 系统, 体系 keep 系
  { pattern: /(?<=联|聯|维|維|牵|牽)系/gu, traditional: '繫' },
  { pattern: /(?<=关|關)系|系(?=数|數)/gu, traditional: '係' },
  // 余: 餘 (remainder, more than); 余 is a surname
  {
    pattern: /(?<=其|多|业|業|剩|残|殘|富|课|課|工|[0-9〇一二三四五六七八九十百千万萬])余|余(?=额|額|地|热|熱|下|震|款|粮|糧)/gu,
    traditional: '餘',
  },
  // 愿: 願 (wish, willing)
  { pattern: /愿(?=意|望)|(?<=志|自|心|意|宿|夙|情|祝|但|甘|宁|寧|心甘情)愿/gu, traditional: '願' },
  // 游: 遊 (travel, play); 游泳, 上游 keep 游
  { pattern: /(?<=旅|导|導|出|郊|周|巡)游|游(?=客|览|覽|戏|戲|行|玩|园|園|乐|樂)/gu, traditional: '遊' },
  // 里: 裡 (inside); 公里, 邻里 keep 里
  {
    pattern: /(?<=这|這|那|哪|心|家|村|城|夜|手|眼|屋|县|縣|市|镇|鎮|局|厂|廠|队|隊|单位|單位)里(?!程|长|長)|里(?=面|边|邊)/gu,
    traditional: '裡',
  },
  // 松: 鬆 (loose); 松树 keep 松
  { pattern: /(?<=放|轻|輕|宽|寬)松|松(?=懈|散|动|動|绑|綁|弛)/gu, traditional: '鬆' },
  // 制: 製 (make); 制度, 制定 keep 制
  {
    pattern: /制(?=造|作|品|图|圖|成|表)|(?<=研|绘|繪|印|复|複|炼|煉|监|監|缝|縫|自)制(?!度|定|约|約|止|裁)/gu,
    traditional: '製',
  },
  // 准: 準 (standard, accurate); 批准, 不准 keep 准
  { pattern: /(?<=标|標|水|精|瞄|基|校|对|對)准|准(?=备|備|确|確|则|則|时|時|绳|繩)/gu, traditional: '準' },
  // 志: 誌 (record, mark); 意志, 同志 keep 志
  { pattern: /(?<=杂|雜|标|標|日|墓)志/gu, traditional: '誌' },
  // 注: 註 (register, annotate)
  { pattern: /注(?=册|冊|销|銷|释|釋|解)|(?<=备|備|批|附)注/gu, traditional: '註' },
  // 致: 緻 (fine); 一致, 导致 keep 致
  { pattern: /(?<=精|细|細|别|別|雅|景)致/gu, traditional: '緻' },
  // Forms Traditional text keeps only as rare variants
  { pattern: /丰(?=富|收|硕|碩|满|滿|盛|厚|功|衣足食|产|產)/gu, traditional: '豐' },
  { pattern: /几(?=乎|个|個|年|次|天|十|百|千|万|萬|点|點|何|位|种|種|项|項)|(?<=庶|好|这|這|没|沒)几/gu, traditional: '幾' },
  { pattern: /儿/gu, traditional: '兒' },
  { pattern: /听/gu, traditional: '聽' },
  { pattern: /虫/gu, traditional: '蟲' },
  { pattern: /坏/gu, traditional: '壞' },
  { pattern: /(?<=什|怎|那|这|這|多|要)么/gu, traditional: '麼' },
  { pattern: /(?<=巡|迂|轮|輪)回|回(?=避|旋|响|響|廊)/gu, traditional: '迴' },
  { pattern: /周(?=年|末|刊|报|報|[一二三四五六日])|(?<=每|上|本|下|两|兩|[0-9])周/gu, traditional: '週' },
  { pattern: /舍(?=弃|棄|得|身)|(?<=取|施|割|难|難|不)舍/gu, traditional: '捨' },
  { pattern: /朴(?=素|实|實)|(?<=简|簡|质|質|淳|纯|純)朴/gu, traditional: '樸' },
  { pattern: /咨(?=询|詢)/gu, traditional: '諮' },
  { pattern: /症(?=结|結)/gu, traditional: '癥' },
  { pattern: /沈(?=阳|陽)/gu, traditional: '瀋' },
];
