import type { Command } from 'commander';
import { RULES } from '../../rules/index.js';
import type { CommandContext } from './context.js';

/** `tiankong rules`: every rule with its default severity, name and description. */
export function registerRulesCommand(program: Command, { io }: CommandContext): void {
  program
    .command('rules')
    .description('list the rules with their default severity')
    .action(() => {
      for (const rule of RULES) {
        io.stdout.write(
          `${rule.meta.id.padEnd(20)} ${rule.meta.defaultSeverity.padEnd(8)} ${rule.meta.name.zh}：${rule.meta.description.zh}\n`,
        );
      }
    });
}
