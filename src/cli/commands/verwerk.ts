import { Option, type Command } from 'commander';
import type { FailOn } from '../../core/run.js';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { localToday, parseDatum, parseFailOn, parseFilePath } from '../options.js';
import { parseReportTarget, type ReportTarget } from './check.js';

export interface VerwerkCommandOptions {
  bestand?: string;
  accepteer: boolean;
  toon: boolean;
  format: ReportTarget[];
  failOn: FailOn;
  datum: string;
}

export function registerVerwerk(program: Command, context: CommandContext): void {
  const command = program
    .command('verwerk')
    .description('neem de wijzigingen van partners in een Word-document van swa over in het afsprakenbestand')
    .argument('<document.docx>', 'een document dat swa render maakte en dat partners in Word of LibreOffice bewerkten')
    .addOption(
      new Option('-b, --bestand <afspraken.yaml>', 'het afsprakenbestand (standaard: het bestand waaruit het document gemaakt is)').argParser(parseFilePath),
    )
    .addOption(new Option('--accepteer', 'neem ook de bijgehouden wijzigingen (voorstellen) in de velden over'))
    .addOption(new Option('--toon', 'toon de wijziging van het afsprakenbestand als diff en schrijf niets'))
    .addOption(
      new Option(
        '-f, --format <formaat[:bestand]>',
        'rapport: text, json, sarif, junit, github, gitlab; met :bestand naar dat bestand; mag vaker (standaard: text)',
      ).argParser(parseReportTarget),
    )
    .addOption(new Option('--fail-on <ernst>', 'exitcode 1 vanaf deze ernst: fout, waarschuwing, info of nooit').default('fout').argParser(parseFailOn))
    .addOption(new Option('--datum <JJJJ-MM-DD>', 'de datum van "vandaag" voor de controle na het verwerken').argParser(parseDatum))
    .addHelpText(
      'after',
      `
Voorbeelden:
  swa verwerk documenten/voorbeeldstad-samenwerkingsafspraken.docx --toon
  swa verwerk terug-van-veilig-thuis.docx --bestand voorbeeldstad.yaml
  swa verwerk terug-van-veilig-thuis.docx --accepteer --format sarif:verwerk.sarif`,
    )
    .action(
      async (
        document: string,
        options: Omit<VerwerkCommandOptions, 'datum' | 'format' | 'accepteer' | 'toon'> & {
          datum?: string;
          format?: ReportTarget[];
          accepteer?: boolean;
          toon?: boolean;
        },
      ) => {
        const { runVerwerk } = await import('./verwerk-action.js');
        const code = await runVerwerk(
          document,
          {
            ...options,
            accepteer: options.accepteer === true,
            toon: options.toon === true,
            format: options.format ?? [{ format: 'text' }],
            datum: options.datum ?? localToday(),
          },
          context.io,
        );
        context.setExitCode(code);
      },
    );
  dutchHelp(command);
}
