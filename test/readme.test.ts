import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTableMarkdown } from '../src/report/rule-table.js';
import { ROOT, swa } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README, the user manual', () => {
  it('opens with the two set-up commands: install and render the example, then the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(firstBlock).toEqual(['npm ci && npx swa render examples/voorbeeldstad.yaml --out documenten', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
  });

  it('lists every rule of the catalogue, as the catalogue describes it', () => {
    const block = /<!-- regels:begin -->\n([\s\S]*?)\n<!-- regels:end -->/.exec(readme)?.[1];
    expect(block, 'run: npm run build && node scripts/readme-rules.mjs').toBe(ruleTableMarkdown());
  });

  it('documents every command that `swa --help` lists', () => {
    const help = swa(['--help']).stdout;
    const section = help.slice(help.indexOf('Opdrachten:'), help.indexOf('\n\n', help.indexOf('Opdrachten:')));
    const commands = [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const command of commands) expect(readme, command).toContain(`swa ${command}`);
  });
});
