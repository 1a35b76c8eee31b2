import { describe, expect, it } from 'vitest';
import { renderReport, VERIFY_RULES } from '../src/cli/report/render.js';
import { analyze, findRule } from '../src/index.js';
import { segmenter } from './helpers/segmenters.js';

const DRAFT = '街道2024年工作总结\n今年共培训120人，其中党员80人、群众50人。\n本次共120人参加考核，合格115人，合格率达98%。\n';

function report(text: string, language: 'zh' | 'en' = 'zh'): string {
  return renderReport({
    path: 'draft.txt',
    text,
    findings: analyze(text, { segmenter }).findings,
    format: 'text',
    sections: [],
    language,
    toolVersion: 'test',
    backend: segmenter.backend,
  });
}

describe('reviewer report: 需要核对', () => {
  it('names only rules that exist', () => {
    for (const id of VERIFY_RULES) expect(findRule(id)?.meta.id).toBe(id);
  });

  it('lists what figures, dates and names to verify, with the arithmetic, linked to the checklist', () => {
    const html = report(DRAFT);
    const section = /<section id="verify">([\s\S]*?)<\/section>/u.exec(html)?.[1];
    expect(section).toContain('<h2>需要核对 <span class="counts">(2)</span></h2>');
    expect(section).toContain('80人 + 50人 = 130人');
    expect(section).toContain('115人 ÷ 120人 ≈ 95.8%');
    const links = [...section!.matchAll(/href="#c-([0-9]+)"/gu)].map((match) => match[1]);
    expect(links).toHaveLength(2);
    for (const number of links) expect(html).toContain(`id="c-${number}" data-rule="figure-check"`);
    expect(report(DRAFT, 'en')).toContain('<h2>To verify');
  });

  it('is left out when there is nothing to verify', () => {
    expect(report('街道2024年工作总结\n今年共培训120人，其中党员80人、群众40人。\n')).not.toContain('id="verify"');
  });
});
