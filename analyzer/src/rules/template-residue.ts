import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { isHan, isLineBreak, isWhitespace } from '../text/characters.js';
import type { LineText } from '../text/line-memory.js';
import {
  BREADCRUMB_SEPARATOR,
  BREADCRUMB_START,
  CALL_TO_ACTION,
  COPY_BAN,
  DOCUMENT_GENRE,
  LAYOUT_GLYPH,
  OFFER_TO_VISITOR,
  PAGE_BUTTON,
  PAGE_FIELD,
  PAGE_SECTION,
  PAGE_TOOL,
  PIECE_NUMERAL,
  PREVIEW_COUNT,
  READING_TIME,
  RIGHTS_CLAIM,
  SITE_COPY_LABEL,
  SUPPORT_PLEA,
  USE_COUNTER,
} from './data/template-residue-page-chrome.js';

type MessageId = 'watermark' | 'siteNotice' | 'pageMarkup' | 'relatedArticles' | 'compilationTitle' | 'truncationNotice';

/**
 * Residue of the 范文 website a draft was copied from, recognised by what it
 * is rather than by the strings of any one site:
 * - the site speaking: watermarks (<site>版权所有, 原创:, 来源: <site>,
 *   本资料权属<site>严禁复制), its editor (本站为你精心整理…欢迎咨询, 小编,
 *   仅供参考, a preface asking how to write the genre), calls to action
 *   (请登陆查看, 点击下载), slogans and pleas to the visitor (为您呈现,
 *   请支持正版), bracketed notices carrying them;
 * - the page itself: URLs, paywall and template markers (##paidbegin##),
 *   a document-sharing site's card for the file (大小：54.50 KB, 页数：9页),
 *   its source pasted along (<p>, &nbsp;, mso-bidi-font-weight:normal”>),
 *   navigation, breadcrumbs and metadata bars (上一篇：, 当前位置：, 作者：… 字体：),
 *   banners ending in a button (…立即了解), close buttons, use counters
 *   (评论(0)), a preview's page images and counts (…_第2页, 还剩N页未读),
 *   pagination; the vocabulary is in data/template-residue-page-chrome.ts;
 * - the site's lists: 相关推荐 / 相关文章 / 推荐阅读 headers and the dated
 *   title lines under them (…工作总结08-26), bars of genre titles;
 * - a compilation's labels on a title ((共7篇), 篇三, 第2篇, 工作总结范文) and
 *   truncation notices (未完，全文共3200字).
 * Touching pieces form one block, one finding, and the fix deletes it.
 */

interface Piece {
  start: number;
  end: number;
  kind: MessageId;
}

/** How a deleted block is cut out so the text around it still reads. */
interface Block extends Piece {
  fixStart: number;
  fixEnd: number;
}

// ── Site names and the site's own voice ────────────────────────────────────

/** Endings of website names: 世界秘书网, 文秘之音, 公文写作网, 范文大全, 文秘帮, 学习吧, xx文库. */
const SITE_NAME_ENDING = /(?:网|网站|站|文库|之音|之家|之窗|帮|吧|在线|频道|论坛|大全|范文|资料库)$/u;
/** Endings that name nothing but a website: only these count before a stamp as common as 整理. */
const WEBSITE_ENDING = /(?:网|网站|文库|之音|范文|大全|资料库|\.(?:com|cn|net))$/u;
// The lookbehind starts a match only at the start of a name, so an unmatched run of labels is scanned once, not once per character.
const DOMAIN = /(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|cc|info|top|vip|xyz)(?:\/[^\s，。、；）)]*)?/u;
const DOMAIN_ENDING = /(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|cc|info|top|vip|xyz)$/u;
/** Names of public bodies: a citation of them (来源：国家统计局网站, 区政务网) is no watermark. */
const OFFICIAL_NAME = /政府|政务|人大|政协|党委|统计|[局部委厅院]|中心|办公室|机关|学校|大学/u;
/** Government, education and organisation sites are cited on purpose. */
const OFFICIAL_DOMAIN = /\.(?:gov|edu|org|mil)(?:\.cn)?\b/iu;

/** Tags that end the walk back over a site name: adverbs, prepositions, particles, pronouns, numbers, times. */
const NOT_IN_A_NAME = /^(?:d|p|c|u|r|m|q|t|f|ad|y|e|o|w|x|v|vn|vd)/u;
const LONGEST_SITE_NAME = 10;

/** What a site stamps after its name: <site>版权所有, <site>原创, <site>首发, <site>收集整理. */
const SITE_STAMP = /(?:版权所有|原创|首发|独家(?:发布|整理)?|(?:收集|搜集|编辑)?整理(?:发布)?)/gu;
const STAMP_AFTER_NAME = /^(?:版权所有|原创|首发|独家(?:发布|整理)?|(?:收集|搜集|编辑)?整理(?:发布)?|提供|发布|编辑|收集)/u;
/** Copyright notices: 版权所有, 版权归…所有, Copyright ©. */
const COPYRIGHT =
  /(?:版权所有|版权归[^，。,；;\n]{1,20}所有|(?:Copyright ?)?© ?(?:[0-9]{4}(?:[-—–][0-9]{4})?)?|Copyright ?(?:\(c\))? ?(?:[0-9]{4}(?:[-—–][0-9]{4})?)?)(?: ?All Rights Reserved\.?)?/giu;
/** Source labels a site adds: 原创: is residue on its own; 来源:/转载自 only before a site name or URL. */
const ORIGINAL_LABEL = /原创[:：]/gu;
const SOURCE_LABEL =
  /(?<!数据|资料|信息)(?:(?:本文|文章|稿件)(?:来源(?:于)?|来自|出处|转自|出自)[:：]?|(?:来源|出处|稿源|摘自|出自)[:：]|(?:转自|转载自|转载于)[:：]?)\s*/gu;
const ARTICLE_BY_SITE = /(?:本文|此文|文章|该文)(?:由|系|为)/gu;

/** 那么…该怎么写呢？ / …要注意些什么呢？: the question a site's preface asks about the genre before offering its samples. */
const HOW_TO_WRITE =
  /(?:(?:怎么|如何|怎样)(?:去|才能)?(?:写|撰写|写作|拟写|起草)|注意(?:有)?(?:些)?(?:什么|哪些))[^。！？!?]{0,20}[？?]/u;

