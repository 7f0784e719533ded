import { InvalidArgumentError, Option, type Command } from 'commander';
import type { FailOn } from '../../core/run.js';
import { isReportFormat, REPORT_FORMAT_USE, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { dutchHelp } from '../commander-nl.js';
import type { CommandContext } from '../command-context.js';
import { localToday, parseCount, parseDatum, parseFailOn, parseFilePath } from '../options.js';
import { EXIT, UserError } from '../io.js';

/** One report: a format and where it goes (undefined: standard output, or --output). */
export interface ReportTarget {
  format: ReportFormat;
  file?: string;
}

export interface CheckCommandOptions {
  format: ReportTarget[];
  output?: string;
  failOn: FailOn;
  maxWaarschuwingen?: number;
  datum: string;
  /** The file standard input stands for: `extends` is followed from its directory, findings name it. */
  stdinBestandsnaam?: string;
  /** --herstel (or --fix): correct what can be corrected safely before checking. */
  herstel?: boolean;
  fix?: boolean;
  /** With --herstel: show the corrections as a diff, write nothing. */
  toon?: boolean;
}

/** `sarif` or `sarif:rapport.sarif`; only the first colon separates, so `sarif:C:\rapport.sarif` works too. */
export function parseReportTarget(value: string, previous: ReportTarget[] | undefined): ReportTarget[] {
  const colon = value.indexOf(':');
  const format = colon === -1 ? value : value.slice(0, colon);
  const file = colon === -1 ? undefined : value.slice(colon + 1);
  if (!isReportFormat(format))
    throw new InvalidArgumentError(`Kies uit: ${REPORT_FORMATS.join(', ')}; eventueel met :bestand, bijvoorbeeld sarif:rapport.sarif.`);
  if (file === '')
    throw new InvalidArgumentError(`Na "${format}:" hoort een bestandsnaam, bijvoorbeeld ${format}:rapport.${format === 'text' ? 'txt' : format}.`);
  return [...(previous ?? []), { format, file }];
}

export function registerCheck(program: Command, context: CommandContext): void {
  const command = program
    .command('check')
    .description('controleer afsprakenbestanden: YAML, schema en de onderdelen a–j van §6c')
    .argument('<bestand...>', 'bestanden, mappen of patronen tussen aanhalingstekens ("regio/**/*.yaml"); - leest van standaardinvoer')
    .addOption(
      new Option(
        '-f, --format <formaat[:bestand]>',
        `uitvoer: ${REPORT_FORMATS.join(', ')}; met :bestand naar dat bestand; mag vaker (standaard: text)`,
      ).argParser(parseReportTarget),
    )
    .addOption(new Option('-o, --output <bestand>', 'schrijf het rapport naar dit bestand in plaats van naar het scherm'))
    .addOption(new Option('--fail-on <ernst>', 'exitcode 1 vanaf deze ernst: fout, waarschuwing, info of nooit').default('fout').argParser(parseFailOn))
    .addOption(new Option('--max-waarschuwingen <aantal>', 'exitcode 1 bij meer waarschuwingen dan dit aantal').argParser(parseCount))
    .addOption(new Option('--datum <JJJJ-MM-DD>', 'de datum van "vandaag" (voor herhaalbare controles)').argParser(parseDatum))
    .addOption(
      new Option(
        '--stdin-bestandsnaam <pad>',
        'controleer standaardinvoer (-) als dit bestand: extends gaat uit van zijn map en de meldingen noemen dit pad',
      ).argParser(parseFilePath),
    )
    .addOption(new Option('--herstel', 'herstel eerst wat veilig kan (tabs, gekrulde aanhalingstekens, datums, …) in de bestanden zelf; ook: --fix'))
    .addOption(new Option('--fix', 'hetzelfde als --herstel').hideHelp())
    .addOption(new Option('--toon', 'met --herstel: toon de wijzigingen als diff en schrijf niets'))
    .addHelpText('after', `${formatHelp()}\n\n${CI_HELP}`)
    .action(async (files: string[], options: Omit<CheckCommandOptions, 'datum' | 'format'> & { datum?: string; format?: ReportTarget[] }) => {
      const { runCheck } = await import('./check-action.js');
      const format = options.format ?? [{ format: 'text' }];
      if (options.toon && !options.herstel && !options.fix)
        throw new UserError('--toon hoort bij --herstel: swa check --herstel --toon <bestand> toont wat er hersteld zou worden.');
      let refused = false;
      if (options.herstel || options.fix) {
        const { runHerstel, toonExitCode } = await import('./herstel-action.js');
        const outcome = await runHerstel(files, { toon: options.toon === true }, context.io);
        if (options.toon) return context.setExitCode(toonExitCode(outcome));
        refused = outcome.refused;
      }
      const code = await runCheck(files, { ...options, format, datum: options.datum ?? localToday() }, context.io);
      context.setExitCode(refused ? EXIT.usage : code);
    });
  dutchHelp(command);
}

const CI_HELP = `In CI:
  swa check "gemeenten/**/*.yaml" --format text --format sarif:swa.sarif --format junit:swa-junit.xml
  Binnen GitHub Actions (GITHUB_ACTIONS=true) zet swa de meldingen ook zonder --format github
  als aantekeningen bij de juiste regel in de pull request.
  Over te nemen: examples/ci/ in het pakket (GitHub Actions, GitLab CI, pre-commit), de GitHub
  Action (action.yml) en het GitLab-sjabloon (ci/samenwerkingsafspraken.gitlab-ci.yml) van deze
  repository; zie README.md, "Alle afspraken van een regio controleren in CI".`;

/** The formats with what each is for, under the options of `swa check --help`. */
function formatHelp(): string {
  const width = Math.max(...REPORT_FORMATS.map((format) => format.length));
  return `\nFormaten:\n${REPORT_FORMATS.map((format) => `  ${format.padEnd(width)}  ${REPORT_FORMAT_USE[format]}`).join('\n')}`;
}
