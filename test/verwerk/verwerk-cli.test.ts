import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, swa } from '../helpers/cli.js';
import { control, fixtureDocx, paragraph, run } from './fixture-docx.js';

const C = 'afspraken.c_taakverdeling.wachtlijsten';
const AFSPRAAK_0 =
  'Zolang een gezin wacht op de RvdK, de GI of gespecialiseerde hulp, houdt het wijkteam zicht op de veiligheid en heeft het minimaal elke twee weken contact met het gezin.';
const AFSPRAAK_1 =
  'De RvdK start een onderzoek binnen 10 dagen na het verzoek; bij crisis direct. Bij langere wachttijd meldt de RvdK dit aan het wijkteam en de gemeente.';
const ROL =
  'De gemeente geeft het wijkteam via de subsidiebeschikking opdracht om volgens deze afspraken te werken, koopt de jeugdbescherming in via de regio en bespreekt de uitvoering twee keer per jaar met alle partners.';

interface Parts {
  afspraak0?: string;
  termijn1?: string;
  rol?: string;
  kop?: string;
  extra?: string;
  withoutAfspraak1?: boolean;
}

/** The body as swa renders this part of voorbeeldstad.yaml; each part can be swapped for an edited one. */
function body(parts: Parts = {}): string {
  return [
    paragraph(run(parts.kop ?? 'Als er een wachtlijst is'), 'Heading3'),
    paragraph(
      `<w:r><w:rPr><w:b/></w:rPr><w:t>c.3</w:t></w:r><w:r><w:tab/></w:r>${control(`${C}.0.afspraak`, 'c.3 Wachtlijsten', parts.afspraak0 ?? run(AFSPRAAK_0))}`,
      'afspraak',
    ),
    paragraph(
      `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Verantwoordelijk: </w:t></w:r>${control(`${C}.0.verantwoordelijk`, 'c.3 Wachtlijsten: verantwoordelijk', run('Sociaal Wijkteam Voorbeeldstad'), { derived: true })}`,
      'afspraak-detail',
    ),
    parts.withoutAfspraak1
      ? paragraph(`<w:r><w:rPr><w:b/></w:rPr><w:t>c.4</w:t></w:r><w:r><w:tab/></w:r>`, 'afspraak')
      : paragraph(
          `<w:r><w:rPr><w:b/></w:rPr><w:t>c.4</w:t></w:r><w:r><w:tab/></w:r>${control(`${C}.1.afspraak`, 'c.4 Wachtlijsten', run(AFSPRAAK_1))}`,
          'afspraak',
        ),
    paragraph(
      `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Termijn: </w:t></w:r>${control(`${C}.1.termijn`, 'c.4 Wachtlijsten: termijn', parts.termijn1 ?? run('10 dagen, bij crisis direct'))}`,
      'afspraak-detail',
    ),
    parts.extra ?? '',
    control('gemeente.rol', 'Rol van de gemeente', parts.rol ?? paragraph(run(ROL))),
  ].join('');
}

let dir: string;
let yamlPath: string;
let original: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'swa-verwerk-'));
  yamlPath = join(dir, 'voorbeeldstad.yaml');
  copyFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), yamlPath);
  original = readFileSync(yamlPath, 'utf8');
});

function edited(parts: Parts, extra: { comments?: string } = {}): string {
  const file = join(dir, 'terug.docx');
  writeFileSync(file, fixtureDocx({ original: body(), edited: body(parts), bron: 'voorbeeldstad.yaml', ...extra }));
  return file;
}

function verwerk(args: string[]) {
  return swa(['verwerk', ...args, '--datum', '2026-03-20'], { cwd: dir });
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  file: string;
}

function findings(stdout: string, rule?: string): JsonFinding[] {
  const report = JSON.parse(stdout) as { files: Array<{ findings: JsonFinding[] }> };
  const all = report.files.flatMap((f) => f.findings);
  return rule ? all.filter((f) => f.rule === rule) : all;
}

