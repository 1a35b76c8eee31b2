/**
 * Simplified forms that are also ordinary Traditional characters: OpenCC
 * folds some Traditional character to each of them (於 → 于, 幹 → 干,
 * 後 → 后), yet Big5's frequently used characters (A440–C67E, 5401
 * characters) include them too (于 is a surname, 干 in 干涉, 后 in 皇后).
 * In a Traditional draft they prove nothing by themselves; every other
 * Simplified form (国, 这, 发) cannot occur in Traditional text at all.
 * Generated from iconv-lite's Big5 table and OpenCC's TSCharacters; the test
 * of script-mix regenerates it and compares.
 */
export const CHARACTERS_IN_BOTH_SCRIPTS =
  '丑丰么于云仆伙余佛佣俊修僵儿克冢冬准凌几凶出划刮制千升卜占即卷只台吁吃合吊同后向听呆周咨咸咽哄唇喂噪回困坏夸奸姜娘家尸局' +
  '岩岳峰巨布帘席干并幸床庵弦彩征御志念恤愈愿戚扇才扎扑托扣折抬抵拐拼挂挨挽捆捍搜教斗旋旗既昆晒暗曲札朱朴杆杠杯杰松板查栗核' +
  '梁棋欲污沈沾泄泛注涌游溪溯漓灶狸玩症痴皂真矩私秋秘筑粽糊糖系累群肴胄胡腌致舍芸苔范荐蒙蓑蔑虫虱表谷辟逾郁酸采里雇雕霉面飧';