/**
 * Sentences in the site's voice. Each signal adds weight; a sentence is
 * residue at {@link SITE_VOICE_THRESHOLD}. Single signals occur in real
 * reports (以上数据仅供参考, 为大家提供便利), so one is never enough unless
 * it is the site naming itself (本站, 小编).
 */
const SITE_VOICE_SIGNALS: Array<[RegExp, number]> = [
  // 客服 is not here: a customer-service desk is a business's, and reports describe them (智能客服).
  [/本站|我站|本网站|站长|小编/u, 2],
  // The page calling the draft a file it hosts: 本文档由用户上传.
  [/本文档|本资料|此文档|该文档/u, 1],
  // A page counting the file it hosts: 本文档共12页.
  [/(?:文档|全文|本文)共(?:计)?\s*[0-9]+\s*页/u, 1],
  [/(?<!模)范文|范例文章|参考文章/u, 1],
  [/仅供(?:参考|借鉴|学习)|以供参考|供(?:大家|您|你|读者|各位)(?:们)?(?:参考|借鉴|阅读|学习)/u, 1],
  [/精心(?:整理|挑选|收集|准备|编辑|为)|(?:为|给)(?:你|您|大家)(?:们)?(?:精心)?(?:整理|收集|分享|推荐|带来|汇总|搜集)/u, 1],
  [/希望(?:对|能)(?:你|您|大家)|希望(?:能)?(?:对|为)(?:你|您|大家)(?:的)?(?:有所)?(?:帮助|启发)/u, 1],
  [/欢迎(?:阅读|下载|借鉴|收藏|参考|咨询|访问|转发|分享|评论)|一起来看看|快来看看|赶紧看看/u, 1],
  [/(?:更多|其他|其它)(?:相关)?(?:范文|文章|精彩|内容|资料|资讯)/u, 1],
  // A document-sharing page on the file it hosts: 由会员上传分享，免费在线阅读.
  [/(?:会员|用户|网友)(?:上传|分享|投稿)|免费(?:在线)?(?:阅读|预览|试读)/u, 1],
  [/请(?:登陆|登录|访问|关注|点击|下载|收藏)|点击(?:查看|下载|阅读|这里|进入|收藏)|下载(?:本文|全文|文档|word)/iu, 1],
  [/参考价值|个性化的|(?:你|您)的(?:创作|写作)|写作(?:素材|指导|参考)/u, 1],
  // A site's preface asks the visitor how to write the genre; a document never asks that of itself.
  [HOW_TO_WRITE, 1],
  // Reprint and takedown boilerplate, paywalls, QR codes.
  [
    /转载请(?:注明|保留)|(?:禁止|严禁|谢绝)转载|未经(?:授权|许可)[^。]{0,6}转载|(?:版权|免责)(?:声明|说明)|如有侵权|侵删|(?:来源|来自)于?(?:互联)?网络/u,
    2,
  ],
  [
    /(?:需要|消耗|花费)\s*(?:[0-9]+\s*)?(?:积分|金币|下载券)|下载券|(?:VIP|会员)专享|开通(?:会员|VIP)|付费(?:内容|阅读|下载|文档)|免费下载|下载(?:完整版|word版)/iu,
    2,
  ],
  // One signal however many of its forms: a public body's notice may ask readers to scan its code and follow it.
  [/扫一扫|扫码(?:阅读|关注|下载)|(?:扫描|识别|长按)[^。，,]{0,6}二维码|(?:关注|添加)[^。，,]{0,12}公众号/u, 1],
  // A subscription account's bait: 回复关键词…免费领取全套资料.
  [/回复关键(?:词|字)|免费(?:领取|获取)|(?:领取|获取)(?:全套|完整|更多)(?:的)?(?:资料|材料|范文|文档)/u, 1],
];
const SITE_VOICE_THRESHOLD = 2;
/** An intro label at the start of a paragraph marks the site's preface (前言:, 导语:, 【导读】). */
const PREFACE_LABEL = /^\s*(?:【(?:导语|导读|前言|摘要|编者按)】|(?:前言|导语|导读|编者按)[:：])/u;

/** Bracketed asides carrying the site's voice: (本文权属XX所有,更多文章请登陆查看), 【点击下载】. */
const BRACKETED = /[（(【[][^（()）【】[\]\n]{1,80}[)）】\]]/gu;
const BRACKET_SIGNAL =
  /版权|权属|转载|原创|本站|本网|小编|本文(?:来源|来自|由|地址|链接)|请(?:登陆|登录|访问|关注)|更多(?:相关)?(?:文章|范文|内容|精彩)|点击(?:查看|下载|阅读|进入)|(?:免费)?下载|付费|侵权|https?:\/\/|www\./iu;

// ── The page ───────────────────────────────────────────────────────────────

/** Template and paywall markers: ##paidbegin##, {{page_break}}, [hide]. */
const PAGE_MARKUP =
  /(?<!#)#{2,}[A-Za-z_][\w-]{0,30}#{2,}|\{\{[^{}\n]{1,30}\}\}|\[\/?(?:paid|pay|hide|free|page|img|url|vip|download)[^\]\n]{0,20}\]/giu;
/**
 * The page's source, pasted with its text: HTML tags (<p>, </span>, <o:p>),
 * character references (&nbsp;, &#8220;), Word's inline styles
 * (mso-bidi-font-weight:normal”>, font-family:宋体;) and a site's tag links
 * ([标签:介绍]). No finished document writes them.
 */
const WEB_MARKUP =
  /<\/?[A-Za-z][A-Za-z0-9:]{0,10}(?:\s[^<>\n]{0,200})?\/?>|&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|emsp|ensp);?|&#(?:[0-9]{2,6}|x[0-9A-Fa-f]{2,5});|mso-[a-z-]{1,40} {0,3}: {0,3}[^;"“”'<>\n]{0,40}[;"“”']{0,3} {0,3}>?|(?:font-(?:family|size|weight)|line-height|text-indent) {0,3}: {0,3}[^;"“”'<>\n]{1,40}[;"“”'>]{1,3}|\[(?:标签|tag)[:：][^\]\n]{0,20}\]/giu;
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9.\-_~:/?#@!$&'*+,;=%]*/giu;
/** Whole lines of page furniture: navigation, article metadata, sharing, pagination. */
const PAGE_FURNITURE_LINE =
  /^(?:上一篇|下一篇|上一页|下一页|返回首页|返回列表|返回顶部|打印本页|关闭窗口|收藏本文|分享到|本文地址|本文链接|原文链接|文章链接|原文地址|责任编辑|本文标签|热门标签|相关标签|TAG标签|上传者|上传时间|文档格式|文档大小|文档页数|下载次数|下载积分|收藏次数|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP[备证]|【(?:打印|关闭|收藏|返回)[^】]{0,6}】|(?:浏览|阅读|点击)(?:次数|量)[:：]|第\s*[0-9]+\s*页\s*(?:[/／]\s*)?共\s*[0-9]+\s*页|共\s*[0-9]+\s*页)/u;
