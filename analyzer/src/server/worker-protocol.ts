/** The messages between the server's pool and its analysis threads. */
import type { RuleFailure } from '../core/analyze.js';
import type { Finding } from '../core/finding.js';
import type { AnalyzerSettings } from '../core/settings.js';

export interface AnalysisJob {
  id: number;
  text: string;
  settings: AnalyzerSettings;
}

export interface AnalysisOutcome {
  findings: Finding[];
  ruleFailures: RuleFailure[];
}

export type WorkerReply =
  | { kind: 'ready' }
  | ({ kind: 'result'; id: number } & AnalysisOutcome)
  | { kind: 'error'; id: number; message: string };
