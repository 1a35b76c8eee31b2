import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Language } from '../analysis/finding.js';
import type { ViewportRect } from '../editors/shared/types.js';
import { findingContext, suggestedChange } from '../ui/finding-context.js';
import { ruleName } from '../ui/rule-names.js';
import { strings } from '../ui/strings.js';
import { showInTopLayer } from './overlay.js';

export interface CardProps {
  finding: Finding;
  /** The analysed text, for the context line. */
  text: string;
  /** Where the underline is; the card opens below it (above when there is no room). */
  anchor: ViewportRect;
  language: Language;
  /**
   * Whether Apply is offered: `offered`, or why not — the editor just
   * `refused` the fix (its text is as it was), `damaged` it and could not
   * undo, or refused one earlier in this session (`unsupported`). Where it is
   * not offered, the card offers to copy the suggestion instead.
   */
  fixes: 'offered' | 'refused' | 'damaged' | 'unsupported';
  onApply(): void;
  onIgnore(): void;
  onTurnOffRule(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const CARD_WIDTH = 320;
const CARD_ESTIMATED_HEIGHT = 200;

/**
 * The card for one underline: what is wrong, the suggestion, and what to do.
 * Every piece of draft text is rendered as text (Preact escapes it), never as HTML.
 */
export function Card(props: CardProps) {
  const { finding, language } = props;
  const words = strings(language);
  const element = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState(false);
  // The top layer: above whatever the page stacks with a z-index, and above the underlines shown before it.
  useLayoutEffect(() => showInTopLayer(element.current), []);
  const context = findingContext(props.text, finding);
  const change = suggestedChange(props.text, finding);
  const view = globalThis as unknown as Window;
  const left = Math.max(8, Math.min(props.anchor.left, view.innerWidth - CARD_WIDTH - 8));
  const below = props.anchor.top + props.anchor.height + 6;
  const top =
    below + CARD_ESTIMATED_HEIGHT > view.innerHeight ? Math.max(8, props.anchor.top - CARD_ESTIMATED_HEIGHT - 6) : below;
  return (
    <section
      ref={element}
      class="card"
      popover="manual"
      role="dialog"
      aria-label={finding.message}
      data-rule={finding.rule}
      data-offset={finding.offset}
      style={{ left: `${left}px`, top: `${top}px` }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <header>
        <span class={`badge ${finding.severity}`}>{words.severity[finding.severity]}</span>
        {/* The rule's name is the heading; its id, which configs and "Turn off this rule" use, stays beside it, smaller. */}
        <strong class="rule-name" style={{ fontSize: '14px', color: '#1f2328' }}>
          {ruleName(finding.rule, language)}
        </strong>
        <code class="rule rule-id" title={words.ruleId}>
          {finding.rule}
        </code>
        <button type="button" class="close" aria-label={words.close} title={words.close} onClick={props.onClose}>
          ×
        </button>
      </header>
      {/* In full: for the rules to verify, the message is the evidence (the arithmetic, the title's county). */}
      <p class="message" style={{ overflowWrap: 'anywhere' }}>
        {finding.message}
      </p>
      <p class="context">
        {context.before}
        <mark>{context.target}</mark>
        {context.after}
      </p>
      <p class="suggestion">
        {change ? (
          <>
            {words.suggestion}：<code>{change.text === '' ? '∅' : change.text}</code>
          </>
        ) : (
          words.noSuggestion
        )}
      </p>
      {change && props.fixes !== 'offered' && (
        <p class="notice" data-testid="apply-refused" data-reason={props.fixes}>
          {props.fixes === 'refused'
            ? words.applyRefused
            : props.fixes === 'damaged'
              ? words.applyDamaged
              : words.applyUnsupported}
        </p>
      )}
      <div class="actions">
        {change && props.fixes === 'offered' && (
          <button type="button" class="primary" data-action="apply" onClick={props.onApply}>
            {words.apply}
          </button>
        )}
        {change && props.fixes !== 'offered' && (
          <button
            type="button"
            class="primary"
            data-action="copy"
            onClick={() => void copyText(change.text, element.current).then(setCopied)}
          >
            {copied ? words.copied : words.copySuggestion}
          </button>
        )}
        <button type="button" data-action="ignore" onClick={props.onIgnore}>
          {words.ignoreHere}
        </button>
        <button type="button" data-action="turn-off-rule" onClick={props.onTurnOffRule}>
          {words.turnOffRule}
        </button>
      </div>
    </section>
  );
}

/** Copies the suggestion: the async clipboard, else the copy command on a selected scratch field inside the card. */
async function copyText(text: string, card: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!card) return false;
    const field = card.ownerDocument.createElement('textarea');
    field.value = text;
    card.append(field);
    field.select();
    const copied = card.ownerDocument.execCommand('copy');
    field.remove();
    return copied;
  }
}