/**
 * A document-sharing site's card for the file, one field a line: its size
 * (大小：54.50 KB, - 37.5 KB |), page count (页数：9页, - 11页), upload date
 * (- 2021-04-15 发布), ID, the visitor's history, the greeting, the help desk.
 */
const FILE_CARD_LINE = new RegExp(
  [
    String.raw`^[-•·*\s]*(?:(?:文件|文档)?大小\s*[:：]\s*)?[0-9]+(?:\.[0-9]+)?\s*[KMG]B\s*[|｜]?\s*$`,
    String.raw`^(?:[-•·*]\s*|\s*(?:文档)?页数\s*[:：]\s*)[0-9]+\s*页\s*[|｜]?\s*$`,
    String.raw`^[-•·*\s]*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*(?:发布|上传)\s*[|｜]?\s*$`,
    String.raw`^\s*ID\s*[:：]\s*[0-9]{5,}\s*$`,
    String.raw`^\s*浏览记录\s*$`,
    String.raw`^\s*欢迎(?:来到|访问|光临)[^\s，。]{1,12}(?:网|文库|网站)[!！。]?\s*$`,
    String.raw`^[-•·*\s]*(?:网站)?客服\s*(?:QQ|微信|电话)\s*[:：]`,
  ].join('|'),
  'iu',
);
const METADATA_LINE = /^(?:发布时间|发布日期|时间|作者|来源)[:：].{0,60}(?:浏览|阅读|点击|来源|作者)[^\n]{0,30}$/u;

// ── Lists, compilations, truncation ────────────────────────────────────────

/** A related-articles header, alone on its line: - 相关推荐, 【…】相关文章:, 推荐阅读：, 猜你喜欢. */
const RELATED_HEADER =
  /^[-*·•▪◆●►>]*\s*(?:(?:【[^】\n]{1,60}】|\[[^\]\n]{1,60}\])\s*)?(?:更多|热门|精选|精彩|最新|本文)?(?:相关|推荐|延伸|热门|热点|精彩|猜你|为你|最新)(?:的)?(?:推荐|文章|阅读|范文|内容|链接|专题|搜索|喜欢|感兴趣(?:的)?(?:文章|内容)?|热搜|资料)(?:推荐|列表)?\s*[:：]?$/u;
/** A title line of such a list, ending in its date: 环保局上半年工作总结08-26, …2023-07-04. */
const DATED_TITLE_LINE =
  /^(?:[-*·•▪◆●►>]\s*)?[^\s。，；！？,;!?：:]{2,60}?\s*[（([【]?(?:(?:19|20)[0-9]{2}[-/.])?[01]?[0-9][-/.][0-3]?[0-9][)）\]】]?(?: [0-2]?[0-9]:[0-5][0-9])?$/u;
/**
 * Under a header, an undated list item that reads as a document title counts
 * too (· 社区党建工作总结, 2. 街道工作计划范文); a bare title line is the
 * draft's own title, which a header may precede.
 */
const TITLE_LINE =
  /^(?:[-*·•▪◆●►>]\s*|[0-9]{1,2}[.、]\s*)[^\s。，；！？,;!?：:]{2,40}(?:总结|计划|方案|报告|材料|讲话|发言|心得|体会|范文|汇报|意见|通知|制度|说明|讲稿|大全|精选)(?:[（(][^）)]{1,10}[)）])?$/u;
/** Without a header, this many dated title lines in a row are a list too. */
const HEADERLESS_LIST_LENGTH = 3;

/** Count of a compilation after its title: (共7篇), （精选10篇）, 【通用5篇】, (精选范文). */
const COMPILATION_COUNT =
  /[（(【[] ?(?:(?:精选|通用|优选|热门|推荐|最新|优秀|经典|实用|汇总|合集)? ?(?:共|合计)? ?[0-9一二三四五六七八九十两]+ ?篇 ?(?:精选|范文|合集)?|(?:精选|合集|汇总|大全|范文|范例|通用版|优选|word版|可编辑){1,3}) ?[)）】\]]/giu;
/** Where a site cut the text: 未完，全文共3200字 / (未完待续) / 点击阅读全文 / 剩余2000字. */
const TRUNCATION = new RegExp(
  String.raw`(?:[（(] ?)?(?:未完(?!(?!待续)\p{Script=Han})[，,、]?(?:待续)?[，,]? ?(?:(?:全文|本文)共? ?[0-9,，]+ ?字(?:[，,]? ?(?:当前|已)?(?:显示|展示) ?[0-9,，]+ ?字)?)?(?:[，,]? ?(?:请|点击)?(?:继续)?(?:阅读|查看|下载)(?:全文|原文)?)?|(?:全文|本文)共计? ?[0-9,，]+ ?字(?:[，,] ?${READING_TIME})?|${READING_TIME}|(?:点击|继续)?(?:阅读|查看|展开|下载)全文|剩余 ?[0-9,，]+ ?字(?:未读)?|余下全文|试读结束|${PREVIEW_COUNT}) ?[)）]?(?:\.{3,}|…+)?`,
  'gu',
);

// ── Page chrome: the page's buttons, bars and labels ───────────────────────

const LONGEST_BANNER_LINE = 40;
/** What a banner puts around its button: arrows, stars, spaces. */
const DECORATION = String.raw`[\s>»›→↓↑←▼▲★☆]`;
/**
 * A short line ending in a bare call to action is a banner or a button (…写作神器！ 立即了解,
 * 下载本文档, ↓ 点击这里免费下载 ↓): the action stands alone, or a click tells the visitor where.
 */
const CALL_TO_ACTION_LINE = new RegExp(
  String.raw`(?:^|[\s,，!！。:：|｜·\-—]|^${DECORATION}*(?:请)?(?:点击|长按)[^。，；！？]{0,12}?)${CALL_TO_ACTION}${DECORATION}*$`,
  'iu',
);

