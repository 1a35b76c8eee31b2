import { describe, expect, it } from 'vitest';
import { analyze, buildOutline, type Outline, type OutlineNode, outlineToJson, RULES, renderOutline } from '../src/index.js';
import { outlineNodes } from '../src/outline/numbering.js';
import { listFixtures } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';

const lines = (...parts: string[]) => parts.join('\n');

/** The tree as `level marker title` lines, inline items marked with ~. */
function shape(outline: Outline): string[] {
  return outlineNodes(outline).map((node) => `${node.level} ${node.inline ? '~' : ''}${node.marker}${node.title}`);
}

function nodeAt(outline: Outline, marker: string, occurrence = 1): OutlineNode {
  const found = outlineNodes(outline).filter((node) => node.marker === marker);
  if (!found[occurrence - 1]) throw new Error(`no node ${marker} #${occurrence}`);
  return found[occurrence - 1]!;
}

describe('buildOutline', () => {
  it('reads the GB/T 9704 hierarchy 一、 （一） 1. （1） with levels, ordinals, titles and offsets', () => {
    const text = lines(
      '关于做好2024年防汛工作的通知',
      '一、总体要求',
      '坚持人民至上、生命至上。',
      '二、重点任务',
      '（一）落实防汛责任。严格落实行政首长负责制。',
      '1.压实属地责任。',
      '（1）明确包保责任人。',
      '（2）建立联络机制。',
      '2.压实部门责任。',
      '（二）做好隐患排查',
    );
    const outline = buildOutline(text);
    expect(outline.documents).toHaveLength(1);
    expect(outline.documents[0]!.title.map((line) => line.text)).toEqual(['关于做好2024年防汛工作的通知']);
    expect(shape(outline)).toEqual([
      '1 一、总体要求',
      '1 二、重点任务',
      '2 （一）落实防汛责任',
      '3 1.压实属地责任',
      '4 （1）明确包保责任人',
      '4 （2）建立联络机制',
      '3 2.压实部门责任',
      '2 （二）做好隐患排查',
    ]);
    const second = nodeAt(outline, '（二）');
    expect(second).toMatchObject({
      family: 'chinese-paren',
      ordinal: 2,
      expectedOrdinal: 2,
      placement: 'continue',
      kind: 'heading',
    });
    expect(text.slice(second.markerOffset, second.titleOffset + second.title.length)).toBe('（二）做好隐患排查');
    expect(nodeAt(outline, '（一）').end).toBe(second.markerOffset);
    expect(nodeAt(outline, '（一）').parent?.marker).toBe('二、');
  });

  it('reads what drafts really write: 1、, half-width (一) and (1), ①, 第一，, 首先/其次', () => {
    const outline = buildOutline(
      lines(
        '一、主要做法',
        '(一)加强领导',
        '1、成立领导小组',
        '(1)由局长任组长',
        '①召开专题会议',
        '②印发工作方案',
        '二、几点体会',
        '首先，领导重视是关键。',
        '其次，制度健全是保障。',
        '第三，群众参与是基础。',
      ),
    );
    expect(shape(outline)).toEqual([
      '1 一、主要做法',
      '2 (一)加强领导',
      '3 1、成立领导小组',
      '4 (1)由局长任组长',
      '5 ①召开专题会议',
      '5 ②印发工作方案',
      '1 二、几点体会',
      '2 首先，领导重视是关键',
      '2 其次，制度健全是保障',
      '2 第三，群众参与是基础',
    ]);
    expect(outlineNodes(outline).map((node) => node.ordinal)).toEqual([1, 1, 1, 1, 1, 2, 2, 1, 2, 3]);
  });

  it('reads inline enumerations (一是…二是…, 一要…) and closes a list nested inside an item with its paragraph', () => {
    const outline = buildOutline(
      lines(
        '三、今后打算',
        '一是要拓宽思路。',
        '二是要加大力度。具体来说，一是要整合力量；二是要上下联动。',
        '三是要深化内容。',
        '四、工作要求',
        '要转变作风。一要积极建设网上大厅；二要完善公开机制；三要主动接受监督。',
      ),
    );
    expect(shape(outline)).toEqual([
      '1 三、今后打算',
      '2 一是要拓宽思路',
      '2 二是要加大力度',
      '3 ~一是要整合力量',
      '3 ~二是要上下联动',
      '2 三是要深化内容',
      '1 四、工作要求',
      '2 ~一要积极建设网上大厅',
      '2 ~二要完善公开机制',
      '2 ~三要主动接受监督',
    ]);
    expect(nodeAt(outline, '三是', 1)).toMatchObject({ placement: 'continue', expectedOrdinal: 3 });
  });

  it('does not read 第一, 一是 or numbers used as ordinary words as items', () => {
    const outline = buildOutline(
      lines(
        '一、基本情况',
        '我局在全市考核中排名第一，第一季度完成投资3.5亿元，做到第一时间响应。',
        '统一是前提，说一是一。',
        '一、二季度经济运行平稳。',
        '2、3月份完成招标。',
        '3.5亿元已拨付到位。',
      ),
    );
    expect(shape(outline)).toEqual(['1 一、基本情况']);
  });

  it('finds the title, the salutation, the signature and the date', () => {
    const outline = buildOutline(
      lines(
        '青山县环境保护局2023年工作总结',
        '市环保局：',
        '今年以来，我局在县委、县政府的正确领导下，各项工作取得明显成效，现总结如下。',
        '一、主要工作',
        '全年完成减排项目12个。',
        '',
        '青山县环境保护局',
        '2024年1月5日',
      ),
    );
    const [document] = outline.documents;
    expect(document).toMatchObject({
      boundary: 'start',
      title: [{ text: '青山县环境保护局2023年工作总结', offset: 0 }],
      salutation: { text: '市环保局：' },
      signature: { text: '青山县环境保护局' },
      date: { text: '2024年1月5日' },
    });
    // The signature is not content of the last section.
    expect(nodeAt(outline, '一、').end).toBe(document!.signature!.offset);
  });

  it('splits a compilation into documents where a title, a closing date, a speech or top-level 一、 starts over', () => {
    const outline = buildOutline(
      lines(
        '创建文明机关工作总结汇编（共4篇）',
        '甲局2023年创建文明机关工作总结',
        '一、加强领导',
        '全局上下形成了齐抓共管的工作格局，创建工作扎实推进，取得了明显成效。',
        '二、强化学习',
        '乙局创建文明单位情况汇报',
        '一、主要做法',
        '二、主要成效',
        '（2011年4月18日）',
        '尊敬的验收组各位领导：',
        '一、基本情况',
        '二、主要做法',
        '为深入开展平安家庭创建活动，特制定本方案。',
        '一、指导思想',
        '二、目标任务',
      ),
    );
    expect(outline.documents.map((document) => [document.boundary, document.title.map((line) => line.text).join('')])).toEqual([
      ['start', '创建文明机关工作总结汇编（共4篇）'],
      ['title', '甲局2023年创建文明机关工作总结'],
      ['title', '乙局创建文明单位情况汇报'],
      ['closing', ''],
      ['restart', ''],
    ]);
    expect(outline.documents[2]!.date?.text).toBe('（2011年4月18日）');
    expect(outline.documents[3]!.salutation?.text).toBe('尊敬的验收组各位领导：');
    expect(outline.documents.map((document) => document.headings.map((node) => node.marker).join(''))).toEqual([
      '',
      '一、二、',
      '一、二、',
      '一、二、',
      '一、二、',
    ]);
  });

  it('restarts numbering under a new parent without a new document', () => {
    const outline = buildOutline(lines('一、主要做法', '（一）加强领导', '（二）完善制度', '二、存在问题', '（一）认识不到位'));
    expect(outline.documents).toHaveLength(1);
    expect(nodeAt(outline, '（一）', 2)).toMatchObject({ placement: 'first', expectedOrdinal: 1, level: 2 });
  });

  it('places a stripped ordinal in the sequence whose punctuation it kept, or in a sequence of its own', () => {
    const joined = buildOutline(
      lines('二、主要目标', '1、做好基础工作；', '2、完成减排任务；', '、志愿服务经常化；', '4、争创文明单位。'),
    );
    expect(nodeAt(joined, '、')).toMatchObject({
      family: 'arabic',
      ordinal: null,
      expectedOrdinal: 3,
      missingOrdinal: true,
      level: 2,
    });
    expect(nodeAt(joined, '4、')).toMatchObject({ expectedOrdinal: 4, placement: 'continue' });

    const own = buildOutline(lines('一、主要做法', '（一）理清思路', '、统一思想认识。', '、加强组织领导。', '（二）挖掘优势'));
    expect(shape(own)).toEqual([
      '1 一、主要做法',
      '2 （一）理清思路',
      '3 、统一思想认识',
      '3 、加强组织领导',
      '2 （二）挖掘优势',
    ]);
    expect(nodeAt(own, '、', 2)).toMatchObject({ family: 'unnumbered', expectedOrdinal: 2 });
  });

  it('reads l、 as 1、 only where the sequence calls for 1', () => {
    const inSequence = buildOutline(lines('（一）启动阶段', 'l、全面学习。', '2、健全机构。'));
    expect(nodeAt(inSequence, 'l、')).toMatchObject({ ordinal: 1, letterDigits: true, level: 2 });
    const alone = buildOutline(lines('（一）启动阶段', 'l、全面学习。', '（二）实施阶段'));
    expect(shape(alone)).toEqual(['1 （一）启动阶段', '1 （二）实施阶段']);
  });

  it('puts 第一部分 above 一、 and reads Word’s automatic numbering and Markdown headings', () => {
    const outline = buildOutline(
      lines(
        '# 全县经济工作报告',
        '第一部分 工作回顾',
        '## 一、经济运行',
        '㈠工业',
        '⑴规上工业',
        '⒈新增企业',
        '第二部分 工作安排',
        '一、稳增长',
      ),
    );
    expect(outline.documents[0]!.title.map((line) => line.text)).toEqual(['全县经济工作报告']);
    expect(shape(outline)).toEqual([
      '1 第一部分工作回顾',
      '2 一、经济运行',
      '3 ㈠工业',
      '4 ⑴规上工业',
      '5 ⒈新增企业',
      '1 第二部分工作安排',
      '2 一、稳增长',
    ]);
    expect(renderOutline(outline)[1]).toBe('  第一部分 工作回顾');
  });

  it('nests articles under chapters, items under sidebars, and starts a document at an attachment label', () => {
    const outline = buildOutline(
      lines(
        '第一条　为规范管理，制定本办法。',
        '第二章　申报',
        '第二条　申报单位应当具备下列条件：',
        '（一）独立法人；',
        '1.夯实基础研究。',
        '专栏1　基础理论',
        '1.数据智能理论。',
        '2.协同控制理论。',
        '2.建设技术体系。',
        '附件1',
        '申报书模板',
        '一、基本信息',
      ),
    );
    expect(shape(outline)).toEqual([
      '1 第一条为规范管理，制定本办法',
      '1 第二章申报',
      '2 第二条申报单位应当具备下列条件',
      '3 （一）独立法人',
      '4 1.夯实基础研究',
      '5 专栏1基础理论',
      '6 1.数据智能理论',
      '6 2.协同控制理论',
      '4 2.建设技术体系',
      '1 一、基本信息',
    ]);
    // The article carries on from the first chapter's numbering.
    expect(nodeAt(outline, '第二条')).toMatchObject({ placement: 'first', expectedOrdinal: 2 });
    expect(outline.documents.map((document) => [document.boundary, document.title.map((line) => line.text)])).toEqual([
      ['start', []],
      ['attachment', ['附件1', '申报书模板']],
    ]);
  });

  it('reads headings indented with en or em spaces', () => {
    expect(shape(buildOutline(lines('\u2002\u2002一、总体要求', '\u2003（一）指导思想', '\u2003（二）基本原则')))).toEqual([
      '1 一、总体要求',
      '2 （一）指导思想',
      '2 （二）基本原则',
    ]);
  });

  it('reads a stripped ordinal into the sequence its next sibling proves', () => {
    const outline = buildOutline(
      lines('一、回顾', '（一）经济运行', '（二）改革开放', '、2025年重点工作', '（一）扩大需求', '三、自身建设'),
    );
    expect(nodeAt(outline, '、')).toMatchObject({ family: 'chinese', level: 1, expectedOrdinal: 2 });
    expect(nodeAt(outline, '三、')).toMatchObject({ placement: 'continue', expectedOrdinal: 3 });
  });

  it('starts a new list after a line that ends in a colon', () => {
    const outline = buildOutline(
      lines('一、上半年工作', '主要做法：', '1.加强学习。', '2.推进项目。', '主要经验：', '1.领导重视。'),
    );
    expect(nodeAt(outline, '1.', 2)).toMatchObject({ placement: 'first', level: 2, expectedOrdinal: 1 });
    expect(nodeAt(outline, '1.', 2).parent?.marker).toBe('一、');
  });

  it('does not take a line broken inside a quotation for a heading', () => {
    const outline = buildOutline(lines('四、开展服务', '（三）坚持送科技下乡，实施“', '十、百、千、万”工程。', '（四）严把四关'));
    expect(shape(outline)).toEqual(['1 四、开展服务', '2 （三）坚持送科技下乡，实施“', '2 （四）严把四关']);
  });

  it('finds a heading run into its body, and says which sections have content', () => {
    const text = lines(
      '一、主要工作',
      '（一）做好文明单位的评选推荐工作 一直以来，教工委不断规范市级、区级文明单位的推荐评选程序。',
      '（二）强化组织领导 压实安全责任',
      '三、强化重点',
      '一是深入开展学习活动。组织学习20次。',
      '二是加强专项行动，保障群众健康 三是加大生态建设力度。完成绿化30公顷。',
    );
    const outline = buildOutline(text);
    const runIn = nodeAt(outline, '（一）').runIn!;
    expect(text.slice(runIn.offset - 2, runIn.offset + runIn.length + 2)).toBe('工作 一直');
    expect(nodeAt(outline, '（一）').title).toBe('做好文明单位的评选推荐工作');
    expect(nodeAt(outline, '（二）')).toMatchObject({ runIn: null, title: '强化组织领导 压实安全责任', hasContent: false });
    expect(nodeAt(outline, '二是')).toMatchObject({ title: '加强专项行动，保障群众健康', hasContent: false });
    expect(nodeAt(outline, '三是')).toMatchObject({ inline: true, separator: 'whitespace', hasContent: true });
    expect(nodeAt(outline, '一是')).toMatchObject({ selfContained: true, hasContent: true });
  });

  it('leaves alone news headlines whose parts a space separates', () => {
    const text = lines(
      '国际新闻：',
      '（1）美媒称美向中东地区调遣航母打击群 部分驻军人员撤离卡塔尔乌代德空军基地；',
      '（2）美国与丹麦磋商格陵兰岛问题 双方仍存“根本性分歧” 丹麦及欧洲多国将加强在格陵兰岛军事存在；',
      '（3）全国组织部长会议在京召开 各地认真学习贯彻全会精神并结合实际抓好落实。',
    );
    const outline = buildOutline(text);
    expect(nodeAt(outline, '（1）').runIn).toBeNull();
    expect(nodeAt(outline, '（2）').runIn).toBeNull();
    // A first sentence ending with a full stop is a body, comma or none.
    const runIn = nodeAt(outline, '（3）').runIn!;
    expect(text.slice(runIn.offset - 2, runIn.offset + runIn.length + 2)).toBe('召开 各地');
  });

  it('reads Traditional script and full-width digits, keeping the original text in titles', () => {
    const outline = buildOutline(lines('一、主要做法', '１．統一思想認識。', '２．加強組織領導。'));
    expect(shape(outline)).toEqual(['1 一、主要做法', '2 １．統一思想認識', '2 ２．加強組織領導']);
    expect(nodeAt(outline, '２．').ordinal).toBe(2);
  });

  it('is the same from a string and from the analysed document, and plain data', () => {
    for (const fixture of listFixtures(['seeds', 'clean'])) {
      const fromText = buildOutline(fixture.text);
      const fromAnalysis = analyze(fixture.text, { segmenter, rules: {} }).outline;
      expect(outlineToJson(fromAnalysis)).toEqual(outlineToJson(fromText));
      expect(() => JSON.stringify(fromAnalysis)).not.toThrow();
    }
  });
});

