import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkSource } from '../../src/core/check.js';
import { buildModel } from '../../src/core/model/build-model.js';
import { textState } from '../../src/core/domain/afspraak-text.js';
import { mayOpen, UITSTEL, uitstelSoort, uitstelSoortUncached, type UitstelSoort, type Vervolg } from '../../src/core/domain/uitstel.js';

/** The answer as worked out afresh (see uitstelSoortUncached), after checking the remembered one agrees. */
const soortOf = (text: string): UitstelSoort | null => {
  const fresh = uitstelSoortUncached(text);
  expect(uitstelSoort(text), text).toBe(fresh);
  expect(uitstelSoort(text), `${text}, asked again`).toBe(fresh);
  return fresh;
};

/** A trailing clause each kind of entry allows within its sentence. */
const TRAILING: Record<Vervolg, readonly string[]> = {
  alles: ['voor onze gemeente', 'met Veilig Thuis', 'in de stuurgroep van maart', 'omdat de regio dit regelt'],
  bepaling: ['na overleg met de Raad', 'na overleg met VT', 'later', 'zodra het protocol klaar is', 'in de volgende versie', 'uiterlijk 1 maart 2027'],
  partijen: ['met de Raad', 'met VT', 'met Veilig Thuis, de RvdK en de GI', 'tussen het lokaal team en Samen Veilig Midden-Nederland', 'met alle partners'],
};

/** Every example of every entry, bare and with the variants people write. */
const VARIANTS = UITSTEL.flatMap((entry) =>
  entry.voorbeelden.flatMap((voorbeeld) => {
    const capital = voorbeeld.charAt(0).toUpperCase() + voorbeeld.slice(1);
    const trailing = TRAILING[entry.vervolg][0]!;
    return [
      voorbeeld,
      capital,
      voorbeeld.toUpperCase(),
      `${capital}.`,
      `${voorbeeld}!`,
      `  ${voorbeeld} `,
      `${capital}…`,
      `(${voorbeeld})`,
      `${capital} ${trailing}.`,
      `${capital}: ${trailing}.`,
    ].map((text) => ({ text, soort: entry.soort }));
  }),
);

describe('deferrals and references are not agreements', () => {
  it.each(VARIANTS)('$text', ({ text, soort }) => {
    expect(soortOf(text)).toBe(soort);
    expect(textState(text)).toBe('uitstel');
  });

  it.each([
    ['n.v.t.', 'niet-van-toepassing'],
    ['N.v.t', 'niet-van-toepassing'],
    ['nvt', 'niet-van-toepassing'],
    ['Nader te bepalen.', 'uitstel'],
    ['Zie bijlage 3.', 'verwijzing'],
    ['Zie het protocol Huiselijk geweld en kindermishandeling van de regio.', 'verwijzing'],
    ['Volgt na overleg met de Raad.', 'uitstel'],
    ['volgt na overleg met VT.', 'uitstel'],
    ['In overleg.', 'uitstel'],
    ['In overleg met de Raad voor de Kinderbescherming.', 'uitstel'],
    ['Wordt nader uitgewerkt door de werkgroep.', 'uitstel'],
    ['N.v.t. Zie bijlage 3.', 'niet-van-toepassing'],
    ['Nader te bepalen; zie het protocol.', 'uitstel'],
    ['- p.m.', 'uitstel'],
    ['N.v.t.;', 'niet-van-toepassing'],
    ['Nader  te\n  bepalen.', 'uitstel'],
    ['Volgt( na overleg met de Raad)', 'uitstel'],
    ['Nader te bepalen; ; zie het protocol.', 'uitstel'],
  ] as const)('the texts from the issue and their like: %j', (text, soort) => {
    expect(soortOf(text)).toBe(soort);
  });
});

describe('"in overleg met" and the parties', () => {
  it.each([
    ['In overleg met ((de Raad)).', 'uitstel'],
    ["In overleg met 'vt'), de raad.", 'uitstel'],
    ['In overleg met de Raad ( ).', 'uitstel'],
    ['In overleg tussen het wijkteam en Jeugdbescherming Regio.', 'uitstel'],
    // Not a party word: lower case inside a word, punctuation inside a word, a word that only
    // starts or ends like "met".
    ['In overleg met de Raad en jeugdGGD.', null],
    ['In overleg met de ra.ad.', null],
    ["In overleg met de ra'ad.", null],
    ['In overleg metselaars De Raad.', null],
    ['In overleg komet De Raad.', null],
    // "met" and no one: the sentence is cut off, not a deferral swa can name.
    ['In overleg met.', null],
  ] as const)('%j', (text, soort) => {
    expect(soortOf(text)).toBe(soort);
  });
});

