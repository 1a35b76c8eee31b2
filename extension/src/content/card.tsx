import type { Finding, Language } from '../analysis/finding.js';
import type { ViewportRect } from '../editors/types.js';
import { findingContext, suggestedChange } from '../ui/finding-context.js';
import { strings } from '../ui/strings.js';

export interface CardProps {
  finding: Finding;
  /** The analysed text, for the context line. */
  text: string;
  /** Where the underline is; the card opens below it (above when there is no room). */
  anchor: ViewportRect;
  language: Language;
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
  const context = findingContext(props.text, finding);
  const change = suggestedChange(finding);
  const view = globalThis as unknown as Window;
  const left = Math.max(8, Math.min(props.anchor.left, view.innerWidth - CARD_WIDTH - 8));
  const below = props.anchor.top + props.anchor.height + 6;
  const top =
    below + CARD_ESTIMATED_HEIGHT > view.innerHeight ? Math.max(8, props.anchor.top - CARD_ESTIMATED_HEIGHT - 6) : below;
  return (
    <section
      class="card"
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
        <span class="rule">{finding.rule}</span>
        <button type="button" class="close" aria-label={words.close} title={words.close} onClick={props.onClose}>
          ×
        </button>
      </header>
      <p class="message">{finding.message}</p>
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
      <div class="actions">
        {change && (
          <button type="button" class="primary" data-action="apply" onClick={props.onApply}>
            {words.apply}
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
