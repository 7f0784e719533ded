import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutchDate } from '../../src/core/domain/dates.js';
import { dutchList } from '../../src/core/domain/dutch-list.js';
import { asSentence } from '../../src/render/document-view.js';
import { dutchFrequentie, metLidwoord } from '../../src/render/dutch.js';
import type { RenderResult } from '../../src/render/render-document.js';
import { ROOT } from '../helpers/cli.js';
import { checkAndRender } from '../helpers/render-in-process.js';
import { openDocx } from './docx-reader.js';

/**
 * The Dutch of what swa writes itself, as a table a Dutch reader can check line by line: each
 * phrase with the words it is made of, and each generated sentence as it must stand in the document.
 */
describe('phrases', () => {
  it.each([
    ['Raad voor de Kinderbescherming, regio Waterland-Zuid', 'de Raad voor de Kinderbescherming, regio Waterland-Zuid'],
    ['Sociaal Wijkteam Voorbeeldstad', 'het Sociaal Wijkteam Voorbeeldstad'],
    ['Team Jeugd en Gezin Middenwaard', 'het Team Jeugd en Gezin Middenwaard'],
    ['William Schrikker Stichting Jeugdbescherming & Jeugdreclassering', 'de William Schrikker Stichting Jeugdbescherming & Jeugdreclassering'],
    ['Stichting Jeugdteams Zuid-Holland Zuid', 'de Stichting Jeugdteams Zuid-Holland Zuid'],
    ['Leger des Heils Jeugdbescherming & Reclassering', 'het Leger des Heils Jeugdbescherming & Reclassering'],
    ['GGD Waterland-Zuid', 'de GGD Waterland-Zuid'],
    ['Veilig Thuis Waterland-Zuid', 'Veilig Thuis Waterland-Zuid'],
    ['Veilig Thuis Team Noord', 'Veilig Thuis Team Noord'],
    ['Jeugdbescherming Randstad Voorbeeld', 'Jeugdbescherming Randstad Voorbeeld'],
    ['Samen Veilig Midden-Nederland', 'Samen Veilig Midden-Nederland'],
    ['De Jeugd- en Gezinsbeschermers', 'De Jeugd- en Gezinsbeschermers'],
  ])('an organisation in a sentence: %s → %s', (naam, inZin) => {
    expect(metLidwoord(naam)).toBe(inZin);
  });

  it.each([
    [['Veilig Thuis'], 'Veilig Thuis'],
    [['Veilig Thuis', 'de Raad'], 'Veilig Thuis en de Raad'],
    [['het lokaal team', 'Veilig Thuis', 'de Raad'], 'het lokaal team, Veilig Thuis en de Raad'],
  ])('a list %j reads "%s"', (items, zin) => {
    expect(dutchList(items)).toBe(zin);
  });

  it.each([
    ['2025-03-01', '1 maart 2025'],
    ['2027-02-28', '28 februari 2027'],
    ['2026-12-31', '31 december 2026'],
  ])('a date %s reads "%s"', (iso, zin) => {
    expect(dutchDate(iso)).toBe(zin);
  });

  it.each([
    ['jaarlijks', 'jaarlijks'],
    ['halfjaarlijks', 'elk half jaar'],
    ['tweejaarlijks', 'eens in de twee jaar'],
    ['per_kwartaal', 'elk kwartaal'],
  ])('the rhythm %s reads "%s"', (value, zin) => {
    expect(dutchFrequentie(value)).toBe(zin);
  });

  it.each([
    ['elk kwartaal', 'Elk kwartaal'],
    ['één keer per jaar', 'Eén keer per jaar'],
    ["'s-Hertogenbosch doet mee", "'s-Hertogenbosch doet mee"],
    ['iPad-app', 'iPad-app'],
  ])('an agreement after its number starts as a sentence: %s → %s', (tekst, zin) => {
    expect(asSentence(tekst)).toBe(zin);
  });
});