describe('real agreements that merely contain such words', () => {
  it.each([
    'De Raad volgt de termijnen van het landelijk kader.',
    'Veilig Thuis volgt na overleg met het lokaal team de afspraken uit het veiligheidsplan.',
    'Volgt de Raad het advies niet, dan belt de raadsonderzoeker het lokaal team.',
    'In overleg met het lokaal team stelt Veilig Thuis het veiligheidsplan op.',
    'In overleg met de ouders bepaalt het wijkteam wie de melding bespreekt.',
    'Het lokaal team belt Veilig Thuis binnen 5 werkdagen (zie bijlage 3 voor het stroomschema).',
    'Zie bijlage 3. Veilig Thuis belt het lokaal team binnen 5 werkdagen.',
    'Zie bijlage 3 voor het stroomschema; Veilig Thuis belt het lokaal team binnen 5 werkdagen.',
    'Nog in overleg, maar de RvdK belt het wijkteam terug.',
    'Het wijkteam informeert de ouders; de verdere aanpak volgt na overleg met Veilig Thuis.',
    'Zie erop toe dat de ouders zijn geïnformeerd voordat de melding wordt gedaan.',
    'Nvt-overleg: de teamleiders bespreken elk kwartaal de casussen.',
    'Pmo-overleg elke maand.',
    'Wordt bepaald door Veilig Thuis op basis van de veiligheidsbeoordeling.',
    'Nadere afspraken over de overdracht staan in het regionale protocol; Veilig Thuis draagt schriftelijk over.',
  ])('%j is an agreement', (text) => {
    expect(soortOf(text)).toBeNull();
    expect(textState(text)).toBe('ingevuld');
  });
});

/** Random case per letter, as people (and caps lock) type. */
const anyCase = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

const deferral = fc
  .constantFrom(...UITSTEL.flatMap((entry) => entry.voorbeelden.map((voorbeeld) => ({ voorbeeld, entry }))))
  .chain(({ voorbeeld, entry }) =>
    fc.record({
      head: anyCase(voorbeeld),
      trailing: fc.option(fc.constantFrom(...TRAILING[entry.vervolg]), { nil: undefined }),
      separator: fc.constantFrom(' ', ': ', ', ', ' – '),
      end: fc.constantFrom('', '.', '!', '...', '…', ' .'),
      soort: fc.constant(entry.soort),
    }),
  )
  .map(({ head, trailing, separator, end, soort }) => ({ text: `${head}${trailing ? separator + trailing : ''}${end}`, soort }));

const SUBJECTS = ['Het lokaal team', 'Veilig Thuis', 'De Raad', 'De GI', 'De casusregisseur', 'Het wijkteam'];
const VERBS = ['belt', 'informeert', 'volgt', 'bespreekt', 'spreekt af met', 'overlegt met'];
const OBJECTS = ['de ouders', 'het lokaal team', 'de termijnen van het protocol', 'Veilig Thuis', 'de jeugdige'];
const WHEN = ['', ' binnen 5 werkdagen', ' na elke melding', ' in overleg met de Raad', ' (zie bijlage 2)'];

const sentence = fc
  .record({ s: fc.constantFrom(...SUBJECTS), v: fc.constantFrom(...VERBS), o: fc.constantFrom(...OBJECTS), w: fc.constantFrom(...WHEN) })
  .map(({ s, v, o, w }) => `${s} ${v} ${o}${w}.`);

const agreement = fc.oneof(
  sentence,
  fc.tuple(sentence, sentence).map(([a, b]) => `${a} ${b}`),
  fc
    .record({
      party: fc.constantFrom('met de Raad', 'met het lokaal team', 'met VT', 'tussen Veilig Thuis en de GI'),
      v: fc.constantFrom('belt', 'informeert', 'stelt'),
      s: fc.constantFrom('het lokaal team', 'Veilig Thuis', 'de casusregisseur'),
      o: fc.constantFrom(...OBJECTS),
    })
    .map(({ party, v, s, o }) => `In overleg ${party} ${v} ${s} ${o}.`),
  fc.record({ d: deferral, s: sentence }).map(({ d, s }) => `${d.text.replace(/[.!…\s]+$/u, '')}. ${s}`),
);