/** A line of nothing but layout glyphs: a pop-up's close cross, a toolbar's pipes. */
const LAYOUT_GLYPH_LINE = new RegExp(String.raw`^(?:${LAYOUT_GLYPH}\s*)+$`, 'u');
/** A toolbar: page buttons and nothing else, two or more (举报 | 收藏 | 分享). */
const TOOLBAR_BUTTON = new RegExp(`^${PAGE_BUTTON}$`, 'u');
const TOOLBAR_SEPARATOR = /[\s|｜·/]+/u;
/** A breadcrumb without its label: three or more short steps between arrows (某某范文站 > 总结 > 年终总结). */
const BREADCRUMB_ARROW = /[>»›＞]/u;
const BREADCRUMB_STEPS = 3;
const LONGEST_BREADCRUMB_STEP = 12;
/** A breadcrumb: where it starts, then at least one step after a separator (当前位置：首页 > 总结). */
const BREADCRUMB_LINE = new RegExp(`^${BREADCRUMB_START}.*${BREADCRUMB_SEPARATOR}`, 'u');
const PAGE_FIELDS = new RegExp(PAGE_FIELD, 'gu');
const PAGE_TOOLS = new RegExp(PAGE_TOOL, 'u');
/** A line that is only a site's name: 范文网, 文秘之家, 某某文档, www.example.com. */
const SITE_NAME_LINE =
  /^(?:[\p{Script=Han}A-Za-z0-9]{1,10}(?:网|网站|文库|文档|之家|之音|范文|资料库)|(?:[A-Za-z0-9-]+\.)+(?:com|cn|net))$/u;
/** A line of use counters (评论(0), 收藏：3 分享：1) may carry this much of a label. */
const LONGEST_COUNTER_LABEL = 6;
const USE_COUNTERS = new RegExp(USE_COUNTER, 'gu');
const PAGE_SECTION_LINE = new RegExp(String.raw`^${PAGE_SECTION}\s*[:：]?$`, 'u');
/** The caption of one page image of a preview: <title>_第3页. */
const PAGE_IMAGE_CAPTION_LINE = /^[^\s。，；！？]{2,60}?[_＿\-—]\s*第\s*[0-9]+\s*页$/u;
/** A related-list header with the start of an article after it on its line: 推荐阅读：<teaser>. */
const RELATED_TEASER_LINE =
  /^(?:更多|热门|精选|精彩|最新)?(?:相关|推荐|延伸|热门|精彩|猜你|为你)(?:推荐|文章|阅读|范文|链接|喜欢)(?:推荐)?\s*[:：]\s*\S/u;
