import { Option, type Command } from 'commander';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { localToday, parseDatum, parseKernen } from '../options.js';

export interface RenderCommandOptions {
  out: string;
  perPartner: boolean;
  strict: boolean;
  force: boolean;
  check: boolean;
  templates?: string;
  quiet: boolean;
  datum: string;
  pdf?: boolean;
  alleenPdf?: boolean;
  /** Threads for rendering (--kernen); undefined: SWA_KERNEN, else every core. */
  kernen?: number;
}

export function registerRender(program: Command, context: CommandContext): void {
  const command = program
    .command('render')
    .description('maak de Word-documenten met de samenwerkingsafspraken (integraal, en met --per-partner per partner)')
    .argument('<bestand...>', 'afsprakenbestanden (YAML); een patroon als "regio/*.yaml" mag ook')
    .addOption(new Option('-o, --out <map>', 'map waarin de documenten komen').default('.'))
    .addOption(new Option('--per-partner', 'maak ook per partner (Veilig Thuis, Raad, elke GI) een eigen document'))
    .addOption(new Option('--strict', 'weiger een bestand waarin swa check nog fouten vindt (anders: concept)'))
    .addOption(new Option('--force', 'vervang ook documenten die na het maken zijn bewerkt, en bestanden die swa niet maakte'))
    .addOption(new Option('--pdf', 'maak naast elk Word-document een PDF/A voor ondertekening en archief (met LibreOffice)'))
    .addOption(new Option('--alleen-pdf', 'maak alleen de PDF/A, geen Word-documenten (met LibreOffice)'))
    .addOption(new Option('--check', 'schrijf niets; exitcode 1 als een document in --out verouderd is, ontbreekt of door geen bestand meer wordt gemaakt'))
    .addOption(new Option('--templates <map>', 'map met eigen sjablonen (.hbs) die de ingebouwde vervangen'))
    .addOption(new Option('-q, --quiet', 'toon geen voortgang en samenvatting, alleen problemen'))
    .addOption(new Option('--datum <JJJJ-MM-DD>', 'de datum van "vandaag" voor de controle (voor herhaalbare uitvoer)').argParser(parseDatum))
    .addOption(
      new Option(
        '--kernen <aantal>',
        'hoeveel processorkernen render gebruikt (standaard: alle bij 150 documenten of meer, anders 1; 1 = alles in één thread)',
      ).argParser(parseKernen),
    )
    .action(async (files: string[], options: Partial<RenderCommandOptions> & { out: string }) => {
      const { runRender } = await import('./render-action.js');
      const flags = {
        perPartner: options.perPartner === true,
        strict: options.strict === true,
        force: options.force === true,
        check: options.check === true,
        quiet: options.quiet === true,
      };
      context.setExitCode(await runRender(files, { ...options, ...flags, datum: options.datum ?? localToday() }, context.io));
    });
  dutchHelp(command);
}
