import { describe, expect, it } from 'vitest';
import { analyze, RULES, type RuleSetting } from '../../src/index.js';
import { SPUN_WORDS } from '../../src/rules/data/spun-words.js';
import { runRule, testRule } from '../helpers/rule-tester.js';
import { segmenter } from '../helpers/segmenters.js';

testRule('spun-word', {
  valid: [
    // A term of regulations: 消防安全义务 is what the law puts on owners (岗位责任 would be the spun one).
    '业主应当履行下列住宅物业消防安全义务，依法履行各自的消防安全义务或者责任。',
    // One measured neighbour says nothing for a word correct text writes freely (办事大厅 is a real hall, 建立 stands beside any word 建设 does).
    '完善政务办事大厅，保障旅客假日平安有序出行。',
    '优化人口发展战略，建立生育支持政策体系，秋粮收购进展总体顺利。',
    '两国应当率先停止部署核武器，向下级单位传达会议精神，指点江山。',
    // The real words the spins are made of, in their own contexts.
    '局部地区出现短时强降雨，局部有冰雹。',
    '在原有基础上开辟创新发展的新路径，开辟了新的服务渠道。',
    '水汽遇冷凝结成露珠。',
    '受灾群众生活艰难，我们送去了慰问金。',
    '知识要融会贯通于实践之中。',
    '母亲催促孩子快点起床。',
    '扎实推进平安建设，创建平安校园。',
    '精力充沛，干劲十足，深切缅怀革命先烈。',
    '这道题目很难，学生们认真思考。',
    '他对业务非常熟悉，工作中取得了很大进步。',
    '祝愿大家生活幸福美满。',
    '建筑物的构造符合抗震要求。',
    '请说明事情经过，相关部分内容另附。',
    '个人履历表已存档，坚持党的路线方针政策。',
    '依法保障适龄儿童接受义务教育，加快步伐，迈出坚实步伐。',
    // A spun word rare everywhere, beside no measured word: the kind of word beside it says nothing without other spins.
    '，扶植更高水平平安吉林。',
    // The everyday words of the newer pairs in their own senses.
    '欢迎广大民众踊跃参加，踊跃报名，鼓励群众踊跃参与。经济基础稳固，经受了严酷的考验。',
    // Any word may close a clause: the end alone is no context (形同摆设。 is correct), nor are both edges around a lone word.
    '这些规定形同摆设。\n尺度\n',
    '扩大有效供给，教育卫生资源供给更加优质，增进民生福祉，增进了解和友谊。',
    '实时监测空气质量，查核事实，把握执法尺度，防止路面凸起，民间故事广泛流传。',
    '领导十分器重他，鞭策自己不断进步。',
    // Opening a clause before a verb or a pronoun, the real words are prose's own.
    '老师的话，鞭策着我们前进。',
    '我们深切感受到，深切缅怀革命先烈。',
    '这个方法很有用，发展动力源源不竭。',
    '考虑问题十分周全，当真是一举两得。',
    '广泛博览群书，增长见识。',
    '全家人吃年夜饭，共度除夕。',
    '要掌握工作规律，遵循客观规律。',
    '公司创立于1998年，晋升为高级工程师。',
    '标新立异不可取，要继承和发扬优良传统，知足常乐。',
    '黄昏时分，他打点行装出发，这些规定形同摆设。',
    '比赛中我们始终占据上风，这是一个良好的开端。',
    // 本质 + noun is "intrinsic" (本质安全 is a technical term); 保险事故 and 保险监管 are insurance terms.
    '持续夯实企业本质安全基础，提高本质安全型企业比例。',
    '发生保险事故后及时理赔，加强保险监管。',
    // Neighbours official text does not reserve for the usual word.
    '老师的话时刻鞭策着我，这道题目很难。',
  ],
  invalid: [
    {
      code: '报告适用于向下级机关汇报工作，提交大会停止讨论，依照《国度行政机关公文处理办法》。',
      description: 'spins found in a real spun 写作要领 (上级 → 下级 where a report goes up, 进行 → 停止, 国家 → 国度)',
      findings: [
        { text: '下级机关', messageId: 'spunWord' },
        { text: '停止', messageId: 'spunWord' },
        { text: '国度', messageId: 'spunWord' },
      ],
    },
    {
      code: '社区精神文明建立的根本状况：以群众利益为动身点，推动社区进展。',
      description: 'spins found in a real spun 调研报告 (基本 → 根本, 建设 → 建立, 出发点 → 动身点, 发展 → 进展)',
      findings: [
        { text: '建立', messageId: 'spunWord' },
        { text: '根本', messageId: 'spunWord' },
        { text: '动身点', messageId: 'spunWord' },
        { text: '进展', messageId: 'spunWord' },
      ],
    },
    {
      code: '组织泛博党员干部认真学习，撰写心得体味，特殊是年轻干部。',
      findings: [
        { text: '泛博', messageId: 'spunWord' },
        { text: '心得体味', messageId: 'spunWord' },
        { text: '特殊是', messageId: 'spunWord' },
      ],
    },
    {
      code: '增强班子凝结力，凝结人心、锤炼队伍。',
      findings: [
        { text: '凝结', messageId: 'spunWord' },
        { text: '凝结', occurrence: 2, messageId: 'spunWord' },
      ],
    },
    {
      code: '弘扬求真务实、开辟创新的精神，教育干部坚固树立宗旨意识。',
      findings: [
        { text: '开辟', messageId: 'spunWord' },
        { text: '坚固', messageId: 'spunWord' },
      ],
    },
    {
      code: '使局部机关各项制度更加健全，向艰难职工发放慰问金。',
      findings: [
        { text: '局部机关', messageId: 'spunWord' },
        { text: '艰难', messageId: 'spunWord' },
      ],
    },
    {
      code: '街道形成为了齐抓共管的格局，今年完成为了全部改造任务。',
      findings: [
        { text: '形成为了', messageId: 'spunWord' },
        { text: '完成为了', messageId: 'spunWord' },
      ],
    },
    {
      code: '认真做好情况掩护工作，抓好平安生产，消除平安隐患。',
      findings: [
        { text: '情况掩护', messageId: 'spunWord' },
        { text: '平安', messageId: 'spunWord' },
        { text: '平安', occurrence: 2, messageId: 'spunWord' },
      ],
    },
    {
      code: '充沛施展党员的先锋模范感化，健全美满规章轨制。',
      findings: [
        { text: '充沛', messageId: 'spunWord' },
        { text: '施展', messageId: 'spunWord' },
        { text: '感化', messageId: 'spunWord' },
        { text: '美满', messageId: 'spunWord' },
        { text: '轨制', messageId: 'spunWord' },
      ],
    },
    {
      code: '当真贯彻会议精力，有用推进各项事情，不竭完善办事大局的举措。',
      findings: [
        { text: '当真', messageId: 'spunWord' },
        { text: '精力', messageId: 'spunWord' },
        { text: '有用', messageId: 'spunWord' },
        { text: '事情', messageId: 'spunWord' },
        { text: '不竭', messageId: 'spunWord' },
        { text: '办事', messageId: 'spunWord' },
      ],
    },
    {
      code: '同时，催促临川化工有限公司限期整改，催促检查落实情况。',
      findings: [
        { text: '催促', messageId: 'spunWord' },
        { text: '催促', occurrence: 2, messageId: 'spunWord' },
      ],
    },
    {
      code: '把党风廉政扶植贯通于工作全过程，高度器重安全工作。',
      findings: [
        { text: '扶植', messageId: 'spunWord' },
        { text: '贯通', messageId: 'spunWord' },
        { text: '器重', messageId: 'spunWord' },
      ],
    },
    {
      code: '以服务群众为已任，购制办公设备一批。',
      findings: [
        { text: '已任', messageId: 'wrongCharacter' },
        { text: '购制', messageId: 'wrongCharacter' },
      ],
    },
    {
      code: '坚持改革立异，继承推进各项工作，群众知足度明显提升。',
      findings: [
        { text: '立异', messageId: 'spunWord' },
        { text: '继承', messageId: 'spunWord' },
        { text: '知足', messageId: 'spunWord' },
      ],
    },
    {
      code: '充分发挥区位上风，加强基础设施建设，严格请求干部为民效劳。',
      findings: [
        { text: '上风', messageId: 'spunWord' },
        { text: '请求', messageId: 'spunWord' },
        { text: '效劳', messageId: 'spunWord' },
      ],
    },
    {
      code: '組織泛博黨員幹部參預志願服務。',
      description: 'Traditional script',
      findings: [
        { text: '泛博', messageId: 'spunWord' },
        { text: '參預', messageId: 'variantForm' },
      ],
    },
    {
      code: '培养了一批掌握新技术的人材，取得显着成就。',
      description: 'older written forms alone are an older writer’s spelling: info',
      findings: [
        { text: '人材', messageId: 'variantForm', severity: 'info' },
        { text: '显着', messageId: 'variantForm', severity: 'info' },
      ],
    },
    {
      code: '组织泛博干部认真学习。\n积极参预志愿服务，培养人材。',
      description: 'beside a spin elsewhere in the draft, an older form is the spinner’s too',
      findings: [
        { text: '泛博', messageId: 'spunWord' },
        { text: '参预', messageId: 'variantForm' },
        { text: '人材', messageId: 'variantForm' },
      ],
    },
    {
      code: '着力鞭策高质量发展。',
      description: 'outside its pattern, a spin between neighbours official text gives only the usual word (measured)',
      findings: [{ text: '鞭策', messageId: 'spunWord' }],
    },
    {
      code: '大力鞭策乡村旅游，加快扶植哈尔滨都市圈。组织泛博干部学习。',
      description:
        'one neighbour that official text often gives the usual word is enough for a spun word it all but never writes (大力鞭策, 加快扶植), in a draft with other spins',
      findings: [
        { text: '鞭策', messageId: 'spunWord' },
        { text: '扶植', messageId: 'spunWord' },
        { text: '泛博', messageId: 'spunWord' },
      ],
    },
    {
      code: '大力鞭策乡村旅游。',
      description:
        'one neighbour alone, in a draft with no other spin: a hint, as a rare word has collocations of its own (踊跃参与)',
      findings: [{ text: '鞭策', messageId: 'spunWord', severity: 'info' }],
    },
    {
      code: '大力鞭策乡村旅游，加快扶植哈尔滨都市圈。',
      description: 'two weak signs in one draft show a spinner: correct text all but never holds two, so both are warnings',
      findings: [
        { text: '鞭策', messageId: 'spunWord' },
        { text: '扶植', messageId: 'spunWord' },
      ],
    },
    {
      code: '考虑问题十分周全，人材辈出，显着提高。',
      description: 'older written forms are no weak sign of a spinner: an older writer spells several words the old way',
      findings: [
        { text: '人材', messageId: 'variantForm', severity: 'info' },
        { text: '显着', messageId: 'variantForm', severity: 'info' },
      ],
    },
    {
      code: '包管质量，强化项目要素包管，完善民生包管体系。',
      description:
        '包管 stands for 保证 or for 保障; the contexts say which (要素保障 is the commoner, so measured contexts read it)',
      findings: [
        { text: '包管', messageId: 'spunWord' },
        { text: '包管', occurrence: 2, messageId: 'spunWord' },
        { text: '包管', occurrence: 3, messageId: 'spunWord' },
      ],
    },
    {
      code: '，扶植更高水平平安吉林。组织泛博干部。',
      description:
        'in a draft with other spins, a spun word rare in official text and in general Chinese, beside a kind of word official text gives the usual word (an adverb after 建设)',
      findings: [
        { text: '扶植', messageId: 'spunWord' },
        { text: '泛博', messageId: 'spunWord' },
      ],
    },
    {
      code: '有讨论题目，一切事情依法办，干部头脑中扎根，成为有用的人才。组织泛博干部。',
      description:
        'everyday words that official text seldom writes are not rare in general Chinese: the kind of word beside them says nothing',
      findings: [{ text: '泛博', messageId: 'spunWord' }],
    },
    {
      code: '社会矛盾凸起，组织泛博干部。',
      description:
        'the end of a clause supports a measured word before: official text closes clauses with 突出, never with 凸起 (a warning beside other spins)',
      findings: [
        { text: '凸起', messageId: 'spunWord' },
        { text: '泛博', messageId: 'spunWord' },
      ],
    },
    {
      code: '社会矛盾凸起。',
      description: 'a measured word before and the end of a clause, with no other spin in the draft: a hint',
      findings: [{ text: '凸起', messageId: 'spunWord', severity: 'info' }],
    },
    {
      code: '充分发挥人民民众当家作主的积极性，踊跃推进横向联合，严酷规范收费，提高补助尺度，为企业供给政策支持。',
      description:
        'spins of everyday words in the contexts the swap makes (人民民众, 踊跃推进, 严酷规范, 补助尺度, 供给政策支持)',
      findings: [
        { text: '民众', messageId: 'spunWord' },
        { text: '踊跃', messageId: 'spunWord' },
        { text: '严酷', messageId: 'spunWord' },
        { text: '尺度', messageId: 'spunWord' },
        { text: '供给', messageId: 'spunWord' },
      ],
    },
    {
      code: '稳固提升汽车产业竞争优势，实时回应群众诉求，年度查核结果，加大流传力度，解决凸起问题，增进城乡融合发展。',
      description: 'more everyday words swapped in (稳固提升, 实时回应, 年度查核, 流传力度, 凸起问题, 增进城乡)',
      findings: [
        { text: '稳固', messageId: 'spunWord' },
        { text: '实时', messageId: 'spunWord' },
        { text: '查核', messageId: 'spunWord' },
        { text: '流传', messageId: 'spunWord' },
        { text: '凸起', messageId: 'spunWord' },
        { text: '增进', messageId: 'spunWord' },
      ],
    },
    {
      code: '当代中国青年生逢其时，施展才干的舞台无比广阔。',
      description: 'a rare spun word beside only the start of a clause or a weak neighbour: a hint (施展才干 is correct)',
      findings: [{ text: '施展', messageId: 'spunWord', severity: 'info' }],
    },
    {
      code: '全年经济平稳。鞭策高质量发展。',
      description: 'the start of a clause is a measured context: 推动 opens clauses in official text, 鞭策 never does',
      findings: [{ text: '鞭策', messageId: 'spunWord' }],
    },
    {
      code: '一年来，鞭策行业协会改革。',
      description: 'opening a clause before a noun, with no measured word after it: a hint (info)',
      findings: [{ text: '鞭策', messageId: 'spunWord', severity: 'info' }],
    },
    {
      code: '一年来，鞭策行业协会改革。组织泛博干部。',
      description: 'a hint in a draft that shows spins is the spinner’s too: a warning',
      findings: [
        { text: '鞭策', messageId: 'spunWord' },
        { text: '泛博', messageId: 'spunWord' },
      ],
    },
    {
      code: '不断提高干部本质，增强队伍本质和能力。',
      description: '本质 where 素质 stands alone or before 和',
      findings: [
        { text: '本质', messageId: 'spunWord' },
        { text: '本质', occurrence: 2, messageId: 'spunWord' },
      ],
    },
  ],
});

