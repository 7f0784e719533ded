import { Option, type Command } from 'commander';
import type { FailOn } from '../../core/run.js';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { localToday, parseCheckFormat, parseCount, parseDatum, parseFailOn } from '../options.js';

export interface CheckCommandOptions {
  format: 'text' | 'json';
  failOn: FailOn;
  maxWaarschuwingen?: number;
  datum: string;
}

export function registerCheck(program: Command, context: CommandContext): void {
  const command = program
    .command('check')
    .description('controleer afsprakenbestanden: YAML, schema en de onderdelen a–j van §6c')
    .argument('<bestand...>', 'YAML-bestanden (- leest van standaardinvoer)')
    .addOption(new Option('-f, --format <formaat>', 'uitvoer: text of json').default('text').argParser(parseCheckFormat))
    .addOption(new Option('--fail-on <ernst>', 'exitcode 1 vanaf deze ernst: fout, waarschuwing, info of nooit').default('fout').argParser(parseFailOn))
    .addOption(new Option('--max-waarschuwingen <aantal>', 'exitcode 1 bij meer waarschuwingen dan dit aantal').argParser(parseCount))
    .addOption(new Option('--datum <JJJJ-MM-DD>', 'de datum van "vandaag" (voor herhaalbare controles)').argParser(parseDatum))
    .action(async (files: string[], options: Omit<CheckCommandOptions, 'datum'> & { datum?: string }) => {
      const { runCheck } = await import('./check-action.js');
      context.setExitCode(await runCheck(files, { ...options, datum: options.datum ?? localToday() }, context.io));
    });
  dutchHelp(command);
}
