import { Command, CommanderError } from 'commander';
import { dutchHelp, translateCommanderError } from './commander-nl.js';
import { EXIT, UserError, type CliIo } from './io.js';
import type { CommandContext } from './command-context.js';
import { registerCheck } from './commands/check.js';
import { registerInit } from './commands/init.js';
import { registerOverzicht } from './commands/overzicht.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerVerschil } from './commands/verschil.js';
import { registerVerwerk } from './commands/verwerk.js';
import { EXIT_CODE_HELP } from './exit-help.js';
import { packageInfo } from './package-info.js';
import { visible } from '../report/visible.js';

export { guardProcess } from './process-guards.js';

/** Each command registers its options here and loads its implementation only when it runs. */
const COMMANDS = [registerCheck, registerRender, registerVerwerk, registerVerschil, registerOverzicht, registerInit, registerSchema];

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('swa')
    .description(
      'Schrijf, controleer en publiceer de samenwerkingsafspraken tussen lokaal team, Veilig Thuis, de Raad voor de Kinderbescherming en de GI (VNG Leidraad Werken aan veiligheid, januari 2024, §6c).',
    )
    .version(packageInfo().version, '-V, --version', 'toon het versienummer')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`swa: ${translateCommanderError(text)}\n`),
    });
  dutchHelp(program);
  program.helpCommand('help [opdracht]', 'toon hulp bij een opdracht');
  program.addHelpText(
    'after',
    `
Voorbeelden:
  swa init                                    een nieuw afsprakenbestand, stap voor stap
  swa check afspraken.yaml                    wat vraagt de leidraad nog?
  swa render afspraken.yaml --out documenten  het Word-document voor de partners
  swa verwerk teruggekregen.docx              de wijzigingen van de partners terug in het bestand

Exitcodes: 0 in orde · 1 meldingen, geweigerd of verouderd · 2 verkeerd gebruik, onleesbaar bestand of interne fout
(per opdracht: swa <opdracht> --help; in CI: swa check --help)
Handleiding: README.md in het pakket.`,
  );

  const context: CommandContext = { io, setExitCode: (code) => (exitCode = code) };
  for (const register of COMMANDS) register(program, context);
  // After a usage error, where to read more (commander prints this line under the error).
  program.showHelpAfterError('Zie swa --help voor alle opdrachten.');
  for (const command of program.commands) {
    command.showHelpAfterError(`Zie swa ${command.name()} --help.`);
    // Each command translates its own errors, so a Dutch option name points at one it has.
    command.configureOutput({ ...program.configureOutput(), outputError: (text, write) => write(`swa: ${translateCommanderError(text, command)}\n`) });
    const exitCodes = EXIT_CODE_HELP[command.name()];
    if (exitCodes) command.addHelpText('after', `\n${exitCodes}`);
  }

  try {
    await program.parseAsync(helpForUnknownIsUnknown(argv, program), { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are commander's way of saying it has printed what was asked.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UserError) {
      io.stderr.write(`swa: ${visible(error.message)}\n`);
      return error.exitCode;
    }
    io.stderr.write(
      `swa: interne fout: ${visible(error instanceof Error ? error.message : String(error))}\nMeld dit als probleem, met het commando dat u gaf.\n`,
    );
    return EXIT.usage;
  }
}

/**
 * `swa help chek` asks for a command that does not exist: commander would show the general help.
 * Parsed as `swa chek`, it gets the same "onbekende opdracht" with a suggestion and exit code 2.
 */
function helpForUnknownIsUnknown(argv: readonly string[], program: Command): string[] {
  const [first, name] = argv;
  if (first !== 'help' || name === undefined || name.startsWith('-')) return [...argv];
  const known = program.commands.some((command) => command.name() === name || command.aliases().includes(name));
  return known ? [...argv] : [name];
}
