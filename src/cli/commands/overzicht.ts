import { InvalidArgumentError, Option, type Command } from 'commander';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { localToday, parseDatum } from '../options.js';

import { OVERZICHT_FORMATS, type OverzichtFormat } from '../../overzicht/format.js';

export interface OverzichtCommandOptions {
  format?: OverzichtFormat;
  out?: string;
  force: boolean;
  datum: string;
}

function parseOverzichtFormat(value: string): OverzichtFormat {
  if ((OVERZICHT_FORMATS as readonly string[]).includes(value)) return value as OverzichtFormat;
  throw new InvalidArgumentError(`Kies uit: ${OVERZICHT_FORMATS.join(', ')}.`);
}

export function registerOverzicht(program: Command, context: CommandContext): void {
  const command = program
    .command('overzicht')
    .description('maak een overzicht per gemeente: welke onderdelen compleet, onvolledig of ontbrekend zijn')
    .argument('<bestand...>', 'afsprakenbestanden van de gemeenten (een basisbestand wordt overgeslagen)')
    .addOption(
      new Option(
        '-f, --format <formaat>',
        'docx (Word), xlsx (Excel), markdown of csv; standaard volgens de extensie van --out (.docx, .xlsx, .md, .csv), zonder --out markdown',
      ).argParser(parseOverzichtFormat),
    )
    .option('-o, --out <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm')
    .option('--force', 'vervang een bestaand bestand', false)
    .addOption(new Option('--datum <JJJJ-MM-DD>', 'de datum van "vandaag" (voor herhaalbare overzichten)').argParser(parseDatum))
    .action(async (files: string[], options: Omit<OverzichtCommandOptions, 'datum'> & { datum?: string }) => {
      const { runOverzicht } = await import('./overzicht-action.js');
      context.setExitCode(await runOverzicht(files, { ...options, datum: options.datum ?? localToday() }, context.io));
    });
  dutchHelp(command);
}
