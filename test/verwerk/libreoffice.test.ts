import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ROOT, swa } from '../helpers/cli.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * A StarBasic macro that opens a document hidden, replaces a text (with "record changes" on or
 * off, as a partner would) and saves it as Word: an edit made by LibreOffice itself.
 */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Bewerk(inPath As String, outPath As String, zoek As String, vervang As String, volg As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  If volg = &quot;1&quot; Then doc.RecordChanges = True
  If zoek &lt;&gt; &quot;&quot; Then
    rd = doc.createReplaceDescriptor()
    rd.SearchString = zoek
    rd.ReplaceString = vervang
    doc.replaceAll(rd)
  End If
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(ConvertToURL(outPath), save())
  doc.close(True)
End Sub
</script:module>
`;

describe.skipIf(!hasOffice)('swa verwerk on documents saved by LibreOffice', () => {
  let dir: string;
  let profile: string;
  let rendered: string;
  let original: string;

  function office(input: string, output: string, search: string, replace: string, track: boolean): void {
    const macro = `macro:///Standard.Module1.Bewerk("${input}","${output}","${search}","${replace}","${track ? 1 : 0}")`;
    const result = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, macro], { encoding: 'utf8', timeout: 180_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir)).toContain(output.slice(dir.length + 1));
  }

  /** What swa verwerk reports of a document in dir as word-*, each message up to its reason. */
  function notProcessed(document: string): string[][] {
    const result = swa(['verwerk', document, '--format', 'json', '--datum', '2026-03-20'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const findings = (JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> }).files[0]!.findings;
    return findings.filter((f) => f.rule.startsWith('word-')).map((f) => [f.rule, f.message.slice(0, f.message.indexOf(' Niet verwerkt'))]);
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'swa-verwerk-office-'));
    profile = join(dir, 'profiel');
    copyFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), join(dir, 'voorbeeldstad.yaml'));
    original = readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8');
    const render = swa(['render', 'voorbeeldstad.yaml', '--out', '.', '--datum', '2026-03-20'], { cwd: dir });
    expect(render.code, render.stderr).toBe(0);
    rendered = join(dir, 'voorbeeldstad-samenwerkingsafspraken.docx');
    // A first start makes the profile; the macro goes into its Standard library.
    spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--terminate_after_init'], { timeout: 120_000 });
    mkdirSync(join(profile, 'user/basic/Standard'), { recursive: true });
    writeFileSync(join(profile, 'user/basic/Standard/Module1.xba'), MACRO);
  }, 300_000);

  it('finds nothing to bring back in a document LibreOffice only opened and saved (it drops every tag, keeps swa-bron)', () => {
    const saved = join(dir, 'opgeslagen.docx');
    office(rendered, saved, '', '', false);
    expect(readFileSync(saved).includes('w:tag')).toBe(false);
    const result = swa(['verwerk', 'opgeslagen.docx', '--format', 'json', '--datum', '2026-03-20'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('swa: niets overgenomen in voorbeeldstad.yaml.\n');
    const findings = (JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ rule: string }> }> }).files[0]!.findings;
    expect(findings.filter((f) => f.rule.startsWith('word-'))).toEqual([]);
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(original);
  }, 240_000);

  it('reports an edit of the header, which swa makes anew at every render, and writes nothing', () => {
    // " · Gemeente " stands only in the header (after the title, before the name).
    const saved = join(dir, 'koptekst.docx');
    office(rendered, saved, ' · Gemeente ', ' · Gem. ', false);
    expect(notProcessed('koptekst.docx')).toEqual([
      [
        'word-niet-verwerkt',
        'Tekst in de koptekst gewijzigd in “Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027 · Gem. Voorbeeldstad” (was: “Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027 · Gemeente Voorbeeldstad”).',
      ],
    ]);
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(original);
  }, 240_000);

  it('reports an edit of a footnote, and writes nothing', () => {
    // LibreOffice's search and replace does not reach footnotes: the document it saved is edited in its XML.
    office(rendered, join(dir, 'voetnoot.docx'), '', '', false);
    const parts = unzipSync(readFileSync(join(dir, 'voetnoot.docx')));
    parts['word/footnotes.xml'] = strToU8(strFromU8(parts['word/footnotes.xml']!).replace('(taken voor het lokale team)', '(taken van het lokale team)'));
    writeFileSync(join(dir, 'voetnoot.docx'), zipSync(parts));
    expect(notProcessed('voetnoot.docx')).toEqual([
      [
        'word-niet-verwerkt',
        'Tekst in een voetnoot gewijzigd in “ Leidraad Werken aan veiligheid (VNG, januari 2024), §6b (taken van het lokale team).” (was: “ Leidraad Werken aan veiligheid (VNG, januari 2024), §6b (taken voor het lokale team).”).',
      ],
    ]);
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(original);
  }, 240_000);

  it('writes back an edit made in LibreOffice, and lists a tracked one as a proposal until --accepteer', () => {
    office(rendered, join(dir, 'bewerkt.docx'), 'elke twee weken', 'elke week', false);
    office(rendered, join(dir, 'gevolgd.docx'), '10 dagen, bij crisis direct', '5 dagen, bij crisis direct', true);

    const proposal = swa(['verwerk', 'gevolgd.docx', '--bestand', 'voorbeeldstad.yaml', '--format', 'json', '--datum', '2026-03-20'], { cwd: dir });
    expect(proposal.code, proposal.stderr).toBe(0);
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(original);
    const messages = (JSON.parse(proposal.stdout) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> }).files[0]!.findings.filter((f) =>
      f.rule.startsWith('word-'),
    );
    expect(messages).toEqual([
      {
        ...messages[0],
        rule: 'word-voorstel',
        message: expect.stringMatching(/^Voorstel van Unknown Author \(\d{4}-\d\d-\d\d\) bij c\.4 Wachtlijsten – termijn: “10” vervangen door “5”\./),
      },
    ]);

    const edit = swa(['verwerk', 'bewerkt.docx', '--datum', '2026-03-20'], { cwd: dir });
    expect(edit.code, edit.stderr).toBe(0);
    const afterEdit = readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8');
    expect(afterEdit).toBe(original.replace('minimaal elke twee weken contact', 'minimaal elke week contact'));

    const accepted = swa(['verwerk', 'gevolgd.docx', '--bestand', 'voorbeeldstad.yaml', '--accepteer', '--datum', '2026-03-20'], { cwd: dir });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(
      afterEdit.replace('termijn: 10 dagen, bij crisis direct', 'termijn: 5 dagen, bij crisis direct'),
    );
    expect(parse(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).afspraken.c_taakverdeling.wachtlijsten[1].termijn).toBe('5 dagen, bij crisis direct');
  }, 300_000);
});
