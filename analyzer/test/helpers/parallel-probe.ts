/**
 * Run by test/cli-parallel.test.ts in its own process (worker threads need a
 * real entry point): lints fixture lines on two threads, with a main thread
 * slowed down so that the worker surely joins in, and prints whether every
 * result equals the serial analysis.
 */
import { isDeepStrictEqual } from 'node:util';
import { type LintJob, startParallelAnalysis } from '../../src/cli/parallel.js';
import { analyze, loadNodeJieba } from '../../src/index.js';
import { listFixtures } from './fixtures.js';

const jobs = listFixtures()
  .flatMap((fixture) => fixture.text.split('\n'))
  .filter((line) => line.length > 20)
  .slice(0, 60)
  .map((text): LintJob => ({ text, settings: { language: 'en' } }));
const parallel = startParallelAnalysis(jobs, 2, 'nodejieba');
const segmenter = loadNodeJieba();
const pause = new Int32Array(new SharedArrayBuffer(4));
const lint = (job: LintJob) => {
  const { findings, ruleFailures } = analyze(job.text, { ...job.settings, segmenter });
  return { findings, ruleFailures };
};
const { results, analysedByWorkers } = await parallel.finish((job) => {
  Atomics.wait(pause, 0, 0, 100); // a slow main thread: the worker has time to start
  return lint(job);
});
const identical = results.every((result, index) => isDeepStrictEqual(result, lint(jobs[index]!)));
process.stdout.write(JSON.stringify({ jobs: jobs.length, analysedByWorkers, identical }));
