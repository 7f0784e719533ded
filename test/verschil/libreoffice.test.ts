/**
 * The redline in a real office suite. LibreOffice opens it and shows the changes (its PDF export
 * prints deleted and inserted text); its own "accept all" and "reject all" (run by a Basic macro,
 * as a user would choose them in the menu) give exactly the new and the old version's document;
 * and a document re-saved by LibreOffice keeps the tracked changes with their author.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { renderFile } from '../../src/render/render-document.js';
import { verschilDocuments } from '../../src/verschil/verschil-documents.js';
import { builtInTemplates } from '../helpers/render-in-process.js';
import { nextVersion } from './example-versions.js';
import { acceptAll, paragraphTexts, part, rejectAll } from './track-changes.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const OLD = readFileSync(new URL('../../examples/voorbeeldstad.yaml', import.meta.url), 'utf8');

/** What a user does in LibreOffice: Bewerken › Wijzigingen bijhouden › Alles accepteren (or Alles weigeren), then save as Word. */
const MACRO = `
Sub AcceptReject(docUrl As String, acceptedUrl As String, rejectedUrl As String)
  Resolve(docUrl, acceptedUrl, ".uno:AcceptAllTrackedChanges")
  Resolve(docUrl, rejectedUrl, ".uno:RejectAllTrackedChanges")
End Sub

Sub Resolve(docUrl As String, outUrl As String, command As String)
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden"
  loadArgs(0).Value = True
  doc = StarDesktop.loadComponentFromURL(docUrl, "_blank", 0, loadArgs())
  Dim none() As New com.sun.star.beans.PropertyValue
  createUnoService("com.sun.star.frame.DispatchHelper").executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, none())
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  storeArgs(0).Name = "FilterName"
  storeArgs(0).Value = "MS Word 2007 XML"
  doc.storeToURL(outUrl, storeArgs())
  doc.close(True)
End Sub
`;

const escapeXml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function withoutOverview(texts: string[]): string[] {
  const start = texts.findIndex((t) => t.startsWith('Wijzigingen ten opzichte van versie'));
  const end = texts.indexOf('Inhoud', start);
  expect(start).toBeGreaterThan(0);
  return [...texts.slice(0, start), ...texts.slice(end)];
}

describe.skipIf(!hasOffice)('LibreOffice and the redline', () => {
  const out = mkdtempSync(join(tmpdir(), 'swa-verschil-office-'));
  const profile = `-env:UserInstallation=${pathToFileURL(join(out, 'profiel')).href}`;
  const office = (...args: string[]): void => {
    const result = spawnSync('soffice', ['--headless', '--invisible', '--norestore', '--nolockcheck', '--nodefault', profile, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
  };
  const url = (name: string): string => pathToFileURL(join(out, name)).href;
  const docx = (name: string): string => part(readFileSync(join(out, name)));
  // LibreOffice saves "page break before" as a line break at the end of the paragraph before, or at the start of the paragraph itself after a table.
  const texts = (xml: string): string[] => paragraphTexts(xml).map((text) => text.replace(/^\n+|\n+$/g, ''));
  let pdfText = '';

  beforeAll(async () => {
    const check = (text: string) => checkSource('voorbeeldstad.yaml', new TextEncoder().encode(text), { today: '2026-06-01' });
    const templates = await builtInTemplates();
    const [oldCheck, newCheck] = [check(OLD), check(nextVersion(OLD))];
    const result = await verschilDocuments(oldCheck, newCheck, templates, {
      perPartner: false,
      generator: 'swa test',
      author: 'Ilse de Groot',
      date: null,
      oldName: 'vorige',
    });
    writeFileSync(join(out, 'redline.docx'), result.documents[0]!.bytes);
    writeFileSync(join(out, 'oud.docx'), (await renderFile(oldCheck, templates, { perPartner: false, generator: 'swa test' })).documents[0]!.bytes);
    writeFileSync(join(out, 'nieuw.docx'), (await renderFile(newCheck, templates, { perPartner: false, generator: 'swa test' })).documents[0]!.bytes);

    office('--terminate_after_init');
    const library = join(out, 'profiel', 'user', 'basic', 'Standard');
    writeFileSync(
      join(library, 'SwaTest.xba'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="SwaTest" script:language="StarBasic">${escapeXml(MACRO)}</script:module>\n`,
    );
    const index = join(library, 'script.xlb');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</library:library>', ' <library:element library:name="SwaTest"/>\n</library:library>'));

    office(`macro:///Standard.SwaTest.AcceptReject("${url('redline.docx')}","${url('geaccepteerd.docx')}","${url('geweigerd.docx')}")`);
    // The plain documents through the same import and export, so that both sides are LibreOffice's Word.
    office(
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      join(out, 'opgeslagen'),
      join(out, 'oud.docx'),
      join(out, 'nieuw.docx'),
      join(out, 'redline.docx'),
    );
    office('--convert-to', 'pdf', '--outdir', out, join(out, 'redline.docx'));
    pdfText = spawnSync('pdftotext', [join(out, 'redline.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  }, 300_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints both the deleted and the inserted words, and the overview, in its PDF', () => {
    expect(pdfText).toContain('Wijzigingen ten opzichte van versie 1.1');
    expect(pdfText).toMatch(/minimaal elke twee weken week contact met het gezin en de school/);
    expect(pdfText).toContain('De RvdK start een onderzoek binnen 10 dagen na het verzoek');
    expect(pdfText).toContain('De gemeente bespreekt de wachtlijsten elk kwartaal met alle partners.');
  });

  it('accept all in LibreOffice gives the new version’s document, reject all the old one’s', () => {
    expect(withoutOverview(texts(docx('geaccepteerd.docx')))).toEqual(texts(docx('opgeslagen/nieuw.docx')));
    expect(withoutOverview(texts(docx('geweigerd.docx')))).toEqual(texts(docx('opgeslagen/oud.docx')));
  });

  it('keeps the tracked changes with their author when LibreOffice saves the document again', () => {
    const resaved = docx('opgeslagen/redline.docx');
    expect(resaved).toMatch(/<w:del [^>]*w:author="Ilse de Groot"/);
    expect(resaved).toMatch(/<w:ins [^>]*w:author="Ilse de Groot"/);
    expect(withoutOverview(texts(acceptAll(resaved)))).toEqual(texts(docx('opgeslagen/nieuw.docx')));
    expect(withoutOverview(texts(rejectAll(resaved)))).toEqual(texts(docx('opgeslagen/oud.docx')));
  });
});