/** A bar of short titles between separators: 工作总结 | 工作计划 | 述职报告 (a table's row has cells, not genres). */
const TITLE_BAR_SEPARATOR = /[|｜]/u;
const TITLES_IN_A_BAR = 3;
const LONGEST_TITLE_IN_BAR = 24;
const TITLE_IN_BAR = new RegExp(`(?:${DOCUMENT_GENRE}|${SITE_COPY_LABEL}|模板|大全|怎么写)$`, 'u');
/** Counting what a document does too (阅读（2）, 下载（3）): alone on a line such a count may be a heading's. */
const ACTIVITY_COUNTER = /^(?:阅读|下载|浏览|学习|分享)\s*[(（]/u;

// ── A compilation's labels on a title ──────────────────────────────────────

/**
 * The site's label after a genre: 工作总结范文, 实施方案范例, with the year some sites add (讲话稿范文2024年).
 * The genre is looked behind from after the label: a pattern that opens with a lookbehind is tried at every
 * character of the draft, one that opens with the label only where 范 stands.
 */
const COPY_LABEL = new RegExp(
  String.raw`${SITE_COPY_LABEL}(?<=${DOCUMENT_GENRE}${SITE_COPY_LABEL})(?:大全|精选|汇总|合集)?(?:\s*(?:19|20)[0-9]{2}年?(?![0-9]))?`,
  'gu',
);
/** A piece's number or the count of pieces at the end of a title: …方案篇二, …总结范文 篇3, …报告最新6篇. */
const PIECE_NUMBER_AFTER_TITLE = new RegExp(
  `(?<=${DOCUMENT_GENRE}(?:${SITE_COPY_LABEL})?) ?(?:篇 ?${PIECE_NUMERAL}|(?:最新|精选|通用|优秀|热门|实用|经典)? ?${PIECE_NUMERAL} ?篇)$`,
  'u',
);
/** A piece's number before a title: 第2篇 <title>. */
const PIECE_NUMBER_BEFORE_TITLE = new RegExp(String.raw`^第\s*${PIECE_NUMERAL}\s*篇\s*`, 'u');
const TITLE_ENDING = new RegExp(`${DOCUMENT_GENRE}(?:${SITE_COPY_LABEL})?$`, 'u');
const LONGEST_TITLE = 40;
const SENTENCE_PUNCTUATION = /[。，；！？,;!?]/u;

// ── The site's voice inside a line ─────────────────────────────────────────

const OFFER = new RegExp(OFFER_TO_VISITOR, 'gu');
/** How far back on its line an offer's slogan may start (精选优质文档-倾情为你奉上). */
const LONGEST_SLOGAN = 20;
const RIGHTS_CLAIMS = new RegExp(RIGHTS_CLAIM, 'gu');
const COPY_BAN_AFTER = new RegExp(`^${COPY_BAN}`, 'u');
/** The same claim as a sentence sees it, without the document's tokens: a name-like run, then the ban. */
const WEDGED_RIGHTS_CLAIM = new RegExp(
  String.raw`(?:${RIGHTS_CLAIM})[\p{Script=Han}A-Za-z0-9.]{2,12}?(?:所有)?(?:${COPY_BAN})`,
  'gu',
);
const SUPPORT_PLEAS = new RegExp(SUPPORT_PLEA, 'gu');

export default defineRule<MessageId>({
  meta: {
    id: 'template-residue',
    name: { zh: '范文残留', en: 'Template residue' },
    category: 'residue',
    defaultSeverity: 'error',
    fixable: 'safe',
    // The block goes whole, with the website's dates and counts in it.
    fixDigits: 'deleted-with-span',
    scope: 'document',
    description: {
      zh: '范文网站的残留：版权水印（XX网版权所有）、“原创:http://”、编者引导语（本站为你精心整理…欢迎咨询）、付费标记（##paidbegin##）、“相关文章/推荐阅读”列表、合集篇数（共7篇）、截断提示（未完，全文共N字）。',
      en: 'Residue of the template website: watermarks (XX网版权所有), “原创:http://”, the site’s editorial asides (本站为你精心整理…欢迎咨询), paywall markers (##paidbegin##), “related articles” lists, compilation counts ((共7篇)), truncation notices (未完，全文共N字).',
    },
    messages: {
      watermark: {
        zh: '“{text}”是范文网站的版权水印或来源标记，请删除。',
        en: '“{text}” is the template website’s watermark or source label; delete it.',
      },
      siteNotice: {
        zh: '“{text}”是范文网站的引导语或广告，不属于正文，请删除。',
        en: '“{text}” is the template website’s own notice or advertisement, not part of the draft; delete it.',
      },
      pageMarkup: {
        zh: '“{text}”是网页残留（链接、付费标记、导航或页码），请删除。',
        en: '“{text}” is left over from the web page (a link, paywall marker, navigation or page count); delete it.',
      },
      relatedArticles: {
        zh: '从“{header}”开始的是范文网站的相关文章列表，请删除。',
        en: 'The list starting at “{header}” is the template website’s related-articles list; delete it.',
      },
      compilationTitle: {
        zh: '“{text}”是范文网站合集的篇数标记，请删除。',
        en: '“{text}” is the template website’s compilation count; delete it.',
      },
      truncationNotice: {
        zh: '“{text}”是范文网站的截断提示，正文可能不完整：请删除提示，并核对内容是否完整。',
        en: '“{text}” is the template website’s truncation notice; the text may be incomplete: delete it and check the content.',
      },
    },
  },
  check({ document, report }) {
    const pieces = [...findListsAndLines(document), ...findInlinePieces(document), ...findSiteVoiceSentences(document)];
    for (const block of toBlocks(document, pieces)) {
      const text = document.text.slice(block.start, block.end);
      const firstLine = text.split(/\r\n|[\n\r\u2028\u2029]/u)[0]!.trim();
      report({
        offset: block.start,
        length: block.end - block.start,
        messageId: block.kind,
        data: { text: ellipsize(text), header: ellipsize(firstLine) },
        fix: { offset: block.fixStart, length: block.fixEnd - block.fixStart, text: '' },
      });
    }
  },
});

// ── Whole lines ─────────────────────────────────────────────────────────────

function contentBounds(paragraph: Paragraph): { start: number; end: number } | undefined {
  const leading = paragraph.text.length - paragraph.text.trimStart().length;
  const trimmed = paragraph.text.trim();
  if (!trimmed) return undefined;
  return { start: paragraph.start + leading, end: paragraph.start + leading + trimmed.length };
}

const LONGEST_FURNITURE_LINE = 80;

function isTitleLine(paragraph: Paragraph): boolean {
  const line = paragraph.normalizedText.trim();
  return line.length <= LONGEST_FURNITURE_LINE && TITLE_LINE.test(line);
}

function isDatedTitleLine(paragraph: Paragraph): boolean {
  const line = paragraph.normalizedText.trim();
  return line.length <= LONGEST_FURNITURE_LINE && DATED_TITLE_LINE.test(line);
}

function findListsAndLines(document: AnalysisDocument): Piece[] {
  const pieces: Piece[] = [];
  const chromeLines: number[] = [];
  const { paragraphs } = document;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const bounds = contentBounds(paragraph);
    if (!bounds) continue;
    const line = paragraph.normalizedText.trim();
    if (RELATED_TEASER_LINE.test(line)) {
      pieces.push({ start: bounds.start, end: bounds.end, kind: 'relatedArticles' });
      continue;
    }
    // Page furniture is short; a long line is prose (and never worth a backtracking regex).
    if (line.length > LONGEST_FURNITURE_LINE) continue;
    for (const piece of findPieceNumbers(line, bounds)) pieces.push(piece);
    if (RELATED_HEADER.test(line)) {
      let last = index;
      for (let next = index + 1; next < paragraphs.length; next++) {
        const candidate = paragraphs[next]!;
        if (!candidate.text.trim()) continue;
        if (!isDatedTitleLine(candidate) && !isTitleLine(candidate)) break;
        last = next;
      }
      pieces.push({ start: bounds.start, end: contentBounds(paragraphs[last]!)!.end, kind: 'relatedArticles' });
      index = last;
      continue;
    }
    if (DATED_TITLE_LINE.test(line)) {
      let last = index;
      while (last + 1 < paragraphs.length && isDatedTitleLine(paragraphs[last + 1]!)) last++;
      if (last - index + 1 >= HEADERLESS_LIST_LENGTH) {
        pieces.push({ start: bounds.start, end: contentBounds(paragraphs[last]!)!.end, kind: 'relatedArticles' });
      }
      index = last;
      continue;
    }
    const kind =
      PAGE_FURNITURE_LINE.test(line) || METADATA_LINE.test(line) || FILE_CARD_LINE.test(line)
        ? 'pageMarkup'
        : pageChromeLine(line);
    if (!kind) continue;
    pieces.push({ start: bounds.start, end: bounds.end, kind });
    chromeLines.push(index);
  }
  for (const index of siteNameLinesBeside(paragraphs, chromeLines)) {
    pieces.push({ ...contentBounds(paragraphs[index]!)!, kind: 'pageMarkup' });
  }
  return pieces;
}

/**
 * A line that is nothing but a site's name (…文库, …文档, …网) is the page's
 * header or logo when it stands next to the page's chrome; alone it could be
 * a heading, so it is not residue by itself.
 */
function siteNameLinesBeside(paragraphs: readonly Paragraph[], chromeLines: readonly number[]): number[] {
  const found = new Set<number>();
  for (const index of chromeLines) {
    for (const direction of [-1, 1]) {
      let next = index + direction;
      while (next >= 0 && next < paragraphs.length && !paragraphs[next]!.text.trim()) next += direction;
      const line = paragraphs[next]?.normalizedText.trim() ?? '';
      if (SITE_NAME_LINE.test(line) && !isOfficialName(line) && !chromeLines.includes(next)) found.add(next);
    }
  }
  return [...found];
}

