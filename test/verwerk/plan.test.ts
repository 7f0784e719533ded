import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/verwerk/comments.js';
import { fixedParagraphTexts, type OriginalRecord } from '../../src/word/original-record.js';
import { describeChange, planVerwerk, same } from '../../src/verwerk/plan.js';
import { acceptedText, readWordText } from '../../src/word/word-text.js';
import { control, documentXml, paragraph, run } from './fixture-docx.js';

const DATA = { partners: { rvdk: { naam: 'Raad voor de Kinderbescherming' } }, afspraken: { e_informatie: { delen: 'Wij delen informatie.' } } };

function recordOf(body: string): OriginalRecord {
  const text = readWordText(documentXml(body));
  return {
    controls: text.controls.map((c) => ({ tag: c.tag, label: c.alias, text: acceptedText(c.segments), derived: c.derived })),
    paragraphs: fixedParagraphTexts(text.paragraphs),
  };
}

function plan(original: string, edited: string, options: { comments?: string; accepteer?: boolean; list?: Map<number, string> } = {}) {
  return planVerwerk({
    documentFile: 'terug.docx',
    word: readWordText(documentXml(edited)),
    comments: readComments(options.comments ? `<w:comments xmlns:w="w">${options.comments}</w:comments>` : undefined),
    record: recordOf(original),
    controlsList: options.list,
    data: DATA,
    ownData: DATA,
    baseFiles: [],
    locate: () => ({ file: 'a.yaml', line: 3, column: 5 }),
    accepteer: options.accepteer ?? false,
  });
}

const naam = (text: string) => paragraph(`${run('De Raad: ')}${control('partners.rvdk.naam', 'RvdK – naam', run(text))}`);
const delen = (content: string) => control('afspraken.e_informatie.delen', 'e.1 Delen', content);

describe('planVerwerk', () => {
  it('reports text a partner put in a text box, also in a field, and takes none of it over', () => {
    const box = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(run('Alleen na overleg'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const result = plan(
      paragraph(run('Vaste zin.')) + naam('Raad'),
      paragraph(run('Vaste zin.')) + paragraph(`${run('De Raad: ')}${control('partners.rvdk.naam', 'RvdK – naam', run('Raad') + box)}`),
    );
    expect(result.edits).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'word-niet-verwerkt',
        'Tekst buiten de afspraken toegevoegd: “Alleen na overleg”. Niet verwerkt: hoort het bij een afspraak, zet het dan in het veld van die afspraak of in het bestand.',
      ],
    ]);
  });

  it('lists a comment on fixed text with the paragraph it is in', () => {
    const original = paragraph(run('Vaste zin.'));
    const edited = paragraph(`<w:commentRangeStart w:id="9"/>${run('Vaste zin.')}<w:commentRangeEnd w:id="9"/>`);
    const result = plan(original, edited, {
      comments: '<w:comment w:id="9" w:author="Els" w:date="2026-03-04T08:00:00Z"><w:p><w:r><w:t>Klopt dit?</w:t></w:r></w:p></w:comment>',
    });
    expect(result.findings).toEqual([
      {
        rule: 'word-opmerking',
        severity: 'info',
        onderdeel: null,
        message: 'Opmerking van Els (2026-03-04) bij tekst buiten de afspraken (“Vaste zin.”): “Klopt dit?”',
        path: [],
        file: 'terug.docx',
        line: 0,
        column: 0,
      },
    ]);
  });

  it('does not choose between two places of one value edited differently', () => {
    const result = plan(
      naam('Raad voor de Kinderbescherming') + naam('Raad voor de Kinderbescherming'),
      naam('De Raad') + naam('Raad voor de Kinderbescherming, regio Zuid'),
    );
    expect(result.edits).toEqual([]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'RvdK – naam staat meer dan eens in het document en is op die plaatsen verschillend gewijzigd (“De Raad” en “Raad voor de Kinderbescherming, regio Zuid”). Niet verwerkt: kies zelf.',
    ]);
  });

  it('takes one edit of a value that appears twice', () => {
    const result = plan(
      naam('Raad voor de Kinderbescherming') + naam('Raad voor de Kinderbescherming'),
      naam('De Raad') + naam('Raad voor de Kinderbescherming'),
    );
    expect(result.edits).toEqual([{ path: ['partners', 'rvdk', 'naam'], value: 'De Raad' }]);
  });

  it('makes a tracked new paragraph in a block control a proposal of a second line', () => {
    const original = delen(paragraph(run('Wij delen informatie.')));
    const edited = delen(
      `<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="Els" w:date="2026-03-04T08:00:00Z"/></w:rPr></w:pPr>${run('Wij delen informatie.')}</w:p><w:p><w:ins w:id="2" w:author="Els" w:date="2026-03-04T08:00:00Z">${run('Binnen een dag.')}</w:ins></w:p>`,
    );
    expect(plan(original, edited).edits).toEqual([]);
    expect(plan(original, edited, { accepteer: true }).edits).toEqual([
      { path: ['afspraken', 'e_informatie', 'delen'], value: 'Wij delen informatie.\nBinnen een dag.' },
    ]);
  });

  it('does not guess which control lost its tag when the count no longer matches', () => {
    const untagged = (text: string) => paragraph(`<w:sdt><w:sdtPr></w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`);
    const result = plan(naam('Raad voor de Kinderbescherming') + delen(paragraph(run('Wij delen informatie.'))), untagged('De Raad'));
    expect(result.edits).toEqual([]);
    expect(result.findings.map((f) => f.message)).toEqual([
      '1 veld heeft geen kenmerk meer (het programma dat het document opsloeg liet het weg) en is niet terug te vinden; wat daarin gewijzigd is, is niet verwerkt.',
      'Tekst buiten de afspraken verwijderd: “De Raad: …”. Niet verwerkt.',
    ]);
  });
});

