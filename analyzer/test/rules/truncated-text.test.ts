import { expect, it } from 'vitest';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('truncated-text', {
  valid: [
    // Congress names written in full, and 党的 before ordinary nouns.
    '二是以党的二十大胜利召开为契机，深入开展爱党爱国教育。',
    '党的十八大以来，我局坚持以人民为中心的发展思想。',
    '认真学习党的路线方针政策，以党的建设为统领，推动党的和国家的事业发展。',
    '以党的为人民服务宗旨为指导，以党的为民宗旨为根本。',
    '党的领导是做好各项工作的根本保证，党的为民宗旨必须牢记，夺取党的胜利。',
    // 同志 as a common noun, or with its name.
    '同志们，今年的任务依然艰巨。',
    '以习近平同志为核心的党中央高度重视生态文明建设。',
    '向雷锋同志学习，由王建国同志主持会议。',
    '老同志、女同志和青年同志都积极参加，同志之间互相帮助。',
    '对同志像春天般温暖，以同志式的态度开展批评。',
    // Verbs joined by 及, the verb used as a noun, 及时 and 及其.
    '加强及改进机关作风建设，做好及时上报工作。',
    '制度的落实及监督检查由办公室负责。',
    '认真做好信访接待及环境投诉热线的联动工作。',
    '加强与周边地区的合作，抓好及其他各项工作。',
    // Numbers with their measure words, labels and years.
    '全年新开工50个项目，新增规模以上企业3家，帮扶农户120户。',
    '附件1项目清单、表2企业名单见后。',
    '1项目概况',
    '2019项目建设年活动成效明显，第3项目部提前完工。',
    '完成50项目标任务，G20峰会期间保障有力。',
    // Found by writing 227 correct sentences against the rule: labels in lists, names, nouns made of verbs, 以同志 as “as a comrade”.
    '见附件1、2项目清单，具体见附录1项目分类标准和专栏2项目清单。',
    '解放军301医院专家团队来我县开展义诊活动，今年共引进985、211学校毕业生120名。',
    '重点项目推进及资金使用情况每月通报，做好政策落实及效果评估工作，监督检查开展及问题整改情况良好。',
    '彼此以同志相称，以同志的身份平等交流，不搞特殊化。',
    // A number right after a street is its house number: the project at No. 899 Anyuan Road.
    '加快推进安远路899项目，启动长安街1号项目前期工作。',
    // A number right after an opening quote starts a name.
    '推进“123项目”落地见效，“50企业”帮扶计划全面启动。',
    // Titles that name their place, and units inside a sentence.
    '全镇2024年工作要点\n城关镇2024年工作要点',
    '本区2024年计划新建学校3所，市2024年度考核结果已公布。',
    // 习 inside another word, or before 总书记; 新 meaning “newly”.
    '深入学习新时代中国特色社会主义思想，习总书记指出，要坚持人民至上。',
    '对新具有执法资格的人员进行培训，新具有的功能将逐步开放。',
    // Dots that are the text's own: full stops of a text without 。, dates, references, heading numbers.
    '政府引导,市场主导.完善推进机制',
    '纪念第38个“六.五”世界环境日。',
    '[3] 王明.城市规划原理[M].北京：出版社，2016。',
    '一.总体要求。',
  ],
  invalid: [
    {
      code: '二是以党的为契机，深入开展爱党、爱国、爱社会主义教育，以党的为指导。',
      findings: [
        { text: '党的为', messageId: 'missingCongress' },
        { text: '党的为', occurrence: 2, messageId: 'missingCongress' },
      ],
    },
    {
      code: '党的以来，全县上下凝心聚力；随着党的胜利召开，各项工作迈上新台阶。',
      findings: [
        { text: '党的以来', messageId: 'missingCongress' },
        { text: '党的胜利召开', messageId: 'missingCongress' },
      ],
    },
    {
      code: '坚持以同志为核心的党中央的坚强领导，全体干部以同志“三个代表”重要思想为指导。',
      findings: [
        { text: '以同志', messageId: 'missingName' },
        { text: '以同志', occurrence: 2, messageId: 'missingName' },
      ],
    },
    {
      code: '开展向同志学习活动。会议由同志主持，同志指出，要把作风建设抓在手上。',
      findings: [
        { text: '向同志', messageId: 'missingName' },
        { text: '由同志', messageId: 'missingName' },
        { text: '同志指出', messageId: 'missingName' },
      ],
    },
    {
      code: '我们在认真做好及环境投诉热线的联动工作的同时，抓好及安全生产检查。',
      findings: [
        { text: '做好及', messageId: 'missingObject' },
        { text: '抓好及', messageId: 'missingObject' },
      ],
    },
    {
      code: '要切实推进及资金使用工作，全区共有50、60项目。',
      description: 'a verb after an adverb still needs its object; a list of counts is not a list of labels',
      findings: [
        { text: '推进及', messageId: 'missingObject' },
        { text: '60项目', messageId: 'missingMeasure' },
      ],
    },
    {
      code: '特别是区政府50项目，新引进12企业，改造28学校。',
      findings: [
        { text: '50项目', messageId: 'missingMeasure' },
        { text: '12企业', messageId: 'missingMeasure' },
        { text: '28学校', messageId: 'missingMeasure' },
      ],
    },
    {
      code: '镇2024年工作要点\n印发《县2023年防汛工作方案》。',
      description: 'a bare unit before a year at a title’s start',
      findings: [
        { text: '镇2024', messageId: 'missingPlace' },
        { text: '县2023', messageId: 'missingPlace' },
      ],
    },
    {
      code: '以习新时代中国特色社会主义思想为指导，贯彻习系列重要讲话精神。',
      findings: [
        { text: '习新', messageId: 'missingGivenName' },
        { text: '习系列', messageId: 'missingGivenName' },
      ],
    },
    {
      code: '建设美丽新具有重要意义。',
      findings: [{ text: '新具有', messageId: 'missingNoun' }],
    },
    {
      code: '坚持中国特色.主义道路，贯彻党的.精神。',
      description: 'a dot left where a word was cut, in a text that ends its sentences in 。',
      findings: [
        { text: '色.主', messageId: 'cutWord' },
        { text: '的.精', messageId: 'cutWord' },
      ],
    },
    {
      code: '全體干部職工以同志“三個代表”重要思想為指導，認真做好及環境投訴熱線的聯動工作。',
      description: 'Traditional script',
      findings: [
        { text: '以同志', messageId: 'missingName' },
        { text: '做好及', messageId: 'missingObject' },
      ],
    },
  ],
});

it('suggests the measure word the noun takes, as a suggestion only', () => {
  const findings = runRule('truncated-text', '特别是区政府50项目，新引进12企业，改造28学校。');
  expect(findings.map((finding) => finding.replacements)).toEqual([['50个项目'], ['12家企业'], ['28所学校']]);
});