/** What a whole line of the page's own chrome is, if it is one: a banner, a bar, a counter, a label. */
function pageChromeLine(line: string): MessageId | undefined {
  if (line.length <= LONGEST_BANNER_LINE && CALL_TO_ACTION_LINE.test(line)) return 'siteNotice';
  if (LAYOUT_GLYPH_LINE.test(line) || BREADCRUMB_LINE.test(line) || isBreadcrumb(line)) return 'pageMarkup';
  if (isUseCounterLine(line) || isToolbar(line)) return 'pageMarkup';
  if (PAGE_SECTION_LINE.test(line) || PAGE_IMAGE_CAPTION_LINE.test(line) || isTitleBar(line)) return 'pageMarkup';
  if (isMetadataBar(line)) return 'pageMarkup';
  return undefined;
}

function isToolbar(line: string): boolean {
  const buttons = line.split(TOOLBAR_SEPARATOR).filter((button) => button !== '');
  return buttons.length >= 2 && buttons.every((button) => TOOLBAR_BUTTON.test(button));
}

function isBreadcrumb(line: string): boolean {
  const steps = line
    .split(BREADCRUMB_ARROW)
    .map((step) => step.trim())
    .filter((step) => step !== '');
  const short = (step: string) => step.length <= LONGEST_BREADCRUMB_STEP && !SENTENCE_PUNCTUATION.test(step);
  return steps.length >= BREADCRUMB_STEPS && BREADCRUMB_ARROW.test(line) && steps.every(short);
}

/** Use counters and, before them, at most a word that names the page (文档评论(0)). */
function isUseCounterLine(line: string): boolean {
  const counters = line.match(USE_COUNTERS)?.length ?? 0;
  if (counters === 0 || (counters === 1 && ACTIVITY_COUNTER.test(line))) return false;
  const rest = line.replace(USE_COUNTERS, '').replace(/[\s|｜·]+/gu, '');
  return rest.length <= LONGEST_COUNTER_LABEL && /^[\p{Script=Han}A-Za-z]*$/u.test(rest);
}

/** Three or more short pieces between separators, two or more of them titles of a genre. */
function isTitleBar(line: string): boolean {
  const pieces = line.split(TITLE_BAR_SEPARATOR).map((piece) => piece.trim());
  if (pieces.length < TITLES_IN_A_BAR) return false;
  const short = (piece: string) => piece.length >= 2 && piece.length <= LONGEST_TITLE_IN_BAR && !SENTENCE_PUNCTUATION.test(piece);
  return pieces.every(short) && pieces.filter((piece) => TITLE_IN_BAR.test(piece)).length >= 2;
}

/** Two fields of an article's metadata bar, or one and a toolbar button (发布人：… 字体：| 打印文章). */
function isMetadataBar(line: string): boolean {
  const fields = line.match(PAGE_FIELDS)?.length ?? 0;
  return fields >= 2 || (fields === 1 && PAGE_TOOLS.test(line));
}

/**
 * A compilation's numbering on a title line: 第2篇 before it, 篇三 or 最新6篇
 * after it. Only on a short title that ends in a genre, as a site's list does;
 * a plan's 第一篇 heading names a part, not a genre.
 */
function findPieceNumbers(line: string, bounds: { start: number; end: number }): Piece[] {
  if (line.length > LONGEST_TITLE || SENTENCE_PUNCTUATION.test(line)) return [];
  const pieces: Piece[] = [];
  const after = PIECE_NUMBER_AFTER_TITLE.exec(line);
  if (after) {
    const start = bounds.start + after.index + (after[0].length - after[0].trimStart().length);
    pieces.push({ start, end: bounds.end, kind: 'compilationTitle' });
  }
  const before = PIECE_NUMBER_BEFORE_TITLE.exec(line);
  if (before && TITLE_ENDING.test(line.slice(before[0].length, after ? after.index : undefined))) {
    pieces.push({ start: bounds.start, end: bounds.start + before[0].length, kind: 'compilationTitle' });
  }
  return pieces;
}

// ── Inside sentences ────────────────────────────────────────────────────────

function findInlinePieces(document: AnalysisDocument): Piece[] {
  const text = document.normalizedText;
  const pieces: Piece[] = [];
  const add = (start: number, end: number, kind: MessageId) => {
    if (end > start) pieces.push({ start, end, kind });
  };
  for (const match of text.matchAll(PAGE_MARKUP)) add(match.index, match.index + match[0].length, 'pageMarkup');
  for (const match of text.matchAll(WEB_MARKUP)) add(match.index, match.index + match[0].length, 'pageMarkup');
  for (const match of text.matchAll(URL)) {
    if (OFFICIAL_DOMAIN.test(match[0]) || isAddressOfNamedService(text, match.index)) continue;
    add(match.index, match.index + trimUrl(match[0]).length, 'pageMarkup');
  }
  for (const match of text.matchAll(ORIGINAL_LABEL)) add(match.index, match.index + match[0].length, 'watermark');
  for (const match of text.matchAll(SOURCE_LABEL)) {
    const after = match.index + match[0].length;
    const siteEnd = siteNameAfter(document, after);
    if (siteEnd !== undefined) add(match.index, siteEnd, 'watermark');
  }
  for (const match of text.matchAll(ARTICLE_BY_SITE)) {
    const after = match.index + match[0].length;
    const siteEnd = siteNameAfter(document, after);
    if (siteEnd === undefined) continue;
    const verb = STAMP_AFTER_NAME.exec(text.slice(siteEnd));
    add(match.index, siteEnd + (verb?.[0].length ?? 0), 'watermark');
  }
  for (const match of text.matchAll(COPYRIGHT)) {
    const start = siteNameBefore(document, match.index) ?? match.index;
    const end = match.index + match[0].length;
    const nameEnd = siteNameAfter(document, end + (text.slice(end).length - text.slice(end).trimStart().length)) ?? end;
    const reserved = /^,? ?(?:All Rights Reserved\.?|版权所有)/iu.exec(text.slice(nameEnd));
    add(start, nameEnd + (reserved?.[0].length ?? 0), 'watermark');
  }
  for (const piece of findSiteStamps(document)) pieces.push(piece);
  for (const piece of findRightsClaims(document)) pieces.push(piece);
  for (const match of text.matchAll(SUPPORT_PLEAS)) add(match.index, match.index + match[0].length, 'siteNotice');
  for (const match of text.matchAll(OFFER)) {
    const start = sloganStart(document, match.index);
    if (start !== undefined) add(start, match.index + match[0].length, 'siteNotice');
  }
  for (const match of text.matchAll(COPY_LABEL)) add(match.index, match.index + match[0].length, 'compilationTitle');
  for (const match of text.matchAll(BRACKETED)) {
    if (BRACKET_SIGNAL.test(match[0]) && !OFFICIAL_DOMAIN.test(match[0]) && !isAddressOfNamedService(text, match.index + 1)) {
      add(match.index, match.index + match[0].length, 'siteNotice');
    }
  }
  for (const match of text.matchAll(COMPILATION_COUNT)) add(match.index, match.index + match[0].length, 'compilationTitle');
  for (const match of text.matchAll(TRUNCATION)) add(match.index, match.index + match[0].trimEnd().length, 'truncationNotice');
  return pieces;
}

