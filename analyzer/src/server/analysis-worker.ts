/**
 * A thread of the server's pool (worker-pool.ts): it loads its own
 * segmenter, says it is ready, then analyses each text it is sent with the
 * built-in rules and sends the findings back. Nothing here outlives a
 * message, so a thread that is stopped mid-analysis loses only that one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../built-in-rules.js';
import type { AnalyzerSettings } from '../core/settings.js';
import { type BackendName, loadSegmenter } from '../segmentation/node.js';
import type { AnalysisJob, WorkerReply } from './worker-protocol.js';

const { backend } = workerData as { backend: BackendName };
const { segmenter } = loadSegmenter(backend);
// One small analysis before saying ready: the rules' first run builds their tables and warms the JIT (most of a second),
// which would otherwise fall on the first client's request.
analyze('本次会议共有个单位参加，于年月日前报送。', { segmenter });
parentPort!.postMessage({ kind: 'ready' } satisfies WorkerReply);
parentPort!.on('message', (job: AnalysisJob) => {
  let reply: WorkerReply;
  try {
    const settings: AnalyzerSettings = job.settings;
    const { findings, ruleFailures } = analyze(job.text, { ...settings, segmenter });
    reply = { kind: 'result', id: job.id, findings, ruleFailures };
  } catch (error) {
    reply = { kind: 'error', id: job.id, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
