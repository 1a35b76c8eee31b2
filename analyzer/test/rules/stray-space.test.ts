import { testRule } from '../helpers/rule-tester.js';

testRule('stray-space', {
  valid: [
    // After a heading marker a space is layout.
    '一、 指导思想是以新时代中国特色社会主义思想为指导，全面推进各项工作',
    // Short lines such as headings and signatures are not read.
    '转作风 提效能',
    '　　在将近半年的时间里，全面推进“五个一”服务，取得了明显成效。',
    // Article and item labels set off by a space, as regulations are laid out.
    '第三条　市住房城乡建设部门负责本市公共租赁住房的监督管理，区人民政府负责实施。',
    '第一部分 指导思想和基本原则，坚持以人民为中心的发展思想，统筹推进各项工作。',
    '(六) 具备对测试车辆事件的记录能力，并按规定保存相关数据。',
    // Spacing beside Latin letters and digits is by choice.
    '建设工业 APP商店，专业重点建设不少于 10 门课程，参与单位一般在 3 所左右。',
    // Lines with no comma or full stop: news headlines, bylines, contact lines; a name padded to three characters.
    '美媒称美向中东地区调遣航母打击群 部分驻军人员撤离卡塔尔乌代德空军基地；',
    '联系人：国家市场监督管理总局标准技术司　　苏静茹　010-82262909',
    '联系人：李　铮，电话：1891096，邮箱地址另行通知，请各单位及时报送材料。',
    // Text spaced out character by character.
    '请登录 “ 山 东 教 育 通 用 工 作 平 台 ” 填报，并于规定时间内提交。',
  ],
  invalid: [
    {
      code: '在将近半年的时间 里，全面推进 “五个一”服务。',
      findings: [
        { text: '间 里', messageId: 'spaceInText', severity: 'info' },
        { text: '进 “', messageId: 'spaceInText', severity: 'info' },
      ],
    },
  ],
});