describe('swa verwerk', () => {
  it('writes back a value edited the way Word stores it: split runs, proofErr, rsids', () => {
    const termijn = `${run('5 da', '00A1B2C3')}<w:proofErr w:type="spellStart"/>${run('gen, bij cri', '00D4E5F6')}<w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>${run('sis direct')}<w:bookmarkEnd w:id="0"/>`;
    const result = verwerk([edited({ termijn1: termijn }), '--format', 'json']);
    expect(result.stderr).toBe('swa: voorbeeldstad.yaml bijgewerkt met 1 wijziging uit terug.docx.\n');
    expect(result.code).toBe(0);
    expect(readFileSync(yamlPath, 'utf8')).toBe(original.replace('termijn: 10 dagen, bij crisis direct', 'termijn: 5 dagen, bij crisis direct'));
    expect(findings(result.stdout, 'word-verwerkt')).toEqual([
      expect.objectContaining({
        severity: 'info',
        line: 225,
        message: 'c.4 Wachtlijsten: termijn overgenomen uit Word: “5 dagen, bij crisis direct” (was: “10 dagen, bij crisis direct”).',
      }),
    ]);
  });

  it('lists a tracked change as a proposal and applies it only with --accepteer', () => {
    const change = `${run('Zolang een gezin wacht op de RvdK, de GI of gespecialiseerde hulp, houdt het wijkteam zicht op de veiligheid en heeft het minimaal ')}<w:del w:id="5" w:author="Anna de Vries (Veilig Thuis)" w:date="2026-03-02T10:15:00Z"><w:r><w:delText>elke twee weken</w:delText></w:r></w:del><w:ins w:id="6" w:author="Anna de Vries (Veilig Thuis)" w:date="2026-03-02T10:15:00Z">${run('elke week')}</w:ins>${run(' contact met het gezin.')}`;
    const file = edited({ afspraak0: change });
    const listed = verwerk([file, '--format', 'json']);
    expect(listed.code).toBe(0);
    expect(readFileSync(yamlPath, 'utf8')).toBe(original);
    expect(listed.stderr).toBe('swa: niets overgenomen in voorbeeldstad.yaml.\n');
    expect(findings(listed.stdout, 'word-voorstel')).toEqual([
      expect.objectContaining({
        severity: 'waarschuwing',
        line: 217,
        message:
          'Voorstel van Anna de Vries (Veilig Thuis) (2026-03-02) bij c.3 Wachtlijsten: “twee weken” vervangen door “week”. Nieuwe tekst: “Zolang een gezin wacht op de RvdK, de GI of gespecialiseerde hulp, houdt het wijkteam zicht op de veiligheid en heeft het minimaal elke week contact met het gezin.”. Niet overgenomen; neem het over met swa verwerk --accepteer, of pas de tekst zelf aan.',
      }),
    ]);

    const applied = verwerk([file, '--accepteer', '--format', 'json']);
    expect(applied.code).toBe(0);
    const after = readFileSync(yamlPath, 'utf8');
    expect(parse(after).afspraken.c_taakverdeling.wachtlijsten[0].afspraak).toBe(AFSPRAAK_0.replace('elke twee weken', 'elke week'));
    // The folded block stays folded, wrapped as wide as it was; the rest of the file is as it was.
    expect(after).toBe(
      original.replace(
        'veiligheid en heeft het minimaal elke twee weken contact met het gezin.',
        'veiligheid en heeft het minimaal elke week contact met het gezin.',
      ),
    );
    expect(findings(applied.stdout, 'word-verwerkt')[0]!.message).toContain('(voorstel van Anna de Vries (Veilig Thuis) (2026-03-02) overgenomen)');
  });

  it('turns paragraphs added inside a block control into a value of several lines', () => {
    const rol = `${paragraph(run(ROL))}${paragraph(run('Zij evalueert de afspraken elk jaar met de partners.'))}`;
    const result = verwerk([edited({ rol })]);
    expect(result.code).toBe(0);
    const after = readFileSync(yamlPath, 'utf8');
    expect(parse(after).gemeente.rol).toBe(`${ROL}\nZij evalueert de afspraken elk jaar met de partners.`);
    expect(after).toContain(`  rol: |-\n    ${ROL}\n    Zij evalueert de afspraken elk jaar met de partners.\n\nregio:\n`);
    expect(after.replace(/ {2}rol: [\s\S]*?\n\nregio:/, '')).toBe(original.replace(/ {2}rol: [\s\S]*?\n\nregio:/, ''));
  });

  it('lists comments with author, date, label and place, in json and sarif', () => {
    const afspraak = `<w:commentRangeStart w:id="0"/>${run(AFSPRAAK_0)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`;
    const comments =
      '<w:comment w:id="0" w:author="Piet Jansen (RvdK)" w:date="2026-03-03T09:00:00Z" w:initials="PJ"><w:p><w:r><w:t>Kan dit ook elke week?</w:t></w:r></w:p></w:comment>';
    const result = verwerk([edited({ afspraak0: afspraak }, { comments }), '--format', 'json', '--format', 'sarif:verwerk.sarif']);
    expect(result.code).toBe(0);
    expect(findings(result.stdout, 'word-opmerking')).toEqual([
      expect.objectContaining({
        severity: 'info',
        line: 217,
        file: 'voorbeeldstad.yaml',
        message: 'Opmerking van Piet Jansen (RvdK) (2026-03-03) bij c.3 Wachtlijsten: “Kan dit ook elke week?”',
      }),
    ]);
    const sarif = JSON.parse(readFileSync(join(dir, 'verwerk.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('word-opmerking');
    expect(readFileSync(yamlPath, 'utf8')).toBe(original);
  });

  it('reports edits outside the controls and a deleted control as niet verwerkt, and applies nothing of them', () => {
    const result = verwerk([edited({ kop: 'Bij een wachtlijst', withoutAfspraak1: true, extra: paragraph(run('Nieuwe zin van de GI.')) }), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(readFileSync(yamlPath, 'utf8')).toBe(original);
    expect(findings(result.stdout, 'word-niet-verwerkt').map((f) => f.message)).toEqual([
      'Het veld c.4 Wachtlijsten is uit het document verwijderd (de tekst was: “De RvdK start een onderzoek binnen 10 dagen na het verzoek; bij crisis direct. Bij langere wachttijd meldt de RvdK dit aan het wijkteam en de gemeente.”). Niet verwerkt: een afspraak schrapt u in het bestand zelf.',
      'Tekst buiten de afspraken gewijzigd in “Bij een wachtlijst” (was: “Als er een wachtlijst is”). Niet verwerkt: deze tekst komt niet uit het afsprakenbestand.',
      'Tekst buiten de afspraken gewijzigd in “c.4\t” (was: “c.4\t…”). Niet verwerkt: deze tekst komt niet uit het afsprakenbestand.',
      'Tekst buiten de afspraken toegevoegd: “Nieuwe zin van de GI.”. Niet verwerkt: hoort het bij een afspraak, zet het dan in het veld van die afspraak of in het bestand.',
    ]);
  });

  it('counts the file as complete when only the document has findings: they are about Word, not the agreements', () => {
    const result = verwerk([edited({ kop: 'Bij een wachtlijst' })]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('word-niet-verwerkt');
    expect(swa(['check', 'voorbeeldstad.yaml', '--datum', '2026-03-20'], { cwd: dir }).stdout).toMatch(
      /1 bestand gecontroleerd, 1 compleet: 0 fouten, 0 waarschuwingen/,
    );
    expect(result.stdout).toMatch(/1 bestand gecontroleerd, 1 compleet: 0 fouten, 1 waarschuwing/);
  });

  it('a path changed in the file since rendering and in Word is a conflict: reported, not overwritten, exit code 1', () => {
    writeFileSync(yamlPath, original.replace('termijn: 10 dagen, bij crisis direct', 'termijn: 7 dagen, bij crisis direct'));
    const before = readFileSync(yamlPath, 'utf8');
    const result = verwerk([edited({ termijn1: run('5 dagen, bij crisis direct') }), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(readFileSync(yamlPath, 'utf8')).toBe(before);
    expect(findings(result.stdout, 'word-conflict')).toEqual([
      expect.objectContaining({
        severity: 'fout',
        line: 225,
        message:
          'c.4 Wachtlijsten: termijn is aan twee kanten gewijzigd: in Word in “5 dagen, bij crisis direct”, in het bestand (nadat het document gemaakt is) in “7 dagen, bij crisis direct”. Niet overgenomen: kies zelf en pas het bestand aan.',
      }),
    ]);
  });

  it('keeps a change made in the file only, and takes a change made in Word only, in one run', () => {
    writeFileSync(yamlPath, original.replace('termijn: 10 dagen, bij crisis direct', 'termijn: 7 dagen, bij crisis direct'));
    const result = verwerk([edited({ afspraak0: run(AFSPRAAK_0.replace('twee weken', 'week')) })]);
    expect(result.code).toBe(0);
    const data = parse(readFileSync(yamlPath, 'utf8'));
    expect(data.afspraken.c_taakverdeling.wachtlijsten[1].termijn).toBe('7 dagen, bij crisis direct');
    expect(data.afspraken.c_taakverdeling.wachtlijsten[0].afspraak).toBe(AFSPRAAK_0.replace('twee weken', 'week'));
  });

  it('does not count a change of quote style as an edit, and does not write back a derived text', () => {
    const file = join(dir, 'terug.docx');
    const quoted = body({ termijn1: run('10 dagen, bij crisis direct') }).replace('Sociaal Wijkteam Voorbeeldstad', 'Wijkteam en Veilig Thuis');
    writeFileSync(
      file,
      fixtureDocx({
        original: body().replace('10 dagen', "10 dagen ('kalender')"),
        edited: quoted.replace('10 dagen', '10 dagen (‘kalender’)'),
        bron: 'voorbeeldstad.yaml',
      }),
    );
    writeFileSync(yamlPath, original.replace('termijn: 10 dagen, bij crisis direct', "termijn: 10 dagen ('kalender'), bij crisis direct"));
    const before = readFileSync(yamlPath, 'utf8');
    const result = verwerk([file, '--format', 'json']);
    expect(readFileSync(yamlPath, 'utf8')).toBe(before);
    expect(
      findings(result.stdout)
        .filter((f) => f.rule.startsWith('word-'))
        .map((f) => f.message),
    ).toEqual([
      'c.3 Wachtlijsten: verantwoordelijk is in Word gewijzigd in “Wijkteam en Veilig Thuis”, maar het document toont hier iets dat uit het bestand is afgeleid (namen, een datum in woorden), niet de tekst zelf. Niet verwerkt: pas het bestand zelf aan.',
    ]);
  });

  it('--toon shows the change as a diff and writes nothing', () => {
    const result = verwerk([edited({ termijn1: run('5 dagen, bij crisis direct') }), '--toon']);
    expect(result.code).toBe(0);
    expect(readFileSync(yamlPath, 'utf8')).toBe(original);
    expect(result.stdout).toContain('--- voorbeeldstad.yaml\n+++ voorbeeldstad.yaml\n');
    expect(result.stdout).toContain('-        termijn: 10 dagen, bij crisis direct\n+        termijn: 5 dagen, bij crisis direct\n');
    expect(result.stderr).toContain('c.4 Wachtlijsten: termijn overgenomen uit Word');
  });

  it('refuses what is not a document of swa, an old document and a symlinked file, with exit code 2', () => {
    writeFileSync(join(dir, 'leeg.docx'), 'geen zip');
    expect(verwerk(['leeg.docx'])).toMatchObject({ code: 2, stderr: 'swa: leeg.docx is geen Word-document (.docx): het is geen leesbaar zip-bestand.\n' });
    writeFileSync(join(dir, 'vreemd.docx'), fixtureDocx({ original: body(), properties: false }));
    expect(verwerk(['vreemd.docx']).stderr).toMatch(/^swa: vreemd\.docx is geen document van swa/);
    writeFileSync(join(dir, 'oud.docx'), fixtureDocx({ original: body(), withoutRecord: true, bron: 'voorbeeldstad.yaml' }));
    expect(verwerk(['oud.docx'])).toMatchObject({ code: 2 });
    expect(verwerk(['ontbreekt.docx'])).toMatchObject({ code: 2, stderr: 'swa: ontbreekt.docx bestaat niet. Controleer de naam en de map.\n' });
    copyFileSync(join(ROOT, 'examples/concept-middenwaard.yaml'), join(dir, 'middenwaard.yaml'));
    expect(verwerk([edited({}), '--bestand', 'middenwaard.yaml'])).toMatchObject({
      code: 2,
      stderr:
        'swa: terug.docx is gemaakt uit voorbeeldstad.yaml, niet uit middenwaard.yaml. Geef het juiste afsprakenbestand met --bestand (of laat --bestand weg).\n',
    });
    mkdirSync(join(dir, 'link'));
    symlinkSync(yamlPath, join(dir, 'link/voorbeeldstad.yaml'));
    const linked = verwerk([edited({ termijn1: run('5 dagen, bij crisis direct') }), '--bestand', 'link/voorbeeldstad.yaml']);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toBe(
      'swa: link/voorbeeldstad.yaml is een snelkoppeling (symlink); swa schrijft alleen in gewone bestanden. Geef het bestand zelf op met --bestand, of gebruik --toon om de wijziging te zien.\n',
    );
    expect(readFileSync(yamlPath, 'utf8')).toBe(original);
  });
});

describe('swa verwerk with a regional base file', () => {
  it("writes what is the gemeente file's own, and reports what comes from the base file without touching it", () => {
    const region = mkdtempSync(join(tmpdir(), 'swa-verwerk-regio-'));
    mkdirSync(join(region, '.git'));
    mkdirSync(join(region, 'gemeenten'));
    const fixture = join(ROOT, 'test/fixtures/render/basisbestand');
    copyFileSync(join(fixture, 'regio-basis.yaml'), join(region, 'regio-basis.yaml'));
    copyFileSync(join(fixture, 'gemeenten/zuiderpolder.yaml'), join(region, 'gemeenten/zuiderpolder.yaml'));
    const base = readFileSync(join(region, 'regio-basis.yaml'), 'utf8');
    const own = readFileSync(join(region, 'gemeenten/zuiderpolder.yaml'), 'utf8');
    const names = (vt: string, lt: string) =>
      paragraph(`${run('Veilig Thuis: ')}${control('partners.veilig_thuis.naam', 'Veilig Thuis – naam', run(vt))}`) +
      paragraph(`${run('Lokaal team: ')}${control('partners.lokaal_team.naam', 'Lokaal team – naam', run(lt))}`);
    writeFileSync(
      join(region, 'terug.docx'),
      fixtureDocx({
        original: names('Veilig Thuis Waterland-Zuid', 'Wijkteam Zuiderpolder'),
        edited: names('Veilig Thuis Waterland', 'Sociaal Wijkteam Zuiderpolder'),
        bron: 'gemeenten/zuiderpolder.yaml',
      }),
    );
    const result = swa(['verwerk', 'terug.docx', '--format', 'json', '--datum', '2026-10-02'], { cwd: region });
    expect(result.stderr).toBe('swa: gemeenten/zuiderpolder.yaml bijgewerkt met 1 wijziging uit terug.docx.\n');
    expect(readFileSync(join(region, 'regio-basis.yaml'), 'utf8')).toBe(base);
    expect(readFileSync(join(region, 'gemeenten/zuiderpolder.yaml'), 'utf8')).toBe(
      own.replace('naam: Wijkteam Zuiderpolder', 'naam: Sociaal Wijkteam Zuiderpolder'),
    );
    expect(findings(result.stdout, 'word-niet-verwerkt').map((f) => f.message)).toEqual([
      'Veilig Thuis – naam is in Word gewijzigd in “Veilig Thuis Waterland”, maar komt uit het basisbestand regio-basis.yaml. Niet verwerkt: pas het basisbestand aan (voor alle gemeenten), of zet de tekst in het gemeentebestand.',
    ]);
  });
});
