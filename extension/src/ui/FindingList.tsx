import type { Finding, Language } from '../analysis/finding.js';
import { findingContext, groupByRule } from './finding-context.js';
import { strings } from './strings.js';

export interface FindingListProps {
  findings: readonly Finding[];
  text: string;
  language: Language;
  onSelect(finding: Finding): void;
}

/** The gap list: one group per rule, each gap with its line of context. Draft text is rendered as text, never as HTML. */
export function FindingList({ findings, text, language, onSelect }: FindingListProps) {
  const words = strings(language);
  if (findings.length === 0) return <p class="empty">{words.noGaps}</p>;
  return (
    <div class="groups">
      {groupByRule(findings).map((group) => (
        <section class="group" key={group.rule} data-rule={group.rule}>
          <h3>
            <span class={`badge ${group.findings[0]!.severity}`}>{words.severity[group.findings[0]!.severity]}</span>
            <code>{group.rule}</code>
            <span class="count">{group.findings.length}</span>
          </h3>
          <ol>
            {group.findings.map((finding) => {
              const context = findingContext(text, finding);
              return (
                <li key={`${finding.offset}:${finding.length}`}>
                  <button
                    type="button"
                    class={`finding ${finding.severity}`}
                    data-offset={finding.offset}
                    data-rule={finding.rule}
                    onClick={() => onSelect(finding)}
                  >
                    <span class="context">
                      {context.before}
                      <mark>{context.target}</mark>
                      {context.after}
                    </span>
                    <span class="message">{finding.message}</span>
                    <span class="position">
                      {finding.line}:{finding.column}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
