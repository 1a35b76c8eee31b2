/** The CLI's --help and the README's usage block say the same: every subcommand, every option. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The first code block of the README's "The CLI" section. */
const usageBlock = /## The CLI\n+```\n([\s\S]*?)```/u.exec(README)?.[1] ?? '';

/** Subcommand names, in the order `tiankong --help` lists them. */
async function subcommands(): Promise<string[]> {
  const help = (await cli(['--help'])).stdout;
  const commandList = help.slice(help.indexOf('Commands:'));
  return [...commandList.matchAll(/^ {2}([a-z]+) /gmu)].map((match) => match[1]!);
}

/** Each option of a subcommand as `--help` prints it: its short flag, if any, and its long flag. */
async function optionsOf(command: string): Promise<Array<{ short?: string; long: string }>> {
  const help = (await cli([command, '--help'])).stdout;
  return [...help.matchAll(/^ {2}(?:(-[a-z]), )?(--[a-z-]+)/gmu)]
    .map((match) => ({ short: match[1], long: match[2]! }))
    .filter((option) => option.long !== '--help');
}

/** The README lines about one subcommand: from its `tiankong <command>` line to the next command's. */
function usageOf(command: string): string {
  const lines = usageBlock.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`tiankong ${command} `) || line === `tiankong ${command}`);
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && line.startsWith('tiankong '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Whether `flag` stands in `text` as a flag of its own (`--fix`, not the start of `--fixes`). */
function mentions(text: string, flag: string): boolean {
  return new RegExp(`(^|[\\s,(])${flag}(?![\\w-])`, 'mu').test(text);
}

describe('tiankong --help', () => {
  it('lists the commands in the order of the README: the gate first, set-up last', async () => {
    expect(await subcommands()).toEqual(['lint', 'outline', 'report', 'serve', 'init', 'rules']);
    expect((await cli(['--help'])).stdout).toContain('Exit codes: 0');
  });

  it("every subcommand and each of its options is in the README's usage block", async () => {
    expect(usageBlock).not.toBe('');
    for (const command of await subcommands()) {
      const usage = usageOf(command);
      expect(usage, `tiankong ${command}`).not.toBe('');
      for (const option of await optionsOf(command)) {
        const named = mentions(usage, option.long) || (option.short !== undefined && mentions(usage, option.short));
        expect(named, `tiankong ${command} ${option.long}`).toBe(true);
      }
    }
  });
});
