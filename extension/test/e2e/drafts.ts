import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths.js';

const SEEDS = join(FIXTURES, 'seeds');

/**
 * The text the E2E tests type: the title and two paragraphs of a real
 * template draft (fixtures/seeds/000), with a missing number (达项), a stray
 * page digit (并2挂, which has a suggested fix), placeholder names and
 * missing counts.
 */
export const SEED_LINES = [
  'X县环境保护局“十一五”期间精神文明建设工作总结',
  '首先，我们制定和完善了理论学习、工作调研、催促检查、考核奖罚等相关制度，在修订和完善原有制度的基础上，使局部机关各项规章制度达项，实现了用制度管人，用制度管事的目标，并按照《渭源县环保局年度工作任务分解与奖罚办法》层层分解了任务并2挂牌督办。',
  '三是不断加强环保信息的编发工作。截止“十一五”末，已累计编发《环保信息》多期，其中，被省级以上新闻媒体采用近篇，市、县级及其它新闻媒体采用近XXX篇。',
];
export const SEED_TEXT = SEED_LINES.join('\n');

/** Draft text that looks like markup: the card and the panel must show it as text. */
export const MARKUP_LINE = '<b>本季度</b>共有个<img src=x onerror=tiankongInjected=1>单位<script>tiankongInjected=2</script>参加';

/**
 * A line whose gap comes and goes with one keystroke: with the caret before
 * %, Backspace leaves 满意率达% (the percentage lost its number) and 9 puts
 * it back.
 */
export const UNDERLINE_TOGGLE_LINE = '全年群众满意率达9%';

/** A long real draft for the typing-latency benchmark: the seed drafts (fixtures/seeds) one after another, cut at 100,000 characters. */
export function longDraft(targetLength = 100_000): string {
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(SEEDS, name), 'utf8').replace(/\r\n?/gu, '\n').trim());
  let text = seeds.join('\n');
  while (text.length < targetLength) text += `\n${text}`;
  return text.slice(0, targetLength);
}
