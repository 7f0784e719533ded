import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyTextEdits } from '../../src/verwerk/yaml-edit.js';

const SOURCE = `# Afspraken Voorbeeldstad
schema_versie: 1
gemeente: { naam: Voorbeeldstad, cbs_code: GM9999 }   # korte vorm
afspraken:
  c_taakverdeling:
    informeren_betrokkenen: De casusregisseur houdt het gezin op de hoogte.   # gewone tekst
    veiligheidsplannen:
      afspraak: 'Veilig Thuis stelt de voorwaarden vast'
      termijn: "binnen 10 werkdagen"
    wachtlijsten:
      - Zolang een gezin wacht, houdt het wijkteam zicht op de veiligheid.
      - afspraak: >-
          Een GI die een maatregel niet direct kan oppakken,
          wijst een vast aanspreekpunt aan.
        verantwoordelijk: gi.jbrv
# slot
`;

function edit(path: (string | number)[], value: string): string {
  const result = applyTextEdits(SOURCE, [{ path, value }]);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

/** Everything but the lines of the changed value stays byte for byte. */
function unchangedAround(edited: string, firstLine: number, lastLineFromEnd: number): void {
  const before = SOURCE.split('\n');
  const after = edited.split('\n');
  expect(after.slice(0, firstLine)).toEqual(before.slice(0, firstLine));
  expect(after.slice(after.length - lastLineFromEnd)).toEqual(before.slice(before.length - lastLineFromEnd));
}

describe('applyTextEdits', () => {
  it('replaces a plain value and keeps its comment and every other line', () => {
    const text = edit(['afspraken', 'c_taakverdeling', 'informeren_betrokkenen'], 'De casusregisseur belt het gezin na elk besluit.');
    expect(text).toBe(SOURCE.replace('De casusregisseur houdt het gezin op de hoogte.', 'De casusregisseur belt het gezin na elk besluit.'));
  });

  it('keeps single and double quotes', () => {
    expect(edit(['afspraken', 'c_taakverdeling', 'veiligheidsplannen', 'afspraak'], "Veilig Thuis' team stelt ze vast")).toContain(
      "afspraak: 'Veilig Thuis'' team stelt ze vast'\n",
    );
    expect(edit(['afspraken', 'c_taakverdeling', 'veiligheidsplannen', 'termijn'], 'binnen 5 werkdagen')).toContain('termijn: "binnen 5 werkdagen"\n');
  });

  it('quotes a plain value that would not read back as the same text', () => {
    const text = edit(['afspraken', 'c_taakverdeling', 'informeren_betrokkenen'], 'Let op: de regisseur #1 belt');
    expect(parse(text).afspraken.c_taakverdeling.informeren_betrokkenen).toBe('Let op: de regisseur #1 belt');
    expect(text).toContain('informeren_betrokkenen: "Let op: de regisseur #1 belt"   # gewone tekst\n');
  });

  it('writes a value of several lines as a literal block, the comment in its header', () => {
    const text = edit(['afspraken', 'c_taakverdeling', 'informeren_betrokkenen'], 'Eerste regel.\nTweede regel.');
    expect(text).toContain('    informeren_betrokkenen: |-   # gewone tekst\n      Eerste regel.\n      Tweede regel.\n    veiligheidsplannen:\n');
    expect(parse(text).afspraken.c_taakverdeling.informeren_betrokkenen).toBe('Eerste regel.\nTweede regel.');
    unchangedAround(text, 5, 11);
  });

  it('keeps a folded block folded for one line and makes it literal for several', () => {
    const path = ['afspraken', 'c_taakverdeling', 'wachtlijsten', 1, 'afspraak'];
    const one = edit(path, 'Een GI wijst altijd een aanspreekpunt aan.');
    expect(one).toContain('      - afspraak: >-\n          Een GI wijst altijd een aanspreekpunt aan.\n        verantwoordelijk: gi.jbrv\n');
    const two = edit(path, 'Een GI wijst een aanspreekpunt aan.\n\nDat staat in het plan.');
    expect(parse(two).afspraken.c_taakverdeling.wachtlijsten[1].afspraak).toBe('Een GI wijst een aanspreekpunt aan.\n\nDat staat in het plan.');
    expect(two).toContain('afspraak: |-\n');
  });

  it('writes inside { } with quotes when needed', () => {
    const text = edit(['gemeente', 'naam'], 'Voorbeeldstad, gemeente');
    expect(parse(text).gemeente).toEqual({ naam: 'Voorbeeldstad, gemeente', cbs_code: 'GM9999' });
    expect(text).toContain('gemeente: { naam: "Voorbeeldstad, gemeente", cbs_code: GM9999 }   # korte vorm\n');
  });

  it('edits a list item written as plain text, and two values at once', () => {
    const result = applyTextEdits(SOURCE, [
      { path: ['afspraken', 'c_taakverdeling', 'wachtlijsten', 0], value: 'Het wijkteam houdt zicht.' },
      { path: ['afspraken', 'c_taakverdeling', 'veiligheidsplannen', 'termijn'], value: 'binnen 3 werkdagen' },
    ]);
    expect(result.ok).toBe(true);
    const data = parse((result as { text: string }).text);
    expect(data.afspraken.c_taakverdeling.wachtlijsten[0]).toBe('Het wijkteam houdt zicht.');
    expect(data.afspraken.c_taakverdeling.veiligheidsplannen.termijn).toBe('binnen 3 werkdagen');
  });

  it('refuses a place that holds no text', () => {
    const result = applyTextEdits(SOURCE, [{ path: ['afspraken', 'c_taakverdeling', 'wachtlijsten'], value: 'x' }]);
    expect(result).toMatchObject({ ok: false, reason: 'op deze plek staat geen tekst' });
  });
});