describe('outline invariants on every fixture', () => {
  for (const fixture of listFixtures()) {
    it(`holds for ${fixture.name}`, () => {
      const outline = buildOutline(fixture.text);
      let previousEnd = 0;
      for (const document of outline.documents) {
        expect(document.offset).toBeGreaterThanOrEqual(previousEnd);
        expect(document.end).toBeGreaterThanOrEqual(document.offset);
        previousEnd = document.end;
        for (const line of [...document.title, document.salutation, document.signature, document.date]) {
          if (line) expect(fixture.text.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
        }
      }
      for (const node of outlineNodes(outline)) {
        expect(fixture.text.slice(node.markerOffset, node.markerOffset + node.marker.length)).toBe(node.marker);
        expect(fixture.text.slice(node.titleOffset, node.titleOffset + node.title.length)).toBe(node.title);
        expect(node.titleOffset).toBeGreaterThanOrEqual(node.markerOffset + node.marker.length);
        expect(node.end).toBeGreaterThanOrEqual(node.titleOffset + node.title.length);
        expect(node.level).toBe(node.parent ? node.parent.level + 1 : 1);
        for (const child of node.children) {
          expect(child.markerOffset).toBeGreaterThan(node.markerOffset);
          expect(child.end).toBeLessThanOrEqual(node.end);
        }
      }
    });
  }
});

describe('outlineToJson', () => {
  it('gives document nodes with their headings as children, each with level, marker, ordinal, title, offset and children', () => {
    const [document] = outlineToJson(
      buildOutline(lines('防汛工作方案', '一、总体要求', '（一）指导思想', '各单位：一是落实责任；二是加强值守。')),
    );
    expect(document).toMatchObject({ kind: 'document', level: 0, title: '防汛工作方案', offset: 0 });
    const heading = document!.children[0]!;
    expect(heading).toEqual({
      kind: 'heading',
      level: 1,
      marker: '一、',
      ordinal: 1,
      title: '总体要求',
      offset: 7,
      end: 40,
      children: [
        expect.objectContaining({ kind: 'heading', level: 2, marker: '（一）', title: '指导思想', children: expect.any(Array) }),
      ],
    });
    expect(heading.children[0]!.children.map((item) => [item.marker, item.inline])).toEqual([
      ['一是', true],
      ['二是', true],
    ]);
  });
});

describe('outline snapshots of the seed drafts', () => {
  // The tree as a reader sees it in `tiankong outline`, with the numbering findings listed under it.
  for (const fixture of listFixtures(['seeds'])) {
    it(`match for ${fixture.name}`, async () => {
      const numberingRules = ['heading-numbering', 'empty-section'];
      const rules = Object.fromEntries(
        RULES.map((rule) => [rule.meta.id, numberingRules.includes(rule.meta.id) ? rule.meta.defaultSeverity : 'off'] as const),
      );
      const result = analyze(fixture.text, { segmenter, rules });
      const findings = result.findings;
      const rendered = [
        ...renderOutline(result.outline, { findings }),
        '',
        ...findings.map(
          (finding) =>
            `${finding.line}:${finding.column} ${finding.rule}/${finding.messageId} ${JSON.stringify(finding.text)} ${finding.message}`,
        ),
      ];
      await expect(`${rendered.join('\n')}\n`).toMatchFileSnapshot(
        `__snapshots__/outline/${fixture.name.replace('seeds/', '')}.outline`,
      );
    });
  }
});

describe('clean documents with correct numbering', () => {
  const structureRules = ['heading-numbering', 'empty-section', 'heading-style'];
  const rules = Object.fromEntries(
    RULES.map((rule) => [rule.meta.id, structureRules.includes(rule.meta.id) ? rule.meta.defaultSeverity : 'off'] as const),
  );
  for (const fixture of listFixtures(['clean'])) {
    it(`have no numbering, empty-section or heading-style finding: ${fixture.name}`, () => {
      const { findings } = analyze(fixture.text, { segmenter, rules });
      expect(findings.map((finding) => `${finding.rule} ${finding.text}`)).toEqual([]);
    });
  }
});