/**
 * 登录“上海市建筑幕墙管理平台”（www.yunmuqiang.cn）, 新能源云平台（http://…）:
 * a URL in brackets straight after the name of a platform, system or website
 * is the address of the service the document sends its readers to. A site's
 * own URL stands in its slogans and stamps (更多范文请访问…, 来源：…), not
 * after a name it gives.
 */
function isAddressOfNamedService(text: string, urlStart: number): boolean {
  const opening = text[urlStart - 1];
  if (opening !== '（' && opening !== '(') return false;
  if (!NAMED_SERVICE_BEFORE.test(text.slice(Math.max(0, urlStart - 1 - NAMED_SERVICE_REACH), urlStart - 1))) return false;
  // 本文来自范文网（www…）: the name is the site's own, in its stamp.
  const lineStart = Math.max(text.lastIndexOf('\n', urlStart) + 1, urlStart - SITE_VOICE_REACH);
  return !SITE_VOICE_BEFORE.test(text.slice(lineStart, urlStart));
}

/** How far back on its line a site's stamp before the name is looked for. */
const SITE_VOICE_REACH = 30;
const SITE_VOICE_BEFORE = /本文|本站|来源|来自|转载|更多|访问|下载|范文|文库/u;

/** How far back the service's name ending is looked for: its last characters and a closing quote. */
const NAMED_SERVICE_REACH = 8;
const NAMED_SERVICE_BEFORE = /(?:平台|系统|网站|官网|门户|网|云|客户端|公众号|小程序|APP|App|专栏)[”’》」]?$/u;

/** A URL ends before trailing punctuation that belongs to the sentence. */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && ".,;:!?'*)".includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** 本资料权属<site>严禁复制: a rights claim naming a site, with the ban that follows it. */
function findRightsClaims(document: AnalysisDocument): Piece[] {
  const pieces: Piece[] = [];
  const text = document.normalizedText;
  for (const match of text.matchAll(RIGHTS_CLAIMS)) {
    const siteEnd = siteNameAfter(document, match.index + match[0].length);
    if (siteEnd === undefined) continue;
    const owned = /^所有/u.exec(text.slice(siteEnd));
    const claimEnd = siteEnd + (owned?.[0].length ?? 0);
    const ban = COPY_BAN_AFTER.exec(text.slice(claimEnd));
    pieces.push({ start: match.index, end: claimEnd + (ban?.[0].length ?? 0), kind: 'watermark' });
  }
  return pieces;
}

/**
 * Where the site's slogan around an offer starts: at its line's start, with only
 * a few words before the offer. An offer inside a sentence is the document's own.
 */
function sloganStart(document: AnalysisDocument, offerStart: number): number | undefined {
  const line = document.paragraphAt(offerStart);
  const before = document.normalizedText.slice(line.start, offerStart);
  const leading = before.length - before.trimStart().length;
  const lead = before.trim();
  return lead.length <= LONGEST_SLOGAN && !SENTENCE_PUNCTUATION.test(lead) ? line.start + leading : undefined;
}

/** <site>原创 / <site>版权所有 / <site>整理: a site name straight before the stamp. */
function findSiteStamps(document: AnalysisDocument): Piece[] {
  const pieces: Piece[] = [];
  const text = document.normalizedText;
  for (const match of text.matchAll(SITE_STAMP)) {
    const start = siteNameBefore(document, match.index);
    if (start === undefined) continue;
    // 整理 follows many nouns (档案整理, 小组帮整理); it stamps only a name that can be nothing but a website.
    if (match[0].endsWith('整理') && !WEBSITE_ENDING.test(text.slice(start, match.index))) continue;
    pieces.push({ start, end: match.index + match[0].length, kind: 'watermark' });
  }
  return pieces;
}

/**
 * The start of the site name that ends at `end` (世界秘书网 in 已世界秘书网版权所有,
 * 文秘之家 in 已文秘之家原创), or undefined when no site name ends there. The
 * name ends in a site-name ending and extends back over name-like words.
 */
function siteNameBefore(document: AnalysisDocument, end: number): number | undefined {
  if (end === 0) return undefined;
  const text = document.normalizedText;
  const paragraph = document.paragraphAt(end - 1);
  const window = text.slice(Math.max(paragraph.start, end - LONGEST_SITE_NAME), end);
  const ending = SITE_NAME_ENDING.exec(window) ?? DOMAIN_ENDING.exec(window);
  if (!ending) return undefined;
  const endingStart = end - ending[0].length;
  const tokens = document.tokens(paragraph);
  let index = tokens.findIndex((token) => token.start <= endingStart && endingStart < token.end);
  if (index < 0) return undefined;
  let start = tokens[index]!.start;
  for (index -= 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (!isNameToken(token) || end - token.start > LONGEST_SITE_NAME) break;
    start = token.start;
  }
  return isOfficialName(text.slice(start, end)) ? undefined : start;
}

function isNameToken(token: Token): boolean {
  if (token.tag === 'eng' || token.tag === 'm') return /^[A-Za-z0-9]/u.test(token.text);
  if (token.text === '.' || token.text === '-') return true;
  return isHan(token.text[0] ?? '') && !NOT_IN_A_NAME.test(token.tag);
}

/** Government bodies and their portals are cited on purpose (来源：国家统计局网站). */
function isOfficialName(name: string): boolean {
  return OFFICIAL_NAME.test(name) || OFFICIAL_DOMAIN.test(name);
}

