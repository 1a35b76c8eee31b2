import { describe, expect, it } from 'vitest';
import { compileTextPattern, textPatternProblem } from '../../src/core/text-pattern.js';
import { analyze, RULES } from '../../src/index.js';
import { testRule } from '../helpers/rule-tester.js';
import { segmenter } from '../helpers/segmenters.js';

testRule('placeholder-name', {
  valid: [
    '拍摄X光片，使用X射线检测设备。',
    '本次检查面积为3×4米，使用Windows XP系统。',
    '二○一○年工作总结',
    '在单位开展“文明科室”评选，某些单位仍需改进。',
    '全年共受理各类环境*件，*举报电话公开。',
    'Excel表格中的x轴表示时间。',
    // × as an operator ending a campaign name, like the + of “互联网+”.
    '深入实施“互联网+”“标准化×”行动。',
    // X as a variable: defined by a list after it, or used in a formula in the same paragraph.
    '推动车与X（人、车、路、云）信息交换，推行1+X证书制度。',
    '构建“1＋N＋X”体系，即1个平台、N个行业和X个场景。',
    // A Markdown heading, a file name with a year in it, a single x spaced from Han text (a variable).
    '## 工作目标\n全面完成年度任务。',
    '附件：report_2024_1.docx',
    '以 x 表示年份，计算增长率。',
    '本办法自2023.10.1起施行，于2023/10/15召开会议。',
  ],
  invalid: [
    { code: 'X县环境保护局“十一五”期间精神文明建设工作总结', findings: [{ text: 'X', messageId: 'placeholder' }] },
    {
      code: '同比增长x%，其中一、二、三产增加值分别增长x%、x%和x%。',
      description: 'a percentage still to be filled in',
      findings: [
        { text: 'x', messageId: 'placeholder' },
        { text: 'x', messageId: 'placeholder', occurrence: 2 },
        { text: 'x', messageId: 'placeholder', occurrence: 3 },
        { text: 'x', messageId: 'placeholder', occurrence: 4 },
      ],
    },
    {
      code: '今年以来，XX 开发区(XX 街道)举办“xx 法国日”活动（责任人；xx）。',
      description: 'a run of X spaced or marked off from the text by a PDF text layer or a list',
      findings: [
        { text: 'XX', messageId: 'placeholder' },
        { text: 'XX', messageId: 'placeholder', occurrence: 2 },
        { text: 'xx', messageId: 'placeholder' },
        { text: 'xx', messageId: 'placeholder', occurrence: 2 },
      ],
    },
    {
      code: '根据（澄创文办发〔20_〕43号）要求，形成社区创文工作总结20_1。',
      description: 'a year with an underscore for its last digits',
      findings: [
        { text: '20_', messageId: 'placeholder' },
        { text: '20_1', messageId: 'placeholder' },
      ],
    },
    {
      code: '县委常委在全县工作会议上的主持词201X/X/XX，会议时间：20XX-XX-XX。',
      description: 'a date with X for its digits is one placeholder',
      findings: [
        { text: '201X/X/XX', messageId: 'placeholder' },
        { text: '20XX-XX-XX', messageId: 'placeholder' },
      ],
    },
    {
      code: '在##广场拆建改造中，##同志以身作则。',
      findings: [
        { text: '##', messageId: 'placeholder' },
        { text: '##', messageId: 'placeholder', occurrence: 2 },
      ],
    },
    { code: '被省级以上新闻媒体采用近XXX篇。', findings: [{ text: 'XXX', messageId: 'placeholder' }] },
    { code: '在党组书记、局长××以身作则、率先垂范的带领下。', findings: [{ text: '××', messageId: 'placeholder' }] },
    { code: '1、高度重视机关党的建设\nxxxx局于2003年11月成立。', findings: [{ text: 'xxxx', messageId: 'placeholder' }] },
    {
      code: '在《**城周讯》刊登区委常委的文章，***办公厅转发。',
      findings: [
        { text: '**', messageId: 'placeholder' },
        { text: '***', messageId: 'placeholder' },
      ],
    },
    { code: '力争在20XX年成功创建省级文明单位。', findings: [{ text: 'XX', messageId: 'placeholder' }] },
    {
      code: '中共某某镇委员会：联系人____，电话＿＿＿＿。',
      findings: [
        { text: '某某', messageId: 'placeholder' },
        { text: '____', messageId: 'placeholder' },
        { text: '＿＿＿＿', messageId: 'placeholder' },
      ],
    },
    {
      code: '联系人：XXX；举报电话：XXXX-XXXXXXX',
      findings: [
        { text: 'XXX', messageId: 'placeholder' },
        { text: 'XXXX-XXXXXXX', messageId: 'placeholder' },
      ],
    },
    {
      code: '组织3xxxx人参加体检，较上年增长xx2.5%，年均增长x.x%，xxxx5年完成。',
      description: 'figures with x for digits',
      findings: [
        { text: '3xxxx', messageId: 'placeholder' },
        { text: 'xx2.5', messageId: 'placeholder' },
        { text: 'x.x', messageId: 'placeholder' },
        { text: 'xxxx5', messageId: 'placeholder' },
      ],
    },
    {
      code: '近年来，*镇坚持生态优先，获得*省文明乡镇称号。',
      description: 'a single asterisk for a place name',
      findings: [
        { text: '*镇', messageId: 'placeholder' },
        { text: '*省', messageId: 'placeholder' },
      ],
    },
    {
      code: '实施“数据要素X”行动，由X公司承办。',
      description: 'a Latin X before a closing mark is still a blank',
      findings: [
        { text: 'X', messageId: 'placeholder' },
        { text: 'X', occurrence: 2, messageId: 'placeholder' },
      ],
    },
    { code: 'ＸＸ市人民政府', description: 'full-width placeholders', findings: [{ text: 'ＸＸ', messageId: 'placeholder' }] },
  ],
});

