/**
 * The redline in a real office suite: LibreOffice opens it and shows the changes (its PDF export
 * prints deleted and inserted text, with the change marks), and a document re-saved by LibreOffice
 * keeps them as tracked changes with their author.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { verschilDocuments } from '../../src/verschil/verschil-documents.js';
import { builtInTemplates } from '../helpers/render-in-process.js';
import { nextVersion } from './example-versions.js';
import { acceptAll, paragraphTexts, part, rejectAll } from './track-changes.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const OLD = readFileSync(new URL('../../examples/voorbeeldstad.yaml', import.meta.url), 'utf8');

describe.skipIf(!hasOffice)('LibreOffice and the redline (soffice → PDF → pdftotext; soffice → docx)', () => {
  let pdfText = '';
  let resaved = '';
  let ours = '';
  beforeAll(async () => {
    const check = (text: string) => checkSource('voorbeeldstad.yaml', new TextEncoder().encode(text), { today: '2026-06-01' });
    const result = await verschilDocuments(check(OLD), check(nextVersion(OLD)), await builtInTemplates(), { perPartner: false, generator: 'swa test', author: 'Ilse de Groot', date: null, oldName: 'vorige' });
    const out = mkdtempSync(join(tmpdir(), 'swa-verschil-office-'));
    const docx = join(out, 'redline.docx');
    writeFileSync(docx, result.documents[0]!.bytes);
    ours = part(result.documents[0]!.bytes);
    const profile = `-env:UserInstallation=file://${join(out, 'profiel')}`;
    const pdf = spawnSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', out, docx], { encoding: 'utf8', timeout: 120_000 });
    expect(pdf.status, pdf.stderr).toBe(0);
    pdfText = spawnSync('pdftotext', [join(out, 'redline.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    mkdirSync(join(out, 'opnieuw'));
    const again = spawnSync('soffice', ['--headless', profile, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(out, 'opnieuw'), docx], { encoding: 'utf8', timeout: 120_000 });
    expect(again.status, again.stderr).toBe(0);
    resaved = part(readFileSync(join(out, 'opnieuw', 'redline.docx')));
  }, 240_000);

  it('prints both the deleted and the inserted words, and the overview', () => {
    expect(pdfText).toContain('Wijzigingen ten opzichte van versie 1.1');
    expect(pdfText).toMatch(/minimaal elke twee weken week contact met het gezin en de school/);
    expect(pdfText).toContain('De RvdK start een onderzoek binnen 10 dagen na het verzoek');
    expect(pdfText).toContain('De gemeente bespreekt de wachtlijsten elk kwartaal met alle partners.');
  });

  it('keeps the tracked changes with their author when LibreOffice saves the document again', () => {
    expect(resaved).toMatch(/<w:del [^>]*w:author="Ilse de Groot"/);
    expect(resaved).toMatch(/<w:ins [^>]*w:author="Ilse de Groot"/);
    // Accepting or rejecting in the re-saved document gives the same text as in ours.
    const body = (texts: string[]): string => texts.join('\n').replace(/\s+/g, ' ');
    for (const transform of [acceptAll, rejectAll]) {
      const theirs = body(paragraphTexts(transform(resaved)));
      const expected = body(paragraphTexts(transform(ours)));
      for (const sentence of ['minimaal elke week contact met het gezin en de school.', 'minimaal elke twee weken contact met het gezin.', 'De RvdK start een onderzoek binnen 10 dagen']) {
        expect(theirs.includes(sentence), `${transform.name}: ${sentence}`).toBe(expected.includes(sentence));
      }
    }
  });
});
