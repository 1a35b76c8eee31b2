import type { Finding, Language } from '../analysis/finding.js';
import { findingContext, groupByRule, type RuleGroup } from './finding-context.js';
import { isVerifyRule, ruleName } from './rule-names.js';
import { strings } from './strings.js';

export interface FindingListProps {
  findings: readonly Finding[];
  text: string;
  language: Language;
  onSelect(finding: Finding): void;
}

/**
 * The gap list: one group per rule, headed by the rule's name, each gap with
 * its line of context; the rules whose findings are to verify (figures, dates,
 * names that contradict the draft) follow under a group of their own, 需要核对.
 * Draft text is rendered as text, never as HTML.
 */
export function FindingList({ findings, text, language, onSelect }: FindingListProps) {
  const words = strings(language);
  if (findings.length === 0) return <p class="empty">{words.noGaps}</p>;
  const groups = groupByRule(findings);
  const gaps = groups.filter((group) => !isVerifyRule(group.rule));
  const toVerify = groups.filter((group) => isVerifyRule(group.rule));
  const props = { text, language, onSelect };
  return (
    <div class="groups">
      {gaps.map((group) => (
        <RuleGroupView key={group.rule} group={group} heading="h3" {...props} />
      ))}
      {toVerify.length > 0 && (
        <section class="verify" data-testid="verify-group">
          <h3 class="verify-heading">
            {words.verify}
            <span class="count">{toVerify.reduce((count, group) => count + group.findings.length, 0)}</span>
          </h3>
          <p class="hint">{words.verifyHint}</p>
          {toVerify.map((group) => (
            <RuleGroupView key={group.rule} group={group} heading="h4" {...props} />
          ))}
        </section>
      )}
    </div>
  );
}

function RuleGroupView({
  group,
  heading: Heading,
  text,
  language,
  onSelect,
}: { group: RuleGroup; heading: 'h3' | 'h4' } & Omit<FindingListProps, 'findings'>) {
  const words = strings(language);
  const severity = group.findings[0]!.severity;
  return (
    <section class="group" data-rule={group.rule}>
      <Heading class="rule-heading">
        <span class={`badge ${severity}`}>{words.severity[severity]}</span>
        <span class="rule-name">{ruleName(group.rule, language)}</span>
        <code class="rule-id" title={words.ruleId}>
          {group.rule}
        </code>
        <span class="count">{group.findings.length}</span>
      </Heading>
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
  );
}
