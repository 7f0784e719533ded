import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/cli/io.js';
import { locateOffice } from '../../src/cli/pdf/locate-office.js';

function program(dir: string, name: string, mode = 0o755): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, mode);
  return path;
}

describe.skipIf(process.platform === 'win32')('locateOffice', () => {
  const root = mkdtempSync(join(tmpdir(), 'swa-locate-'));

  it('takes the program SWA_SOFFICE names, before anything on PATH', async () => {
    const chosen = program(join(root, 'eigen'), 'soffice');
    const onPath = program(join(root, 'pad'), 'soffice');
    expect(await locateOffice({ SWA_SOFFICE: chosen, PATH: join(root, 'pad') }, 'linux')).toBe(chosen);
    expect(onPath).not.toBe(chosen);
  });

  it('looks a bare name in SWA_SOFFICE up on PATH', async () => {
    const found = program(join(root, 'naam'), 'libreoffice7.4');
    expect(await locateOffice({ SWA_SOFFICE: 'libreoffice7.4', PATH: `${join(root, 'leeg')}:${join(root, 'naam')}` }, 'linux')).toBe(found);
  });

  it('finds soffice, else libreoffice, on PATH', async () => {
    const only = program(join(root, 'alleen-libreoffice'), 'libreoffice');
    expect(await locateOffice({ PATH: join(root, 'alleen-libreoffice') }, 'linux')).toBe(only);
    const both = program(join(root, 'beide'), 'soffice');
    program(join(root, 'beide'), 'libreoffice');
    expect(await locateOffice({ PATH: join(root, 'beide') }, 'linux')).toBe(both);
  });

  it('does not take a file that cannot be run, or a directory', async () => {
    program(join(root, 'niet-uitvoerbaar'), 'soffice', 0o644);
    mkdirSync(join(root, 'map', 'soffice'), { recursive: true });
    for (const dir of ['niet-uitvoerbaar', 'map']) {
      await expect(locateOffice({ PATH: join(root, dir) }, 'linux')).rejects.toThrow(/LibreOffice niet gevonden/);
    }
  });

  it('says what SWA_SOFFICE pointed at, how to install, and exits 2', async () => {
    const error = await locateOffice({ SWA_SOFFICE: join(root, 'nergens', 'soffice'), PATH: '' }, 'linux').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toContain(join(root, 'nergens', 'soffice'));
    expect((error as UserError).message).toMatch(/apt-get install libreoffice-writer-nogui.*brew install --cask libreoffice.*winget install/);
    expect((error as UserError).message).not.toContain('\n');
  });
});
