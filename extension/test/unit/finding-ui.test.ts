import * as jieba from 'jieba-wasm';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { analyze, createJiebaWasmSegmenter, type Finding, type Language } from '../../src/analysis/analyzer-core.js';
import { Card } from '../../src/content/card.js';
import { FindingList } from '../../src/ui/FindingList.js';
import { ruleName } from '../../src/ui/rule-names.js';

// Preact renders into a linkedom document standing in for the page.
let container: HTMLElement;
const saved: Record<string, unknown> = {};
beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  for (const key of ['document', 'innerWidth', 'innerHeight']) saved[key] = (globalThis as Record<string, unknown>)[key];
  Object.assign(globalThis, { document, innerWidth: 1200, innerHeight: 800 });
  void window;
  container = document.getElementById('root') as unknown as HTMLElement;
});
afterEach(() => {
  render(null, container);
  Object.assign(globalThis, saved);
});

/** An invented draft with a stripped number, a template placeholder and a total that does not add up. */
const DRAFT = '关于开展培训工作的通知\n今年共培训120人，其中党员80人、群众50人。\n请XX单位于月底前使规章制度达项。';

function findingsOf(text: string): Finding[] {
  return analyze(text, { segmenter: createJiebaWasmSegmenter(jieba) }).findings;
}

function heading(group: Element): { name: string; id: string } {
  const title = group.querySelector('.rule-heading')!;
  return { name: title.querySelector('.rule-name')!.textContent!, id: title.querySelector('.rule-id')!.textContent! };
}

function renderList(findings: Finding[], language: Language) {
  render(h(FindingList, { findings, text: DRAFT, language, onSelect: () => {} }), container);
}

describe('the gap list (side panel and paste box)', () => {
  const findings = findingsOf(DRAFT);

  test('the draft has gaps and a figure to verify', () => {
    const rules = new Set(findings.map((finding) => finding.rule));
    expect(rules).toContain('blank-number');
    expect(rules).toContain('figure-check');
  });

  test.each(['zh', 'en'] as const)('each group is headed by the rule’s name in %s, the id beside it as a label', (language) => {
    renderList(findings, language);
    const groups = [...container.querySelectorAll('section.group')];
    expect(groups.length).toBe(new Set(findings.map((finding) => finding.rule)).size);
    for (const group of groups) {
      const rule = group.getAttribute('data-rule')!;
      const { name, id } = heading(group);
      expect(name).toBe(ruleName(rule, language));
      expect(name).not.toBe(rule);
      expect(id).toBe(rule);
      // The heading reads name first; the id is no longer what the writer reads first.
      expect(group.querySelector('.rule-heading')!.textContent!.indexOf(name)).toBeLessThan(
        group.querySelector('.rule-heading')!.textContent!.indexOf(rule),
      );
    }
    const blankNumber = groups.find((group) => group.getAttribute('data-rule') === 'blank-number')!;
    if (language === 'zh') expect(heading(blankNumber).name).toBe('缺少数字');
  });

  test('the verify rules are grouped under 需要核对 / To verify, the gaps outside it', () => {
    renderList(findings, 'zh');
    const verify = container.querySelector('[data-testid="verify-group"]')!;
    expect(verify.querySelector('.verify-heading')!.textContent).toContain('需要核对');
    const inside = [...verify.querySelectorAll('section.group')].map((group) => group.getAttribute('data-rule'));
    expect(inside).toEqual(['figure-check']);
    const outside = [...container.querySelectorAll('.groups > section.group')].map((group) => group.getAttribute('data-rule'));
    expect(outside).toContain('blank-number');
    expect(outside).not.toContain('figure-check');
    renderList(findings, 'en');
    expect(container.querySelector('[data-testid="verify-group"] .verify-heading')!.textContent).toContain('To verify');
  });

  test('without a finding to verify, there is no such group', () => {
    renderList(
      findings.filter((finding) => finding.rule !== 'figure-check'),
      'zh',
    );
    expect(container.querySelector('[data-testid="verify-group"]')).toBeNull();
  });
});

describe('the card', () => {
  const findings = findingsOf(DRAFT);

  function renderCard(finding: Finding, language: Language) {
    render(
      h(Card, {
        finding,
        text: DRAFT,
        anchor: { left: 10, top: 10, width: 20, height: 16 },
        language,
        fixes: 'offered',
        onApply() {},
        onIgnore() {},
        onTurnOffRule() {},
        onClose() {},
        onPointerEnter() {},
        onPointerLeave() {},
      }),
      container,
    );
    return container.querySelector('section.card')!;
  }

  test.each(['zh', 'en'] as const)('is headed by the rule’s name in %s, the id as a smaller label', (language) => {
    const finding = findings.find((candidate) => candidate.rule === 'blank-number')!;
    const header = renderCard(finding, language).querySelector('header')!;
    expect(header.querySelector('.rule-name')!.textContent).toBe(ruleName('blank-number', language));
    expect(header.querySelector('.rule-name')!.textContent).not.toBe('blank-number');
    expect(header.querySelector('.rule-id')!.textContent).toBe('blank-number');
    if (language === 'zh') expect(header.querySelector('.rule-name')!.textContent).toBe('缺少数字');
  });

  test('shows a figure-check finding’s message, the arithmetic, in full', () => {
    const finding = findings.find((candidate) => candidate.rule === 'figure-check')!;
    const card = renderCard(finding, 'zh');
    expect(card.querySelector('.message')!.textContent).toBe(finding.message);
    expect(finding.message).toMatch(/120/u);
    expect(card.querySelector('header .rule-name')!.textContent).toBe(ruleName('figure-check', 'zh'));
  });
});