describe('placeholderPatterns: a house template’s own placeholders', () => {
  const onlyThisRule = Object.fromEntries(
    RULES.map((rule) => [rule.meta.id, rule.meta.id === 'placeholder-name' ? 'error' : 'off']),
  );
  const spans = (text: string, placeholderPatterns: string[]) =>
    analyze(text, { segmenter, rules: onlyThisRule as Record<string, 'error' | 'off'>, placeholderPatterns }).findings.map(
      (finding) => `${finding.text}@${finding.offset}:${finding.messageId}`,
    );

  it('matches plain text literally, special characters included', () => {
    expect(spans('请【单位名称】于本周内报送（*）材料。', ['【单位名称】', '（*）'])).toEqual([
      '【单位名称】@1:placeholder',
      '（*）@13:placeholder',
    ]);
    expect(spans('单位名称已填写。', ['【单位名称】'])).toEqual([]);
  });

  it('takes /regular expressions/ with flags', () => {
    expect(spans('印发〔  〕号文件，报送〔2024〕3号。', ['/〔\\s*〕号/'])).toEqual(['〔  〕号@2:placeholder']);
    expect(spans('联系人：TBD，电话：tbd', ['/tbd/i'])).toEqual(['TBD@4:placeholder', 'tbd@11:placeholder']);
  });

  it('finds a Simplified pattern in a Traditional draft and a half-width one in full-width text', () => {
    expect(spans('請填寫【單位名稱】', ['【单位名称】'])).toEqual(['【單位名稱】@3:placeholder']);
    expect(spans('负责人：ＴＢＤ', ['TBD'])).toEqual(['ＴＢＤ@4:placeholder']);
  });

  it('does not report a custom match twice or on top of a built-in placeholder', () => {
    expect(spans('XX县【】【】', ['XX县', '/【】/', '【】【】'])).toEqual(['XX@0:placeholder', '【】【】@3:placeholder']);
  });

  it('ignores invalid patterns passed by a library caller instead of failing the rule', () => {
    expect(spans('X县【单位】', ['/([/', '【单位】'])).toEqual(['X@0:placeholder', '【单位】@2:placeholder']);
  });
});

describe('text patterns', () => {
  it('explains what is wrong with a pattern', () => {
    expect(textPatternProblem('【单位】')).toBeUndefined();
    expect(textPatternProblem('/〔\\s*〕号/u')).toBeUndefined();
    expect(textPatternProblem('')).toBe('a pattern must not be empty');
    expect(textPatternProblem('/([a-z]/')).toMatch(/^invalid regular expression \/\(\[a-z\]\/: /u);
    expect(textPatternProblem('/a*/')).toContain('matches the empty text');
    expect(textPatternProblem('/a/g')).toContain('flag "g" is not allowed');
  });

  it('compiles plain text to a literal, global, Unicode-aware expression', () => {
    const pattern = compileTextPattern('a.b(c)-[d]/e');
    expect(pattern.flags).toBe('gu');
    expect('xa.b(c)-[d]/e a-b(c)'.match(pattern)).toEqual(['a.b(c)-[d]/e']);
    expect(compileTextPattern('/x/is').flags).toBe('gisu');
  });
});
