import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('template-residue', {
  valid: [
    '全年共办理群众来信来访120件，办结率达到98%。',
    // Real reports cite sources, portals and data on purpose.
    // A notice gives the address of the platform it sends its readers to, in brackets after the platform's name.
    '请各单位登录“上海市建筑幕墙管理平台”（www.yunmuqiang.cn，以下简称“平台”）更新账号信息，并在新能源云平台（http://sgnec.sgcc.com.cn/tariff_subsidy）完成申报。',
    '资料来源：区统计局。',
    '数据来源：国家统计局网站。',
    '在区政府门户网站（www.xxq.gov.cn）公开招标信息。',
    '区政务网发布信息300条，门户网站提供在线办事服务。',
    '以上数据仅供参考。',
    // Comparisons and a style sheet's property named in prose are no page source.
    '检测值<10%，PM2.5浓度<35微克/立方米。',
    // A report's own sizes and dates are no file card: sentences, or a field of a table.
    '附件大小不超过5 MB，全文共11页。',
    '欢迎来到美丽的千岛湖！',
    '图书馆为用户提供免费在线阅读服务，网友分享的经验值得借鉴。',
    '正文使用仿宋字体，行距固定值28磅。',
    '欢迎广大群众来电咨询。',
    '组织人员对档案进行收集整理，建立了电子目录。',
    '建设职工之家，丰富职工文化生活。',
    '开展“三下乡”活动，推荐阅读书目200种。',
    '全面整顿，取得了明显成效（详见附件1）。',
    '模范文明单位创建工作总结',
    '1月15日召开动员会，3月20日完成验收。',
    '关于印发《城区发展规划（2024年版）》的通知',
    '组织评选杰出（优秀）青年，发挥团员的模范作用。',
    '三、工作安排\n第一阶段：2024-03-01\n第二阶段：2024-04-01\n第三阶段：2024-05-01',
    '对违反八项规定的行为，依法依规严肃处理（试行）。',
    // The document's own register: a service desk, an unfinished task, an urgent instruction.
    '鼓励企业应用智能客服、在线咨询等服务方式，提升服务水平。',
    '部分群众对政策的认识尚未完全到位。',
    '各单位要立即下载并安装安全补丁。',
    '为大家呈现一场精彩的文艺演出，向大家送上新春祝福。',
    // Fields, headings and counts of a document, not of a page.
    '项目位置：县城东部工业园区\n占地面积：120亩',
    '阅读（2）\n开展全民阅读活动',
    '附表1 | 项目名称 | 金额',
    '作者：张明',
    // A plan's parts are 篇 too; so are a report's 五篇大文章.
    '第一篇 总体战略\n第一章 发展基础',
    '做好金融“五篇大文章”。',
    '认真总结推广成功范例，形成可复制的经验。',
    '附件：2.申请书模板',
    // Rights and originality in the document's own subject.
    '严禁抄袭、剽窃他人科研成果。',
    '林地权属清晰，管理规范。',
    '本规定解释权属于市人民政府办公室。',
    '鼓励支持原创性研究。',
    '群众可通过扫描二维码关注“城关发布”公众号，及时了解政策信息。',
    '各地要注意哪些问题？要把握好节奏。',
    '社区“邻里之家”\n开展志愿服务活动。',
    '当气温 > 35℃时，停止露天作业。',
    '开通企业VIP绿色通道，收藏、分享、下载政务信息更加便捷。',
  ],
  invalid: [
    {
      description: 'a site’s URL in brackets after its own name, in its stamp',
      code: '本文来自范文网（www.fanwen123.com），仅供参考。',
      findings: [{ text: '本文来自范文网（www.fanwen123.com），仅供参考。', messageId: 'siteNotice' }],
    },
    {
      code: '全年共办理群众来信来访120件，已公文写作网版权所有，办结率达到98%。',
      description: 'a watermark wedged into a sentence takes its comma',
      findings: [{ text: '公文写作网版权所有，', messageId: 'watermark' }],
    },
    {
      code: '今年上半年已文秘之家原创，顺利通过了验收。',
      findings: [{ text: '文秘之家原创，', messageId: 'watermark' }],
    },
    {
      code: '我们坚持以人为本（本文来源于范文大全网，更多范文请访问），不断提升服务水平。',
      description: 'a bracketed aside leaves the sentence its comma',
      findings: [{ text: '（本文来源于范文大全网，更多范文请访问）', messageId: 'siteNotice' }],
    },
    {
      code: '导语：下面是小编为大家整理的街道工作总结，仅供参考，希望对大家有所帮助。\n一、基本情况',
      findings: [{ text: '导语：下面是小编为大家整理的街道工作总结，仅供参考，希望对大家有所帮助。', messageId: 'siteNotice' }],
    },
    {
      code: '引言：本网站为您精心挑选了优秀材料，欢迎借鉴。今年以来，街道认真落实各项工作。',
      description: 'only the sentences in the site’s voice',
      findings: [{ text: '引言：本网站为您精心挑选了优秀材料，欢迎借鉴。', messageId: 'siteNotice' }],
    },
    {
      code: '不断完善工作制度，来源：写作吧\n提出新举措。',
      findings: [{ text: '来源：写作吧', messageId: 'watermark' }],
    },
    {
      code: '全面推进各项工作，原创：www.gongwen123.com 各项指标均完成。',
      findings: [{ text: '原创：www.gongwen123.com', messageId: 'watermark' }],
    },
    {
      code: '加强队伍建设，原创:\nhttp://提出新举措。',
      description: 'one block across a line break',
      findings: [{ text: '原创:\nhttp://', messageId: 'watermark' }],
    },
    {
      code: '《留庄镇乡村文明行动实施方案》由会员上传分享，免费在线阅读，更多相关内容在应用文档。\n一、指导思想',
      description: 'a document-sharing page speaking of the file it hosts',
      findings: [
        { text: '《留庄镇乡村文明行动实施方案》由会员上传分享，免费在线阅读，更多相关内容在应用文档。', messageId: 'siteNotice' },
      ],
    },
    {
      code: '欢迎来到天天文库\n浏览记录\nID:9724392\n大小:54.50 KB\n页数:9页\n留庄镇乡村文明行动实施方案\n- 2021-04-10 发布\n- 网站客服QQ:403074932',
      description: "a document-sharing site's card for the file",
      findings: [
        { text: '欢迎来到天天文库\n浏览记录\nID:9724392\n大小:54.50 KB\n页数:9页', messageId: 'pageMarkup' },
        { text: '- 2021-04-10 发布\n- 网站客服QQ:403074932', messageId: 'pageMarkup' },
      ],
    },
    {
      code: 'mso-bidi-font-weight:normal”>三、主要原因\n<p>全面推进工作。</p>&nbsp;\n我再强调三点要求：[标签:介绍]',
      description: "the page's source pasted with its text",
      findings: [
        { text: 'mso-bidi-font-weight:normal”>', messageId: 'pageMarkup' },
        { text: '<p>', messageId: 'pageMarkup' },
        { text: '</p>&nbsp;', messageId: 'pageMarkup' },
        { text: '[标签:介绍]', messageId: 'pageMarkup' },
      ],
    },
    {
      code: '##pay_start##二、主要做法\n年月日\n##pay_end##',
      findings: [
        { text: '##pay_start##', messageId: 'pageMarkup' },
        { text: '##pay_end##', messageId: 'pageMarkup' },
      ],
    },
    {
      code: '2023年党建工作总结范文（精选10篇）\n一、基本情况',
      description: 'the site’s label after the genre and the count are one block',
      findings: [{ text: '范文（精选10篇）', messageId: 'compilationTitle' }],
    },
    {
      code: '二、存在问题\n（未完，全文共3200字）',
      findings: [{ text: '（未完，全文共3200字）', messageId: 'truncationNotice' }],
    },
    {
      code: '三、下步打算\n更多相关推荐：\n社区党建工作总结2023-05-12\n街道年度工作计划06-30\n镇政府工作报告范文11-02',
      description: 'a related-articles header and its dated list are one block',
      findings: [
        {
          text: '更多相关推荐：\n社区党建工作总结2023-05-12\n街道年度工作计划06-30\n镇政府工作报告范文11-02',
          messageId: 'relatedArticles',
        },
      ],
    },
    {
      code: '· 猜你喜欢\n有关街道办事处的工作总结',
      description: 'a header whose list was not copied',
      findings: [{ text: '· 猜你喜欢', messageId: 'relatedArticles' }],
    },
    {
      code: '今后打算\n上一篇：社区工作总结\n下一篇：街道办事处工作计划',
      findings: [{ text: '上一篇：社区工作总结\n下一篇：街道办事处工作计划', messageId: 'pageMarkup' }],
    },
    {
      code: '经验做法如下。转载请注明出处，谢谢合作。',
      findings: [{ text: '转载请注明出处，谢谢合作。', messageId: 'siteNotice' }],
    },
    {
      code: '声明：本文内容来源于网络，如有侵权请联系删除。',
      findings: [{ text: '声明：本文内容来源于网络，如有侵权请联系删除。', messageId: 'siteNotice' }],
    },
    {
      code: '一、基本情况\n下载本文档需要消耗积分，开通VIP免费下载。',
      findings: [{ text: '下载本文档需要消耗积分，开通VIP免费下载。', messageId: 'siteNotice' }],
    },
    {
      code: '本文标签：工作总结 街道\n沪ICP备12345678号',
      findings: [{ text: '本文标签：工作总结 街道\n沪ICP备12345678号', messageId: 'pageMarkup' }],
    },
    {
      code: '街道年度工作总结（通用版）\n一、基本情况',
      findings: [{ text: '（通用版）', messageId: 'compilationTitle' }],
    },
    {
      code: '正文结束。\n相关文章：\n· 社区党建工作总结\n· 街道年度工作计划范文',
      description: 'bulleted titles without dates under a header',
      findings: [{ text: '相关文章：\n· 社区党建工作总结\n· 街道年度工作计划范文', messageId: 'relatedArticles' }],
    },
    {
      code: '正文结束。\n推荐阅读\n社区工作总结 [2024-03-27]\n街道工作计划（03-26）\n镇政府工作报告 2024-03-25 10:20',
      description: 'dates in brackets and with a time',
      findings: [
        {
          text: '推荐阅读\n社区工作总结 [2024-03-27]\n街道工作计划（03-26）\n镇政府工作报告 2024-03-25 10:20',
          messageId: 'relatedArticles',
        },
      ],
    },
    {
      code: '正文结束。\nCopyright © 2015-2024 gongwen.com All Rights Reserved',
      findings: [{ text: 'Copyright © 2015-2024 gongwen.com All Rights Reserved', messageId: 'watermark' }],
    },
    // The page around the draft: banners, buttons, bars, counters, labels.
    {
      code: '一、总体要求\n写材料不再愁，海量范文一键生成！ 免费试用\n二、主要任务',
      description: 'a banner ending in a bare call to action',
      findings: [{ text: '写材料不再愁，海量范文一键生成！ 免费试用', messageId: 'siteNotice' }],
    },
    {
      code: '一、总体要求\n↓↓ 点击这里免费下载完整版 ↓↓\n二、主要任务',
      description: 'a click telling the visitor where, between arrows',
      findings: [{ text: '↓↓ 点击这里免费下载完整版 ↓↓', messageId: 'siteNotice' }],
    },
    {
      code: '关注我们，立即加入\n✕\n\n街道年度工作总结',
      description: 'a pop-up and its close button',
      findings: [{ text: '关注我们，立即加入\n✕', messageId: 'siteNotice' }],
    },
    {
      code: '您当前的位置：网站首页 » 工作报告 » 正文\n一、总体要求',
      findings: [{ text: '您当前的位置：网站首页 » 工作报告 » 正文', messageId: 'pageMarkup' }],
    },
    {
      code: '街道工作总结\n作者：佚名 来源：互联网 更新时间：2022-04-01\n一、总体要求',
      description: 'two fields of a metadata bar',
      findings: [{ text: '作者：佚名 来源：互联网 更新时间：2022-04-01', messageId: 'pageMarkup' }],
    },
    {
      code: '一、总体要求\n材料汇编网\n收藏(12) 点赞(3)\n二、主要任务',
      description: 'use counters, and the site’s name beside them',
      findings: [{ text: '材料汇编网\n收藏(12) 点赞(3)', messageId: 'pageMarkup' }],
    },
    {
      code: '社区工作计划_第2页\n社区工作计划_第3页\n已浏览3页，剩余20页未读\n\n资料简介\n一、总体要求',
      description: 'a preview’s page images, page count and section label',
      findings: [
        { text: '社区工作计划_第2页\n社区工作计划_第3页\n已浏览3页，剩余20页未读\n\n资料简介', messageId: 'pageMarkup' },
      ],
    },
    {
      code: '一、总体要求\n相关推荐：街道办年度工作要点 | 社区党建总结 | 村委会述职报告\n二、主要任务',
      description: 'a related header with its titles on the same line',
      findings: [{ text: '相关推荐：街道办年度工作要点 | 社区党建总结 | 村委会述职报告', messageId: 'relatedArticles' }],
    },
    {
      code: '一、总体要求\n工作总结 | 工作计划 | 述职报告 | 心得体会\n二、主要任务',
      description: 'a bar of genre titles',
      findings: [{ text: '工作总结 | 工作计划 | 述职报告 | 心得体会', messageId: 'pageMarkup' }],
    },
    {
      code: '第一范文站 > 工作总结 > 年终总结\n一、总体要求',
      description: 'a breadcrumb without its label',
      findings: [{ text: '第一范文站 > 工作总结 > 年终总结', messageId: 'pageMarkup' }],
    },
    {
      code: '一、总体要求\n举报 | 收藏 | 分享\n二、主要任务',
      description: 'a toolbar of page buttons',
      findings: [{ text: '举报 | 收藏 | 分享', messageId: 'pageMarkup' }],
    },
    {
      code: '一、总体要求\n点击图片查看原图\n二、主要任务',
      findings: [{ text: '点击图片查看原图', messageId: 'siteNotice' }],
    },
    {
      code: '一、总体要求\n本文共计2134字，预计阅读时间6分钟\n二、主要任务',
      findings: [{ text: '本文共计2134字，预计阅读时间6分钟', messageId: 'truncationNotice' }],
    },
    {
      code: '一、总体要求\n温馨提示：本文档共12页，可在线预览前3页。\n二、主要任务',
      findings: [{ text: '温馨提示：本文档共12页，可在线预览前3页。', messageId: 'siteNotice' }],
    },
    // A compilation's labels on its titles.
    {
      code: '街道办事处年度工作要点篇三\n一、总体要求',
      findings: [{ text: '篇三', messageId: 'compilationTitle' }],
    },
    {
      code: '第4篇 社区党委书记述职报告\n一、总体要求',
      findings: [{ text: '第4篇 ', messageId: 'compilationTitle' }],
    },
    {
      code: '社区党委书记述职报告精选5篇\n一、总体要求',
      findings: [{ text: '精选5篇', messageId: 'compilationTitle' }],
    },
    {
      code: '村委会换届选举工作方案范例\n一、总体要求',
      findings: [{ text: '范例', messageId: 'compilationTitle' }],
    },
    // The site's voice wedged into a line or a sentence.
    {
      code: '优秀范文集锦-用心为您呈现\n一、总体要求',
      description: 'a slogan offering the visitor something',
      findings: [{ text: '优秀范文集锦-用心为您呈现', messageId: 'siteNotice' }],
    },
    {
      code: '全面推进各项重点工作落实本文档归写作宝典网所有，禁止转载，确保取得实效。',
      description: 'a rights claim and its ban wedged into a sentence, not the sentence',
      findings: [{ text: '本文档归写作宝典网所有，禁止转载，', messageId: 'watermark' }],
    },
    {
      code: '加强监督检查本资料权属材料精选站严禁复制确保整改到位。',
      findings: [{ text: '本资料权属材料精选站严禁复制', messageId: 'watermark' }],
    },
    {
      code: '我们将从三个方面推进：请大家支持正版\n一、总体要求',
      findings: [{ text: '请大家支持正版', messageId: 'siteNotice' }],
    },
    {
      code: '述职报告是对一年工作的梳理。那么，述职报告应该怎么写呢？下面是小编精心整理的述职报告，欢迎阅读。\n一、总体要求',
      description: 'a preface that asks how to write the genre is the site’s from its first sentence',
      findings: [
        {
          text: '述职报告是对一年工作的梳理。那么，述职报告应该怎么写呢？下面是小编精心整理的述职报告，欢迎阅读。',
          messageId: 'siteNotice',
        },
      ],
    },
    {
      code: '一、总体要求\n扫描下方二维码关注材料精选站，回复关键词“总结”免费领取全套资料。\n二、主要任务',
      findings: [{ text: '扫描下方二维码关注材料精选站，回复关键词“总结”免费领取全套资料。', messageId: 'siteNotice' }],
    },
    {
      code: '二、存在问题\n（未完，全文共3200字，当前显示800字）',
      findings: [{ text: '（未完，全文共3200字，当前显示800字）', messageId: 'truncationNotice' }],
    },
    {
      code: '已世界範文網版權所有,順利通過了檢查驗收。',
      description: 'Traditional script',
      findings: [{ text: '世界範文網版權所有,', messageId: 'watermark' }],
    },
  ],
});