/** End of the site name or URL starting at `start` (来源：世界秘书网), or undefined when what follows is no site. */
function siteNameAfter(document: AnalysisDocument, start: number): number | undefined {
  const text = document.normalizedText;
  const url = new RegExp(`^(?:${URL.source}|${DOMAIN.source})`, 'iu').exec(text.slice(start));
  if (url) return OFFICIAL_DOMAIN.test(url[0]) ? undefined : start + trimUrl(url[0]).length;
  const paragraph = document.paragraphAt(start);
  for (const token of document.tokens(paragraph)) {
    if (token.start < start) continue;
    if (!isHan(token.text[0] ?? '') || token.end - start > LONGEST_SITE_NAME) return undefined;
    const name = text.slice(start, token.end);
    if (SITE_NAME_ENDING.test(name)) return isOfficialName(name) ? undefined : token.end;
  }
  return undefined;
}

// ── Sentences in the site's voice ──────────────────────────────────────────

const SENTENCE = /[^。！？!?]+[。！？!?]*/gu;

function findSiteVoiceSentences(document: AnalysisDocument): Piece[] {
  const pieces: Piece[] = [];
  for (const paragraph of document.paragraphs) {
    for (const { start, end } of document.lineFact('template-residue/site-voice', paragraph, siteVoiceSentences)) {
      pieces.push({ start: paragraph.start + start, end: paragraph.start + end, kind: 'siteNotice' });
    }
  }
  return pieces;
}

/** The sentences of one line in the site's voice, offsets relative to the line (remembered by its text). */
function siteVoiceSentences(line: LineText): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const text = line.normalizedText;
  const preface = PREFACE_LABEL.test(text);
  let first = true;
  for (const match of text.matchAll(SENTENCE)) {
    const sentence = match[0];
    // A bracketed aside or a watermark wedged into the sentence is judged on its own (BRACKETED,
    // findRightsClaims); it does not make the sentence around it residue.
    const outsideBrackets = sentence.replace(BRACKETED, ' ').replace(WEDGED_RIGHTS_CLAIM, ' ');
    let weight = first && preface ? 1 : 0;
    first = false;
    for (const [signal, signalWeight] of SITE_VOICE_SIGNALS) if (signal.test(outsideBrackets)) weight += signalWeight;
    if (weight < SITE_VOICE_THRESHOLD) continue;
    const leading = sentence.length - sentence.trimStart().length;
    found.push({ start: match.index + leading, end: match.index + sentence.trimEnd().length });
  }
  // A preface that asks how to write the genre and offers the site's samples is the site's from its first word:
  // the sentences before the question only introduce the genre to the visitor.
  if (found.length > 0 && HOW_TO_WRITE.test(text)) {
    const leading = text.length - text.trimStart().length;
    return [{ start: leading, end: Math.max(found.at(-1)!.end, leading) }];
  }
  return found;
}

// ── Blocks and their deletion ───────────────────────────────────────────────

const COMMA = /[，,、]/u;
const CLOSING_BRACKET = /[)）】\]]/u;
const SENTENCE_END = /[。！？!?；;]/u;

/** Merges pieces that overlap or touch (across whitespace and line breaks) and works out how to delete each block. */
function toBlocks(document: AnalysisDocument, pieces: Piece[]): Block[] {
  const text = document.text;
  const sorted = [...pieces].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Piece[] = [];
  for (const piece of sorted) {
    const previous = merged.at(-1);
    if (previous && text.slice(previous.end, piece.start).trim() === '' && piece.start >= previous.start) {
      previous.end = Math.max(previous.end, piece.end);
    } else if (!previous || piece.start >= previous.end) {
      merged.push({ ...piece });
    }
  }
  return merged.map((piece) => toBlock(document, piece));
}

function toBlock(document: AnalysisDocument, piece: Piece): Block {
  const text = document.text;
  const firstParagraph = document.paragraphAt(piece.start);
  const lastParagraph = document.paragraphAt(Math.max(piece.start, piece.end - 1));
  const before = text.slice(firstParagraph.start, piece.start);
  const after = text.slice(piece.end, lastParagraph.end);
  if (before.trim() === '' && after.trim() === '') {
    // Whole lines: delete them with one line break, so no empty line is left.
    const lineEnd = lineBreakEnd(text, lastParagraph.end);
    if (lineEnd > lastParagraph.end) return { ...piece, fixStart: firstParagraph.start, fixEnd: lineEnd };
    const previousBreak = lineBreakStart(text, firstParagraph.start);
    return { ...piece, fixStart: previousBreak, fixEnd: lastParagraph.end };
  }
  let { start, end } = piece;
  const next = text[end];
  const previous = text[start - 1];
  const closesBracket = CLOSING_BRACKET.test(text[piece.end - 1] ?? '');
  if (next !== undefined && COMMA.test(next) && !closesBracket && !(previous !== undefined && SENTENCE_END.test(previous))) {
    // 已世界秘书网版权所有，顺利 → 已顺利: a watermark wedged into a clause brought its comma.
    // A bracketed aside did not: in 以人为本（本文来源于…），不断 the comma is the sentence's.
    end += 1;
  } else if (
    previous !== undefined &&
    COMMA.test(previous) &&
    (next === undefined || SENTENCE_END.test(next) || isLineBreak(next))
  ) {
    // …新情况，原创:http://。 → …新情况。
    return { ...piece, fixStart: start - 1, fixEnd: end };
  } else if (before.trim() === '' && next !== undefined && isWhitespace(next) && !isLineBreak(next)) {
    end += after.length - after.trimStart().length; // ##paidbegin##  三、… → 三、…
  }
  const findingEnd = end > piece.end && COMMA.test(text[piece.end] ?? '') ? piece.end + 1 : piece.end;
  start = piece.start;
  return { ...piece, end: findingEnd, fixStart: start, fixEnd: end };
}

function lineBreakEnd(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  return isLineBreak(text[offset]) ? offset + 1 : offset;
}

function lineBreakStart(text: string, paragraphStart: number): number {
  if (paragraphStart === 0) return 0;
  if (text.slice(paragraphStart - 2, paragraphStart) === '\r\n') return paragraphStart - 2;
  return paragraphStart - 1;
}

function ellipsize(text: string): string {
  const flat = text.replace(/\s+/gu, (run) => (/[\n\r\u2028\u2029]/u.test(run) ? ' ' : run));
  return flat.length > 30 ? `${flat.slice(0, 14)}…${flat.slice(-14)}` : flat;
}