describe('sentences in the documents of the example', () => {
  let result: RenderResult;
  let concept: RenderResult;
  const paragraphs = (partner: string | null): string[] => {
    const document = result.documents.find((d) => d.partner === partner)!;
    const opened = openDocx(document.bytes);
    // A line break inside a paragraph ("Verantwoordelijk: …<br/>Termijn: …") ends a line of its own.
    return [...opened.paragraphs.map((p) => p.text), ...opened.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))].flatMap((text) => text.split('\n'));
  };

  it.each([
    [null, 'Afspraken tussen het lokaal team, Veilig Thuis, de Raad voor de Kinderbescherming en de gecertificeerde instellingen'],
    [
      null,
      'Deze afspraken gelden van 1 maart 2025 tot en met 28 februari 2027. Zij blijven daarna van kracht totdat de partners nieuwe afspraken hebben vastgesteld.',
    ],
    [null, 'De partners evalueren deze afspraken jaarlijks gezamenlijk.'],
    [null, 'Verantwoordelijk: de gecertificeerde instellingen en gemeente Voorbeeldstad'],
    [
      null,
      'Hoofdstuk 2 noemt de partijen en hun contactpersonen. Daarna volgt per onderdeel van de leidraad eerst wat de leidraad vraagt en dan wat de partners afspreken. Elke afspraak heeft een nummer, zodat partners er in overleg naar kunnen verwijzen. Waar de partners dat hebben afgesproken, staat onder de afspraak wie verantwoordelijk is en binnen welke termijn het gebeurt. Het document sluit af met de evaluatie, de looptijd en de ondertekening.',
    ],
    ['rvdk', 'Deelafspraken tussen het Sociaal Wijkteam Voorbeeldstad en de Raad voor de Kinderbescherming, regio Waterland-Zuid'],
    ['veilig_thuis', 'Deelafspraken tussen het Sociaal Wijkteam Voorbeeldstad en Veilig Thuis Waterland-Zuid'],
    [
      'gi.wss',
      'Dit document bevat het deel van de samenwerkingsafspraken van gemeente Voorbeeldstad dat geldt tussen het Sociaal Wijkteam Voorbeeldstad en de William Schrikker Stichting Jeugdbescherming & Jeugdreclassering. Het is afgeleid van het integrale document ‘Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027’; bij verschil geldt het integrale document.',
    ],
  ])('the %s document says: %s', async (partner, zin) => {
    result ??= (await checkAndRender(readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8'))).result;
    expect(paragraphs(partner)).toContain(zin);
  });

  it.each([
    'Nog af te spreken: afspraak a.3 over wanneer het lokaal team advies van de Raad voor de Kinderbescherming kan vragen.',
    'Nog af te spreken: de termijn bij afspraak d.i.1 (over de start en beëindiging van de betrokkenheid van Veilig Thuis, de Raad en de GI).',
    'Nog in te vullen: welke methoden en instrumenten de Raad voor de Kinderbescherming, regio Waterland-Zuid gebruikt.',
    'Nog in te vullen: wie namens het Team Jeugd en Gezin Middenwaard ondertekent.',
    'Nog af te spreken: binnen welke termijn escalatiestap 1 wordt gezet.',
    'Na te gaan: of er over dit onderdeel een afspraak met Veilig Thuis Waterland-Zuid en de Raad voor de Kinderbescherming, regio Waterland-Zuid nodig is. De leidraad zegt hier ‘en/of’: niet elke partner hoeft een afspraak te hebben.',
  ])('the appendix of the concept example says: %s', async (zin) => {
    concept ??= (await checkAndRender(readFileSync(join(ROOT, 'examples/concept-middenwaard.yaml'), 'utf8'))).result;
    const table = openDocx(concept.documents[0]!.bytes).tables.find((t) => t.rows[0]?.cells[0] === 'Open punt')!;
    expect(table.rows.map((r) => r.cells[0])).toContain(zin);
  });

  it('no generated sentence names the gemeente with a capital in the middle', async () => {
    result ??= (await checkAndRender(readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8'))).result;
    for (const document of result.documents) {
      const midSentence = paragraphs(document.partner).filter((text) => /[a-z,:] Gemeente Voorbeeldstad/.test(text));
      expect(midSentence, String(document.partner)).toEqual([]);
    }
  });

  it('the date of the document is not before the last evaluation it reports', async () => {
    result ??= (await checkAndRender(readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8'))).result;
    const yaml = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8');
    const datum = /^ {2}datum: (\S+)$/m.exec(yaml)?.[1];
    const laatste = /^ {2}laatste: (\S+)$/m.exec(yaml)?.[1];
    expect(datum! >= laatste!, `document ${datum}, laatste evaluatie ${laatste}`).toBe(true);
  });
});