/** Applies the fixes of the findings, from the end backwards. */
function applyFixes(code: string): string {
  const fixes = runRule('template-residue', code)
    .map((finding) => finding.fix!)
    .sort((a, b) => b.offset - a.offset);
  let text = code;
  for (const fix of fixes) text = text.slice(0, fix.offset) + fix.text + text.slice(fix.offset + fix.length);
  return text;
}

describe('template-residue fixes delete the residue and leave a sentence that reads', () => {
  it.each([
    ['今年上半年已好范文网版权所有，顺利通过了检查验收。', '今年上半年已顺利通过了检查验收。'],
    ['采伐控制在限额（本文权属公文易所有，更多文章请登录查看）之内。', '采伐控制在限额之内。'],
    ['期间，原创:http://都组织开展了文体活动。', '期间，都组织开展了文体活动。'],
    ['不断研究新情况，原创:http://。', '不断研究新情况。'],
    ['前言：本站为你精心整理了工作总结范文，欢迎咨询。\n开展创建活动。', '开展创建活动。'],
    ['##paidbegin##三、求实效\n一是', '三、求实效\n一是'],
    ['正文结束。\n年月日\n##paidend##\n', '正文结束。\n年月日\n'],
    ['工作总结（共5篇）\n正文', '工作总结\n正文'],
    ['正文。\n【街道工作总结】推荐阅读:\n社区工作总结03-27\n创建文明机关12-05', '正文。'],
    ['加强监督检查本资料权属材料精选站严禁复制确保整改到位。', '加强监督检查确保整改到位。'],
    ['第4篇 社区党委书记述职报告\n一、总体要求', '社区党委书记述职报告\n一、总体要求'],
    ['一、总体要求\n立即下载\n×\n二、主要任务', '一、总体要求\n二、主要任务'],
  ])('%s', (code, fixed) => {
    expect(applyFixes(code)).toBe(fixed);
  });

  it('marks every fix safe', () => {
    for (const finding of runRule('template-residue', '已范文网版权所有，顺利。')) expect(finding.fix).toBeDefined();
  });
});
