import { Option, type Command } from 'commander';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { parseDatum, parseFilePath } from '../options.js';

export interface VerschilCommandOptions {
  out: string;
  perPartner: boolean;
  auteur: string;
  datum?: string;
  force: boolean;
  templates?: string;
  quiet: boolean;
}

export function registerVerschil(program: Command, context: CommandContext): void {
  const command = program
    .command('verschil')
    .description('maak het document van de nieuwe versie met de wijzigingen ten opzichte van de oude als bijgehouden wijzigingen (Word)')
    .argument('<oud>', 'de oude versie: een afsprakenbestand, of <revisie>:<pad> uit git (bijvoorbeeld v1.0:gemeenten/middenwaard.yaml)')
    .argument('<nieuw>', 'de nieuwe versie: een afsprakenbestand', parseFilePath)
    .addOption(new Option('-o, --out <map>', 'map waarin de documenten komen').default('.'))
    .addOption(new Option('--per-partner', 'maak het ook voor het document van elke partner'))
    .addOption(new Option('--auteur <naam>', 'naam bij de wijzigingen (Word toont die als auteur)').default('swa'))
    .addOption(
      new Option('--datum <JJJJ-MM-DD>', 'datum van de wijzigingen en "vandaag" voor de controle (standaard: document.datum van de nieuwe versie)').argParser(
        parseDatum,
      ),
    )
    .addOption(new Option('--force', 'vervang ook documenten die na het maken zijn bewerkt, en bestanden die swa niet maakte'))
    .addOption(new Option('--templates <map>', 'map met eigen sjablonen (.hbs) die de ingebouwde vervangen'))
    .addOption(new Option('-q, --quiet', 'toon geen voortgang en samenvatting, alleen problemen'))
    .addHelpText(
      'after',
      `
Voorbeelden:
  swa verschil v1.1:gemeenten/voorbeeldstad.yaml gemeenten/voorbeeldstad.yaml --out wijzigingen
  swa verschil vorig-jaar.yaml voorbeeldstad.yaml --out wijzigingen --per-partner --auteur "Ilse de Groot"`,
    )
    .action(async (oud: string, nieuw: string, options: Partial<VerschilCommandOptions> & { out: string; auteur: string }) => {
      const { runVerschil } = await import('./verschil-action.js');
      const flags = { perPartner: options.perPartner === true, force: options.force === true, quiet: options.quiet === true };
      context.setExitCode(await runVerschil(oud, nieuw, { ...options, ...flags }, context.io));
    });
  dutchHelp(command);
}
