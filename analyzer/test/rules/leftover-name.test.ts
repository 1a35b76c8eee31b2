import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIRECTORY } from '../helpers/fixtures.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

const draft = (title: string, ...lines: string[]) => [title, ...lines].join('\n');

testRule('leftover-name', {
  valid: [
    // Superior bodies, the draft's own place, partners, places visited, national plans.
    draft('会宁县卫生健康局工作总结', '我局认真落实市委、市政府和省卫生健康委的部署，白银市卫生健康委给予指导。'),
    draft('会宁县卫生健康局工作总结', '组织干部赴临洮县学习考察基层医疗工作经验，我县与渭源县签订对口合作协议。'),
    draft('会宁县卫生健康局工作总结', '我局按照《会宁县卫生健康局年度工作任务分解方案》分解了任务。'),
    draft('会宁县卫生健康局工作总结', '我县认真落实《“十四五”国民健康规划》和《甘肃省医疗卫生服务体系规划》。'),
    draft('会宁县卫生健康局工作总结', '我县借鉴临洮县的经验做法，比渭源县提前完成任务。'),
    // A city's draft names its own counties.
    draft('定西市生态环境局工作总结', '我局指导渭源县、临洮县完成污染源普查。'),
    // No place and no placeholder in the title: who the draft speaks for is unknown.
    draft('县卫生健康局工作总结', '我局按照《渭源县卫生健康局年度工作任务分解方案》分解了任务。'),
    // A name inside a longer word is no name.
    draft('会宁县卫生健康局工作总结', '我县广东城区商户参与义诊。'),
  ],
  invalid: [
    {
      code: draft('X县环境保护局工作总结', '我局按照《渭源县环保局年度工作任务分解与奖罚办法》分解了任务。'),
      findings: [{ text: '渭源县', messageId: 'otherPlaceInOwnDocument' }],
    },
    {
      code: draft(
        'X县环境保护局工作总结',
        '被定西市委、市政府授予“市级文明单位”称号。',
        '我局按照《渭源县环保局年度工作任务分解与奖罚办法》分解了任务。',
      ),
      description: 'the template county’s own city, found through the division data',
      findings: [
        { text: '定西市', messageId: 'templatePlace' },
        { text: '渭源县', messageId: 'otherPlaceInOwnDocument' },
      ],
    },
    {
      code: draft('会宁县卫生健康局工作总结', '近年来，我县高度重视基层医疗，临洮县各项工作稳步推进。'),
      findings: [{ text: '临洮县', messageId: 'otherPlaceForSelf' }],
    },
    {
      code: draft('会宁县卫生健康局工作总结', '全年完成各项任务。', '临洮县卫生健康局', '2024年12月20日'),
      findings: [{ text: '临洮县', messageId: 'signatureDiffers' }],
    },
  ],
});

describe('leftover-name on seed 000', () => {
  it('finds the template’s county in the documents of 我局 and its city, in a draft for X县', () => {
    const text = readFileSync(join(FIXTURES_DIRECTORY, 'seeds/000_6c49e594decc8b1e.txt'), 'utf8');
    const findings = runRule('leftover-name', text);
    expect(
      findings.filter((finding) => finding.messageId === 'otherPlaceInOwnDocument').map((finding) => finding.text),
    ).toContain('渭源县');
    expect(findings.some((finding) => finding.messageId === 'templatePlace' && finding.text === '定西市')).toBe(true);
    expect(findings.find((finding) => finding.messageId === 'templatePlace')!.message).toBe(
      '“定西市”是文中遗留的“渭源县”所在的市，标题为“X县”，请核对。',
    );
  });
});
