import { Help, type Command } from 'commander';

const titles: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

/** Options users type in Dutch; commander's own guess for them is a near spelling, not the meaning. */
const DUTCH_FLAGS: Record<string, string[]> = {
  '--uit': ['--out', '--output'],
  '--uitvoer': ['--output', '--out'],
  '--formaat': ['--format'],
  '--sjablonen': ['--templates'],
  '--forceer': ['--force'],
  '--stil': ['--quiet'],
};

/** commander only speaks English; our users read Dutch. `flags`: the long options of the command at hand. */
const errorPatterns = (flags: readonly string[] | undefined): Array<[RegExp, (...groups: string[]) => string]> => [
  [
    /unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/,
    (flag, guess) => {
      const meant = DUTCH_FLAGS[flag]?.find((candidate) => flags === undefined || flags.includes(candidate)) ?? guess;
      return `onbekende optie '${flag}'.${meant ? ` Bedoelde u ${meant}?` : ''}`;
    },
  ],
  [/unknown command '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (name, guess) => `onbekende opdracht '${name}'.${guess ? ` Bedoelde u ${guess}?` : ''}`],
  [/missing required argument '([^']+)'/, (name) => `het argument <${name}> ontbreekt.`],
  [/option '([^']+)' argument missing/, (flags) => `bij de optie '${flags}' hoort een waarde.`],
  [
    /too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/,
    (_, expected, got) => `te veel argumenten: verwacht ${expected}, gekregen ${got}.`,
  ],
  [/option '([^']+)' argument '([^']*)' is invalid\. (.*)/, (flags, value, reason) => `ongeldige waarde '${value}' bij '${flags}'. ${reason}`],
];

export function translateCommanderError(message: string, command?: Command): string {
  const text = message.replace(/^error:\s*/, '').trim();
  const flags = command?.options.flatMap((option) => (option.long ? [option.long] : []));
  for (const [pattern, render] of errorPatterns(flags)) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1).map((g) => g ?? ''));
  }
  return text;
}

const dutchTerms = (text: string): string => text.replaceAll('[options]', '[opties]').replaceAll('[command]', '[opdracht]');

/** Dutch headings and words in commander's help; call on the program and on every command. */
export function dutchHelp(command: Command): void {
  command.configureHelp({
    styleTitle: (title) => titles[title] ?? title,
    // Terms are translated where commander measures them, so the columns stay aligned.
    commandUsage: (cmd) => dutchTerms(new Help().commandUsage(cmd)),
    subcommandTerm: (cmd) => dutchTerms(new Help().subcommandTerm(cmd)),
    optionDescription: (option) => new Help().optionDescription(option).replace(/\(default: ([^)]*)\)/, '(standaard: $1)'),
  });
  command.helpOption('-h, --help', 'toon deze hulp');
}
