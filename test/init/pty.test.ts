import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN } from '../helpers/cli.js';
import { validate } from '../../src/generated/schema-validator.js';
import { INIT_ONDERDELEN } from '../../src/init/answers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** Drives the real binary in a pseudo-terminal (tmux), as a user at a keyboard would. */
describe.skipIf(!hasTmux)('swa init in a real terminal (built CLI in tmux)', () => {
  it('answers every question with Enter and writes a valid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-pty-'));
    const session = `swa-init-${process.pid}-${Date.now()}`;
    const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '160',
      '-y',
      '50',
      '-c',
      dir,
      `NO_COLOR=1 ${process.execPath} ${BIN} init --gemeente Ptydorp --datum 2026-11-23; echo "EINDE=$?"; sleep 30`,
    );
    const screenText = (): string => tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', session);
    const waitFor = async (text: string): Promise<void> => {
      for (let i = 0; i < 200; i += 1) {
        if (screenText().includes(text)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`"${text}" did not appear:\n${screenText()}`);
    };
    try {
      const prompts = [
        'Voor welke gemeente',
        'CBS-gemeentecode',
        'basisbestand',
        'In welke regio',
        'Naam van het lokaal',
        'Naam van Veilig Thuis',
        'Naam van de Raad',
        'gecertificeerde instelling',
        'Verdere partners',
        ...INIT_ONDERDELEN.map((o) => `Onderdeel ${o}:`),
        'Waar wilt u het bestand opslaan?',
      ];
      for (const prompt of prompts) {
        await waitFor(prompt);
        tmux('send-keys', '-t', session, 'Enter');
      }
      await waitFor('EINDE=');
      expect(screenText()).toContain('EINDE=0');
      expect(screenText()).toContain('Geschreven: ptydorp.yaml');
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
    const data = parse(readFileSync(join(dir, 'ptydorp.yaml'), 'utf8')) as Record<string, any>;
    expect(validate(data)).toBe(true);
    expect(data.gemeente.naam).toBe('Ptydorp');
  });
});
