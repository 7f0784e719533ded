import { InvalidArgumentError, Option, type Command } from 'commander';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { CBS_CODE_UITLEG, normaliseCbsCode } from '../../init/validate.js';
import { localToday, parseDatum } from '../options.js';

export interface InitCommandOptions {
  ja?: boolean;
  yes?: boolean;
  gemeente?: string;
  cbsCode?: string;
  regio?: string;
  extends?: string;
  out?: string;
  uit?: string;
  force: boolean;
  schema?: string;
  datum: string;
}

function parseCbsCode(value: string): string {
  const code = normaliseCbsCode(value);
  if (code === null) throw new InvalidArgumentError(CBS_CODE_UITLEG);
  return code;
}

export function registerInit(program: Command, context: CommandContext): void {
  const command = program
    .command('init')
    .description('maak een nieuw afsprakenbestand: stap voor stap met vragen, of direct een opzet met --ja')
    .option('-y, --ja', 'stel geen vragen: schrijf meteen een opzet met open punten (voor scripts en CI)')
    .addOption(new Option('--yes', 'hetzelfde als --ja').hideHelp())
    .option('--gemeente <naam>', 'de naam van de gemeente')
    .addOption(new Option('--cbs-code <code>', 'de CBS-gemeentecode, bijvoorbeeld GM0363').argParser(parseCbsCode))
    .option('--regio <naam>', 'de regio waarin de gemeente samenwerkt')
    .option('--extends <pad>', 'basisbestand van de regio waarop het nieuwe bestand voortbouwt (pad vanaf de huidige map)')
    .option('-o, --uit <bestand>', 'naam van het nieuwe bestand (standaard: naam-van-de-gemeente.yaml)')
    .addOption(new Option('--out <bestand>', 'hetzelfde als --uit').hideHelp())
    .option('--force', 'vervang een bestaand bestand zonder te vragen', false)
    .option('--schema <verwijzing>', 'wat er in de schemaregel bovenaan komt (standaard: pad naar het schema van swa)')
    .addOption(new Option('--datum <JJJJ-MM-DD>', 'de datum van het document (standaard: vandaag)').argParser(parseDatum))
    .action(async (options: Omit<InitCommandOptions, 'datum'> & { datum?: string }) => {
      const { runInit } = await import('./init-action.js');
      context.setExitCode(await runInit({ ...options, datum: options.datum ?? localToday() }, context.io));
    });
  dutchHelp(command);
}
