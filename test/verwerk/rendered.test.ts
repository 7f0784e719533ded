import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

/** The rendered document with the text of the control tagged `tag` replaced by `text` (one run, as Word saves a retyped text). */
function withEdit(docx: Uint8Array, tag: string, text: string): Uint8Array {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml']!);
  const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
  expect(at).toBeGreaterThan(-1);
  const start = xml.indexOf('<w:sdtContent>', at) + '<w:sdtContent>'.length;
  const end = xml.indexOf('</w:sdtContent>', start);
  parts['word/document.xml'] = strToU8(`${xml.slice(0, start)}<w:r w:rsidR="00C1D2E3"><w:t xml:space="preserve">${text}</w:t></w:r>${xml.slice(end)}`);
  return zipSync(parts);
}

describe('swa verwerk on documents swa rendered', () => {
  let dir: string;
  let original: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'swa-verwerk-render-'));
    copyFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), join(dir, 'voorbeeldstad.yaml'));
    original = readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8');
    const render = swa(['render', 'voorbeeldstad.yaml', '--per-partner', '--out', 'documenten', '--datum', '2026-03-20'], { cwd: dir });
    expect(render.code, render.stderr).toBe(0);
  }, 120_000);

  it('finds nothing to bring back in an unedited integral or partner document', () => {
    for (const name of ['voorbeeldstad-samenwerkingsafspraken.docx', 'voorbeeldstad-samenwerkingsafspraken-rvdk.docx']) {
      const result = swa(['verwerk', `documenten/${name}`, '--format', 'json', '--datum', '2026-03-20'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('swa: niets overgenomen in voorbeeldstad.yaml.\n');
      const findings = (JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ rule: string }> }> }).files[0]!.findings;
      expect(findings.filter((f) => f.rule.startsWith('word-'))).toEqual([]);
    }
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(original);
  });

  it("writes an edit in the Raad's document back, and says when the file changed since rendering", () => {
    const rvdk = readFileSync(join(dir, 'documenten/voorbeeldstad-samenwerkingsafspraken-rvdk.docx'));
    writeFileSync(join(dir, 'terug-rvdk.docx'), withEdit(rvdk, 'afspraken.c_taakverdeling.wachtlijsten.1.termijn', '7 dagen, bij crisis direct'));
    writeFileSync(join(dir, 'voorbeeldstad.yaml'), original.replace('houdt het wijkteam zicht op de\n', 'houdt het sociaal wijkteam zicht op de\n'));
    const result = swa(['verwerk', 'terug-rvdk.docx', '--datum', '2026-03-20'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      'swa: voorbeeldstad.yaml is gewijzigd sinds terug-rvdk.docx gemaakt is; wat aan beide kanten gewijzigd is, staat als conflict in het rapport.\nswa: voorbeeldstad.yaml bijgewerkt met 1 wijziging uit terug-rvdk.docx.\n',
    );
    expect(readFileSync(join(dir, 'voorbeeldstad.yaml'), 'utf8')).toBe(
      original
        .replace('houdt het wijkteam zicht op de\n', 'houdt het sociaal wijkteam zicht op de\n')
        .replace('termijn: 10 dagen, bij crisis direct', 'termijn: 7 dagen, bij crisis direct'),
    );
  });
});