describe('properties', () => {
  it('any generated deferral variant (case, punctuation, trailing clause) is flagged', () => {
    fc.assert(
      fc.property(deferral, ({ text, soort }) => {
        expect(soortOf(text)).toBe(soort);
        expect(textState(text)).toBe('uitstel');
      }),
      { numRuns: 500 },
    );
  });

  it('any generated normal agreement is not, also after a deferral sentence', () => {
    fc.assert(
      fc.property(agreement, (text) => {
        expect(soortOf(text)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('an entry is tried only on a sentence that opens as it needs (`opent`)', () => {
  const letters = [...new Set(UITSTEL.flatMap((entry) => [...entry.opent.join('')]))].filter((c) => /[a-z]/.test(c)).join('');

  it('under the iu flags each letter of an opening matches only itself and its capital, so lower-casing keeps every match', () => {
    const anyLetter = new RegExp(`^[${letters}]$`, 'iu');
    const matched: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += 1)
      if (!(cp >= 0xd800 && cp <= 0xdfff) && anyLetter.test(String.fromCodePoint(cp))) matched.push(String.fromCodePoint(cp));
    expect(matched.sort()).toEqual([...letters.toUpperCase(), ...letters].sort());
  });

  /** Sentences as `clean` leaves them (single spaces), built from the entries' own words, with look-alike letters among them. */
  const looksLike = fc
    .record({
      voorbeeld: fc.constantFrom(...UITSTEL.flatMap((entry) => entry.voorbeelden)),
      flips: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      edit: fc.array(fc.tuple(fc.nat(25), fc.constantFrom('.', ' ', '. ', '', 'ſ', 'K', 'İ', 'ı', 'é', 'x', 'n', 'v', 'o', 'g', '-', 'ﬀ')), { maxLength: 3 }),
      rest: fc.constantFrom('', ' met de Raad', '.', ' van toepassing', 'tb'),
    })
    .map(({ voorbeeld, flips, edit, rest }) => {
      let text = [...voorbeeld].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join('');
      for (const [at, insert] of edit) text = text.slice(0, at) + insert + text.slice(at + 1);
      return `${text}${rest}`.replace(/\s+/g, ' ').trim();
    });

  it('no entry matches a sentence that does not open with one of its openings', () => {
    fc.assert(
      fc.property(looksLike, (text) => {
        for (const entry of UITSTEL) if (entry.begin.test(text)) expect(mayOpen(entry, text), `${entry.begin} ${text}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(VARIANTS)('$text still opens as its entry needs', ({ text }) => {
    const sentence = text.trim().replace(/^[\s([{"'*•–—-]+/u, '');
    for (const entry of UITSTEL) if (entry.begin.test(sentence)) expect(mayOpen(entry, sentence)).toBe(true);
  });
});

describe('check and document agree: what check reports as not made, the document shows as open', () => {
  const COMPLEET = parse(readFileSync(join(import.meta.dirname, '../fixtures/check/compleet/afspraken.yaml'), 'utf8')) as Record<string, any>;

  it.each(UITSTEL.flatMap((entry) => entry.voorbeelden))('%j: a finding for the agreement, and no agreement text in the model', (voorbeeld) => {
    const data = structuredClone(COMPLEET);
    data.afspraken.e_nieuwe_zorgen_na_ots = `${voorbeeld.charAt(0).toUpperCase()}${voorbeeld.slice(1)}.`;
    data.afspraken.a_advies_en_ondersteuning.gi.hoe.termijn = voorbeeld;
    const result = checkSource('afspraken.yaml', Buffer.from(stringify(data)), { today: '2026-11-23' });
    expect(result.findings.map((f) => `${f.rule} ${f.onderdeel}`)).toEqual(expect.arrayContaining(['afspraak-niet-gemaakt e', 'detail-placeholder a']));
    const model = buildModel(data);
    expect(model.onderdelen.find((o) => o.onderdeel === 'e')?.onderwerpen[0]?.afspraken[0]?.tekst).toBeNull();
    expect(model.onderdelen.find((o) => o.onderdeel === 'a')?.onderwerpen.at(-1)?.afspraken[0]?.termijn).toBeNull();
  });
});