describe('spun-word fixes', () => {
  it('offer a swap found by measured context, never apply it unasked', () => {
    const [finding] = runRule('spun-word', '着力鞭策高质量发展。');
    expect(finding!.replacements).toEqual(['推动']);
    expect(finding!.fix).toBeUndefined();
  });

  it('replace the spun word with the correct one, in the script of the draft', () => {
    const fixes = (code: string) => runRule('spun-word', code).map((finding) => finding.fix);
    expect(fixes('引导泛博家庭树立低碳理念。')).toEqual([{ offset: 2, length: 2, text: '广大' }]);
    expect(fixes('組織泛博黨員幹部參預志願服務。')).toEqual([
      { offset: 2, length: 2, text: '廣大' },
      { offset: 8, length: 2, text: '參與' },
    ]);
    expect(fixes('使局部机关各项制度更加健全。')).toEqual([{ offset: 1, length: 4, text: '局机关' }]);
  });
});

describe('spun-word settings', () => {
  const rules: Record<string, RuleSetting> = Object.fromEntries(
    RULES.map((rule) => [rule.meta.id, rule.meta.id === 'spun-word' ? 'warning' : 'off']),
  );
  it('adds the spunWords pairs of the configuration', () => {
    const { findings } = analyze('切实加强队伍鼎新，推动工作落实。', { segmenter, rules, spunWords: { 鼎新: '建设' } });
    expect(findings.map((finding) => [finding.text, finding.fix?.text])).toEqual([['鼎新', '建设']]);
  });
});

describe('spun-word data', () => {
  it('marks the spun word of every entry with one pair of braces and compiles', () => {
    for (const entry of SPUN_WORDS) {
      expect(entry.pattern.split('{').length, entry.pattern).toBe(2);
      expect(entry.pattern.split('}').length, entry.pattern).toBe(2);
      expect(() => new RegExp(entry.pattern.replace('{', '(?<spun>').replace('}', ')'), 'gdu')).not.toThrow();
      expect(entry.correct).toMatch(/^\p{Script=Han}+$/u);
    }
  });
});
