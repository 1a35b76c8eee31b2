/** Process entry point: wires the CLI to the real stdin/stdout and exits with its code. */
import { runCli } from './main.js';

async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readStdin(): Promise<string> {
  return (await readStdinBytes()).toString('utf8');
}

// `tiankong lint … | head` closes the pipe early: stop printing quietly, as other command-line tools do, instead of
// crashing with an unhandled EPIPE stack trace. The run goes on to its end, since the exit code is the lint result.
const hungUp = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    hungUp.add(stream);
  });
}
const writerTo = (stream: NodeJS.WriteStream) => ({ write: (text: string) => hungUp.has(stream) || stream.write(text) });

const exitCode = await runCli(process.argv.slice(2), {
  stdout: writerTo(process.stdout),
  stderr: writerTo(process.stderr),
  readStdin,
  readStdinBytes,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});
// Let stdout drain before exiting: large JSON output to a pipe is written asynchronously.
process.exitCode = exitCode;