describe('planVerwerk and an emptied control', () => {
  it('does not empty a value whose text was removed in Word, tracked or not', () => {
    const original = delen(paragraph(run('Wij delen informatie.')));
    const removed = delen(
      paragraph(`<w:del w:id="1" w:author="Els" w:date="2026-03-04T08:00:00Z"><w:r><w:delText>Wij delen informatie.</w:delText></w:r></w:del>`),
    );
    for (const result of [plan(original, delen(paragraph(''))), plan(original, removed, { accepteer: true })]) {
      expect(result.edits).toEqual([]);
      expect(result.findings.map((f) => f.message)).toEqual([
        'De tekst van e.1 Delen is in het document weggehaald (de tekst was: “Wij delen informatie.”). Niet verwerkt: een afspraak schrapt u in het bestand zelf.',
      ]);
    }
  });
});

describe('planVerwerk on a document that lost its tags', () => {
  it("names a control by render's hidden bookmark in it, also when another control was deleted", () => {
    const untagged = (id: number, text: string) =>
      paragraph(
        `<w:sdt><w:sdtPr></w:sdtPr><w:sdtContent><w:bookmarkStart w:name="_swa${id}" w:id="${id}"/>${run(text)}<w:bookmarkEnd w:id="${id}"/></w:sdtContent></w:sdt>`,
      );
    const list = new Map([
      [1, 'partners.rvdk.naam'],
      [2, 'afspraken.e_informatie.delen'],
    ]);
    const result = plan(naam('Raad voor de Kinderbescherming') + paragraph(delen(run('Wij delen informatie.'))), untagged(2, 'Wij delen alle informatie.'), {
      list,
    });
    expect(result.edits).toEqual([{ path: ['afspraken', 'e_informatie', 'delen'], value: 'Wij delen alle informatie.' }]);
    expect(result.findings.map((f) => f.rule)).toEqual(['word-niet-verwerkt', 'word-verwerkt', 'word-niet-verwerkt']);
    expect(result.findings[0]!.message).toMatch(/^Het veld RvdK – naam is uit het document verwijderd/);
  });
});

describe('same and describeChange', () => {
  it('treats quote style, non-breaking spaces and line-end spaces as no change, anything else as one', () => {
    expect(same("het team's plan", 'het team’s plan')).toBe(true);
    expect(same('“zo”\u00a0gezegd ', '"zo" gezegd')).toBe(true);
    expect(same('het plan', 'het  plan')).toBe(false);
    expect(same('het plan', 'Het plan')).toBe(false);
  });

  it('names what a change does, word by word', () => {
    expect(describeChange('binnen 10 werkdagen', 'binnen 5 werkdagen')).toBe('“10” vervangen door “5”');
    expect(describeChange('binnen 10 werkdagen', 'binnen 10 werkdagen na melding')).toBe('“na melding” toegevoegd');
    expect(describeChange('binnen 10 werkdagen', 'binnen werkdagen')).toBe('“10” geschrapt');
  });
});
