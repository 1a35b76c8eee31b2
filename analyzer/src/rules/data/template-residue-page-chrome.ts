/**
 * Vocabulary of the web page a 范文 or document-sharing site wraps around a
 * draft, by class rather than by site. Each class is language no document
 * uses about itself: it addresses a visitor (立即下载, 为你奉上), names the
 * page's parts (文档简介, 当前位置), or counts the page's use (评论(3)).
 * Each entry is a regular-expression source over Simplified text
 * (Traditional drafts are folded before matching), with no capturing groups.
 */

/** Genres of the documents these sites sell: a site's label follows them (工作总结范文, 实施方案篇一). */
export const DOCUMENT_GENRE =
  '(?:总结|计划|方案|策划|报告|材料|讲话稿|讲话|讲稿|发言稿|发言|致辞|演讲稿|心得体会|心得|体会|感想|汇报|述职|简报|要点|意见|通知|制度|说明|规划|申请书|倡议书|承诺书|事迹)';

/** What a site calls its own copy of a genre: 范文, 范例 (模板 also names real attachments, so it is not here). */
export const SITE_COPY_LABEL = '(?:范文|范例)';

/** A numeral as sites number the pieces of a compilation (篇一, 第3篇, 八篇). */
export const PIECE_NUMERAL = '(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})';

/**
 * A bare call to action, a button's text: a verb addressed to the visitor with
 * no object of the document's (立即了解, 免费下载, 加入我们, 继续阅读).
 */
export const CALL_TO_ACTION =
  '(?:(?:立即|马上|现在|点击|免费|在线|一键)(?:了解|下载|咨询|体验|购买|开通|注册|登录|登陆|领取|查看|阅读|试用|加入|订阅|获取|试读|预览|使用|抢购)(?:全文|详情|更多)?|加入我们|继续(?:免费)?阅读|(?:阅读|展开|查看)全文|阅读原文|查看(?:更多|原图|大图)|(?:手机)?扫码(?:阅读|查看|下载)(?:本文|全文)?|下载(?:本文档|本文|此文档|文档|全文|完整版|word版?|pdf版?))';

/**
 * Fields of an article's metadata bar, each with its colon (发布人：, 字体：,
 * 浏览次数：). One field can be a citation (来源：省统计局); two on a line are the bar.
 */
export const PAGE_FIELD =
  '(?:发布人|发布者|发布时间|发布日期|更新时间|上传时间|上传者|上传人|作者|来源|编辑|责任编辑|字体|字号|浏览(?:次数|量)?|点击(?:次数|数|量)?|阅读(?:次数|数|量)?)\\s*[:：]';

/** Buttons of the same bar that carry no colon: 打印文章, 关闭窗口, 【大 中 小】. */
export const PAGE_TOOL = '(?:打印(?:文章|本页|此页|本文)|关闭(?:窗口|本页)|【?[大中小]\\s+[大中小]\\s+[大中小]】?)';

/** What a page counts about its own use, with the count: 评论(0), 收藏：12, 点赞（3）, 25人已下载. */
export const USE_COUNTER =
  '(?:(?:评论|点赞|收藏|分享|浏览|阅读|下载|回复|转发|赞|踩)(?:数|量|次数|人数)?\\s*(?:[(（]\\s*[0-9]+\\s*[)）]|[:：]\\s*[0-9]+)|(?<![0-9])[0-9]+\\s*(?:人|次)(?:已)?(?:阅读|下载|浏览|收藏|点赞))';

/** Headings of the parts of a document-sharing page: 文档简介, 资料详情. */
export const PAGE_SECTION = '(?:文档|资料)(?:简介|介绍|预览|信息|详情|格式|大小|页数|评分|评论|标签|分类)';

/**
 * Where a breadcrumb starts: 当前位置：, 您现在的位置：, or the home page before a
 * separator. A bare 位置： is a field of a document (位置：县城东部), so a qualifier is required.
 */
export const BREADCRUMB_START =
  '(?:(?:(?:您|你)(?:现在|当前|目前)?(?:的|所在的?)|(?:当前|所在|现在)的?)位置\\s*[:：]|(?:网站)?(?:首页|主页)\\s*[>»›＞/])';
/** What separates a breadcrumb's steps. */
export const BREADCRUMB_SEPARATOR = '[>»›＞/]';

/** Glyphs a page lays out between its parts or on its buttons: a close cross, pipes, breadcrumb arrows. */
export const LAYOUT_GLYPH = '[|｜¦×✕✖╳>»›＞]';

/**
 * A site offering its wares to one visitor: 为你奉上, 给您呈现. Only 你/您: a
 * speech offers 大家 its greetings (向大家送上祝福), and 送上 is left out for the same reason.
 */
export const OFFER_TO_VISITOR = '(?:倾情|用心|精心|诚意)?(?:为|给|向)(?:你|您)(?:奉上|献上|呈上|呈现)';

/** A rights claim by the page over “this material”: 本资料权属…, 版权归属…, 本文档归…; the site's name follows. */
export const RIGHTS_CLAIM = '(?:本(?:资料|文档|文章|文|篇))?(?:权属|版权归属|版权属于?)|本(?:资料|文档|文章|文|篇)(?:版权)?归';

/** The ban that follows a site's rights claim: 严禁复制, 禁止转载、抄袭. */
export const COPY_BAN =
  '[,，]?\\s*(?:严禁|禁止|谢绝|请勿|不得)(?:复制|转载|剽窃|抄袭|盗用|传播|下载)(?:[、和及]?(?:复制|转载|剽窃|抄袭|盗用|传播))*';

/** The site asking the visitor for support: 请支持原创, 请大家支持正版网站. */
export const SUPPORT_PLEA = '请(?:大家|各位|您)?(?:多多)?支持(?:原创|正版|本站|我们)(?:网站|作品|作者)?';

/** A preview's page count: 已阅读3页，还剩12页未读, 可在线预览前3页. */
export const PREVIEW_COUNT =
  '(?:已(?:阅读|浏览|预览)\\s*[0-9]+\\s*页[,，]?\\s*)?(?:还剩|剩余|剩下)\\s*[0-9]+\\s*页(?:未读|未显示)?|(?:可|仅)(?:免费|在线)?(?:阅读|预览|试读)前\\s*[0-9]+\\s*页';

/** The buttons of a page's toolbar, a line of nothing else: 举报 | 收藏 | 分享. */
export const PAGE_BUTTON = '(?:举报|收藏|分享|打印|评论|点赞|下载|关闭|返回|纠错|顶|踩|赞)';

/** The time a page says reading it takes: 预计阅读时间6分钟, 阅读时长约3分钟. */
export const READING_TIME = '(?:预计)?阅读(?:时间|时长|需要|需)(?:约|大约)?\\s*[0-9]+\\s*分钟';
