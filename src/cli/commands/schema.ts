import type { Command } from 'commander';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { SCHEMA_PATH } from '../package-info.js';

export function registerSchema(program: Command, context: CommandContext): void {
  const command = program
    .command('schema')
    .description('toon het JSON Schema van het afsprakenbestand (voor editors en andere tools)')
    .action(async () => {
      const { readFile } = await import('node:fs/promises');
      context.io.stdout.write(await readFile(SCHEMA_PATH, 'utf8'));
      context.setExitCode(0);
    });
  dutchHelp(command);
}
