import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/program.js';
import { checkSource } from '../../src/core/check.js';
import { validate } from '../../src/generated/schema-validator.js';
import { INIT_ONDERDELEN } from '../../src/init/answers.js';

const ROOT = join(import.meta.dirname, '..', '..');

function terminalIo(cwd: string) {
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr, stdin, env: {}, cwd }, output: () => out, errors: () => err };
}

/** Answers the prompt on screen (after checking it is the expected one) and waits for the next. */
async function answer(expected: string, ...keys: Array<string | { key: string }>): Promise<void> {
  expect(screen.getScreen()).toContain(expected);
  for (const key of keys) {
    if (typeof key === 'string') screen.type(key);
    else screen.keypress(key.key);
  }
  screen.keypress('enter');
  await screen.next();
}

const UP = { key: 'up' };
const DOWN = { key: 'down' };
const SPACE = { key: 'space' };

describe('swa init, interactive (prompts answered through @inquirer/testing)', () => {
  it("asks the leidraad's questions and writes a file that passes the schema and lists its open points", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-init-'));
    const { io, output } = terminalIo(dir);
    const done = run(['init', '--datum', '2026-11-23'], io);
    await screen.next();

    await answer('Voor welke gemeente', 'Proefdorp');
    // A wrong CBS code is refused with a Dutch reason before the next question.
    screen.type('X12');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('GM met vier cijfers');
    for (let i = 0; i < 3; i += 1) screen.keypress('backspace');
    await answer('CBS-gemeentecode', 'gm0001');
    await answer('basisbestand', '');
    await answer('regio', 'Regio Proef');
    await answer('lokaal (wijk)team', 'Wijkteam Proefdorp');
    await answer('Veilig Thuis', 'Veilig Thuis Proef');
    await answer('Raad voor de Kinderbescherming', '');
    await answer('gecertificeerde instelling', 'Jeugdbescherming Proef');
    await answer('Verdere partners', 'Veiligheidsteam Proef');

    for (const onderdeel of INIT_ONDERDELEN) {
      expect(screen.getScreen()).toContain(`Onderdeel ${onderdeel}:`);
      if (onderdeel === 'a') {
        await answer('Onderdeel a:', UP);
        await answer('wanneer het lokaal team advies en ondersteuning van Veilig Thuis kan vragen', 'Bij elk vermoeden van huiselijk geweld.');
        for (let i = 0; i < 5; i += 1) await answer('Afspraak over', '');
      } else if (onderdeel === 'h') {
        await answer('Onderdeel h:', UP);
        await answer('methode of instrument 1', 'Signs of Safety');
        await answer('Wie gebruikt Signs of Safety?', SPACE, DOWN, SPACE);
        await answer('methode of instrument 2', '');
      } else if (onderdeel === 'i') {
        await answer('Onderdeel i:', UP);
        await answer('Escalatiestap 1: wie', 'De teamleiders');
        await answer('Escalatiestap 1: binnen welke termijn', '2 werkdagen');
        await answer('Escalatiestap 2: wie', 'De managers');
        await answer('Escalatiestap 2: binnen welke termijn', '5 werkdagen');
        await answer('Escalatiestap 3: wie', '');
      } else {
        await answer(`Onderdeel ${onderdeel}:`);
      }
    }
    expect(screen.getScreen()).toContain('Waar wilt u het bestand opslaan?');
    screen.type('proefdorp.yaml');
    screen.keypress('enter');
    expect(await done).toBe(0);

    const path = join(dir, 'proefdorp.yaml');
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/samenwerkingsafspraken\.schema\.json$/);
    expect(text).toContain(`# De leidraad vraagt: Wanneer en hoe de lokale organisatie(s)`);
    const data = parse(text) as Record<string, any>;
    expect(validate(data)).toBe(true);
    expect(data.gemeente).toEqual({ naam: 'Proefdorp', cbs_code: 'GM0001' });
    expect(data.afspraken.a_advies_en_ondersteuning.veilig_thuis.wanneer).toBe('Bij elk vermoeden van huiselijk geweld.');
    expect(data.afspraken.h_methoden_en_instrumenten).toEqual([{ naam: 'Signs of Safety', gebruikt_door: ['lokaal_team', 'veilig_thuis'] }]);
    expect(data.afspraken.i_escalatie.stappen).toEqual([
      { wie: 'De teamleiders', termijn: '2 werkdagen' },
      { wie: 'De managers', termijn: '5 werkdagen' },
    ]);
    expect(data.partners.gi).toEqual([{ id: 'jp', naam: 'Jeugdbescherming Proef' }]);
    // A further partner gets an id from its first word, referred to as partner.veiligheidsteam; its role is left to fill in.
    expect(data.partners.overig).toEqual([{ id: 'veiligheidsteam', rol: null, naam: 'Veiligheidsteam Proef' }]);
    // Informatiedeling (§6a.3) starts as a flow to fill in, with the PIA; the meldcode as a name to give.
    expect(data.informatiedeling.stromen[0]).toMatchObject({ van: 'veilig_thuis', naar: 'lokaal_team', grondslag: null });
    expect(text).toContain('§6a.3');
    expect(data.meldcode).toEqual({ naam: null, aandachtsfunctionarissen: null });

    const check = checkSource('proefdorp.yaml', readFileSync(path), { today: '2026-11-23' });
    expect(check.findings.filter((f) => f.rule.startsWith('schema-') || f.rule.startsWith('yaml-'))).toEqual([]);
    expect(check.onderdelen?.i).toBe('compleet');
    expect(check.onderdelen?.a).toBe('onvolledig');
    expect(check.onderdelen?.e).toBe('ontbreekt');
    expect(check.findings.some((f) => f.rule === 'afspraak-leeg' && f.onderdeel === 'e')).toBe(true);
    expect(output()).toContain('Geschreven: proefdorp.yaml');
  });

  it('offers to take an onderdeel from the base file and never overwrites without asking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-init-'));
    const base = readFileSync(join(ROOT, 'examples/regio-voorbeeld/regio-waterland-zuid.yaml'));
    writeFileSync(join(dir, 'regio.yaml'), base);
    writeFileSync(join(dir, 'bestaand.yaml'), 'van de gebruiker\n');
    const { io } = terminalIo(dir);
    const done = run(['init', '--datum', '2026-11-23', '--gemeente', 'Basisdorp'], io);
    await screen.next();

    await answer('Voor welke gemeente', '');
    await answer('CBS-gemeentecode', 'GM0002');
    await answer('basisbestand', 'regio.yaml');
    expect(screen.getScreen()).toContain('Regio Waterland-Zuid');
    await answer('regio', '');
    await answer('lokaal (wijk)team', 'Team Basisdorp');
    await answer('Veilig Thuis (basisbestand: Veilig Thuis Waterland-Zuid)', '');
    await answer('Raad voor de Kinderbescherming (regio) (basisbestand: Raad voor de Kinderbescherming, regio Waterland-Zuid)', '');
    // The GI's of the base are named too, as Veilig Thuis and the Raad are.
    await answer('(basisbestand: Jeugdbescherming Randstad Voorbeeld, William Schrikker Stichting', '');
    await answer('Verdere partners', '');
    for (const onderdeel of INIT_ONDERDELEN) {
      expect(screen.getScreen()).toContain('Overnemen uit het basisbestand');
      if (onderdeel === 'c') {
        await answer('Onderdeel c:', { key: 'home' });
        await answer('veiligheidsplannen', '');
        await answer('informeren van direct betrokkenen', 'De casusregisseur informeert het gezin.');
        await answer('wachtlijsten', '');
      } else await answer(`Onderdeel ${onderdeel}:`);
    }
    await answer('Waar wilt u het bestand opslaan?', 'bestaand.yaml');
    // The existing file: first choose another name.
    await answer('bestaand.yaml bestaat al');
    screen.type('basisdorp.yaml');
    screen.keypress('enter');
    expect(await done).toBe(0);

    expect(readFileSync(join(dir, 'bestaand.yaml'), 'utf8')).toBe('van de gebruiker\n');
    const text = readFileSync(join(dir, 'basisdorp.yaml'), 'utf8');
    const data = parse(text) as Record<string, any>;
    expect(data.extends).toBe('regio.yaml');
    expect(data.gemeente.naam).toBe('Basisdorp');
    expect(data.partners).toEqual({ lokaal_team: { naam: 'Team Basisdorp' } });
    // "Nu invullen" with two empty answers: those stay open and override the base explicitly, and say so.
    expect(data.afspraken.c_taakverdeling).toEqual({
      veiligheidsplannen: null,
      informeren_betrokkenen: 'De casusregisseur informeert het gezin.',
      wachtlijsten: null,
    });
    expect(text).toMatch(/^ {4}veiligheidsplannen: # leeg: de afspraak uit het basisbestand geldt hier niet$/m);
    expect(data.afspraken.a_advies_en_ondersteuning).toBeUndefined();

    const check = checkSource('basisdorp.yaml', Buffer.from(text), { today: '2026-11-23', readFile: (p) => readFileSync(join(dir, p)) });
    // The answer itself names no responsible partner, which onderdeel c asks for (taak-zonder-verantwoordelijke).
    expect(
      check.findings
        .filter((f) => f.severity === 'fout')
        .map((f) => `${f.rule} ${f.path.join('.')}`)
        .sort(),
    ).toEqual([
      'afspraak-leeg afspraken.c_taakverdeling.veiligheidsplannen',
      'afspraak-leeg afspraken.c_taakverdeling.wachtlijsten',
      'taak-zonder-verantwoordelijke afspraken.c_taakverdeling.informeren_betrokkenen',
    ]);
    expect(check.onderdelen?.a).toBe('compleet');
  });
});
