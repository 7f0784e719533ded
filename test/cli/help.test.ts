import { describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';

/** The commands `swa --help` lists, read from the help itself, so a new command is tested too. */
function listedCommands(): string[] {
  const help = swa(['--help']).stdout;
  const block = help.slice(help.indexOf('Opdrachten:'), help.indexOf('\n\n', help.indexOf('Opdrachten:')));
  return [...block.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

describe('an unknown command', () => {
  it.each([
    [['chek', 'a.yaml'], 'chek', 'check'],
    [['help', 'chek'], 'chek', 'check'],
    [['rendr'], 'rendr', 'render'],
  ])('swa %j: "onbekende opdracht", a suggestion and swa --help, exit 2, no general help', (args, name, suggestion) => {
    const result = swa(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`onbekende opdracht '${name}'`);
    expect(result.stderr).toContain(`Bedoelde u ${suggestion}?`);
    expect(result.stderr).toContain('swa --help');
    expect(result.stderr).not.toContain('Gebruik:');
  });

  it('without a near command still points at swa --help', () => {
    const result = swa(['foo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/onbekende opdracht 'foo'\.\n.*swa --help/);
  });

  it("swa help <known command> shows that command's help, exit 0", () => {
    const result = swa(['help', 'check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gebruik: swa check');
  });
});

describe("a usage error of a command points at that command's help", () => {
  it.each([
    [['check'], 'swa check --help'],
    [['check', 'a.yaml', '--onbekend'], 'swa check --help'],
    [['render', 'a.yaml', '--fail-on', 'fout'], 'swa render --help'],
  ])('swa %j', (args, hint) => {
    const result = swa(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(hint);
  });

  it('a Dutch option name is answered with an option that command has', () => {
    expect(swa(['check', 'a.yaml', '--uit', 'r.txt']).stderr).toContain('Bedoelde u --output?');
    expect(swa(['render', 'a.yaml', '--uit', 'docs']).stderr).toContain('Bedoelde u --out?');
  });
});

describe('per-command help', () => {
  const commands = listedCommands();

  it('lists the commands', () => {
    expect(commands).toEqual(expect.arrayContaining(['check', 'render', 'overzicht', 'init', 'schema']));
  });

  it.each(commands)('swa %s --help names its exit codes', (command) => {
    const result = swa([command, '--help']);
    expect(result.code).toBe(0);
    const section = result.stdout.slice(result.stdout.indexOf('Exitcodes:'));
    expect(section).toMatch(/^ {2}0 /m);
    if (command !== 'schema') {
      expect(section).toMatch(/^ {2}1 /m);
      expect(section).toMatch(/^ {2}2 /m);
    }
  });

  it('swa check --help tells how to use it in CI: annotations in GitHub Actions, the examples, the action and the template', () => {
    const help = swa(['check', '--help']).stdout;
    expect(help).toContain('GITHUB_ACTIONS');
    expect(help).toContain('examples/ci/');
    expect(help).toContain('action.yml');
    expect(help).toContain('gitlab-ci.yml');
    expect(help).toContain('--max-waarschuwingen');
  });
});
