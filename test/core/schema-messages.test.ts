import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { parsePointer, schemaFindings } from '../../src/core/validate/schema-findings.js';
import { closeOption } from '../../src/core/domain/close-option.js';
import { capitalize, fieldLabel, outlineAt } from '../../src/core/domain/field-label.js';

// What a gemeente reads for each kind of schema mistake, and where: one realistic file per mistake,
// through the whole check (parse → ajv → message → line and column).

const schemaOf = (text: string) =>
  checkSource('g.yaml', new TextEncoder().encode(text), { today: '2026-11-23' })
    .findings.filter((f) => f.rule.startsWith('schema-'))
    .map(({ rule, line, column, path, message }) => ({ rule, line, column, path, message }));

describe('schema messages in a checked file', () => {
  it.each([
    [
      'schema_versie 2 (const)',
      'schema_versie: 2\ngemeente:\n  naam: G\n',
      [
        {
          rule: 'schema-keuze',
          line: 1,
          column: 16,
          path: ['schema_versie'],
          message: 'Schemaversie (`schema_versie`) moet 1 zijn: deze versie van swa kent alleen versie 1 van het bestandsformaat.',
        },
      ],
    ],
    [
      'no schema_versie at the top',
      'gemeente:\n  naam: G\n',
      [
        {
          rule: 'schema-verplicht',
          line: 1,
          column: 1,
          path: [],
          message: 'Bovenaan het bestand ontbreekt `schema_versie: 1`: de versie van het bestandsformaat.',
        },
      ],
    ],
    [
      'a required key in a list item, named with its title',
      'schema_versie: 1\ngemeente:\n  naam: G\nvisie:\n  documenten:\n    - url: https://example.org\n',
      [
        {
          rule: 'schema-verplicht',
          line: 6,
          column: 7,
          path: ['visie', 'documenten', 0],
          message: 'Bij visiedocument nr. 1 onder `documenten` ontbreekt `titel:` (titel van het visiedocument).',
        },
      ],
    ],
    [
      'a file that is a list',
      '- a\n- b\n',
      [
        {
          rule: 'schema-type',
          line: 1,
          column: 1,
          path: [],
          message: 'Het bestand moet bestaan uit sleutels met waarden, zoals `schema_versie: 1` en `gemeente:`. Nu staat er een lijst.',
        },
      ],
    ],
    [
      'a file that is only ~',
      '~\n',
      [
        {
          rule: 'schema-type',
          line: 1,
          column: 1,
          path: [],
          message: 'Het bestand moet bestaan uit sleutels met waarden, zoals `schema_versie: 1` en `gemeente:`. Nu staat er niets.',
        },
      ],
    ],
    [
      'a file that is one text',
      'gewoon tekst\n',
      [
        {
          rule: 'schema-type',
          line: 1,
          column: 1,
          path: [],
          message: 'Het bestand moet bestaan uit sleutels met waarden, zoals `schema_versie: 1` en `gemeente:`. Nu staat er tekst.',
        },
      ],
    ],
    [
      'a text where a group belongs: two keys it could hold',
      'schema_versie: 1\ngemeente: Utrecht\n',
      [
        {
          rule: 'schema-type',
          line: 2,
          column: 11,
          path: ['gemeente'],
          message: '`gemeente` moet een groep zijn: ingesprongen regels eronder, zoals `naam:` en `cbs_code:`. Nu staat er tekst.',
        },
      ],
    ],
    [
      'a number where text belongs, quoted as typed (1.0), with --herstel',
      'schema_versie: 1\ngemeente:\n  naam: 1.0\n',
      [
        {
          rule: 'schema-type',
          line: 3,
          column: 9,
          path: ['gemeente', 'naam'],
          message:
            'Naam van de gemeente (`naam`) moet tekst zijn, maar is het getal 1. Zet de waarde tussen aanhalingstekens, bijvoorbeeld "1.0"; `swa check --herstel` doet dat voor u.',
        },
      ],
    ],
    [
      'true where text belongs: quoted, no --herstel',
      'schema_versie: 1\ngemeente:\n  naam: true\n',
      [
        {
          rule: 'schema-type',
          line: 3,
          column: 9,
          path: ['gemeente', 'naam'],
          message: 'Naam van de gemeente (`naam`) moet tekst zijn, maar is true (ja/nee). Zet de waarde tussen aanhalingstekens, bijvoorbeeld "true".',
        },
      ],
    ],
    [
      'a list where text belongs',
      'schema_versie: 1\ngemeente:\n  naam: [a]\n',
      [{ rule: 'schema-type', line: 3, column: 9, path: ['gemeente', 'naam'], message: 'Naam van de gemeente (`naam`) moet tekst zijn, maar is een lijst.' }],
    ],
    [
      'a group where text belongs',
      'schema_versie: 1\ngemeente:\n  naam: {a: 1}\n',
      [
        {
          rule: 'schema-type',
          line: 3,
          column: 9,
          path: ['gemeente', 'naam'],
          message: 'Naam van de gemeente (`naam`) moet tekst zijn, maar is een groep sleutels.',
        },
      ],
    ],
    [
      'a choice with a typo: the options and the one meant',
      'schema_versie: 1\ngemeente:\n  naam: G\ndocument:\n  status: vastgestelt\n',
      [
        {
          rule: 'schema-keuze',
          line: 5,
          column: 11,
          path: ['document', 'status'],
          message: '`status` is `vastgestelt`, maar kies een van deze waarden: concept, vastgesteld. Bedoelde u `vastgesteld`?',
        },
      ],
    ],
    [
      'a choice far from every option: the options only',
      'schema_versie: 1\ngemeente:\n  naam: G\ndocument:\n  status: klaar\n',
      [
        {
          rule: 'schema-keuze',
          line: 5,
          column: 11,
          path: ['document', 'status'],
          message: '`status` is `klaar`, maar kies een van deze waarden: concept, vastgesteld.',
        },
      ],
    ],
    [
      'a Dutch date: the ISO form to write',
      'schema_versie: 1\ngemeente:\n  naam: G\ndocument:\n  datum: 1-3-2025\n',
      [
        {
          rule: 'schema-formaat',
          line: 5,
          column: 10,
          path: ['document', 'datum'],
          message:
            'Datum van het document (`datum`) moet een datum zijn in de vorm JJJJ-MM-DD: schrijf `2025-03-01` in plaats van `1-3-2025`; `swa check --herstel` doet dat voor u.',
        },
      ],
    ],
    [
      'a date that does not exist',
      'schema_versie: 1\ngemeente:\n  naam: G\ndocument:\n  datum: 2025-02-30\n',
      [
        {
          rule: 'schema-formaat',
          line: 5,
          column: 10,
          path: ['document', 'datum'],
          message: 'Datum van het document (`datum`) moet een bestaande datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-01 (nu: `2025-02-30`).',
        },
      ],
    ],
    [
      'an e-mail address without @',
      'schema_versie: 1\ngemeente:\n  naam: G\n  contactpersoon:\n    naam: A\n    email: geen-adres\n',
      [
        {
          rule: 'schema-formaat',
          line: 6,
          column: 12,
          path: ['gemeente', 'contactpersoon', 'email'],
          message: 'E-mailadres (`email`) is geen geldig e-mailadres (nu: `geen-adres`).',
        },
      ],
    ],
    [
      'a web address without https://',
      'schema_versie: 1\ngemeente:\n  naam: G\nbijlagen:\n  - titel: T\n    url: www.example.org\n',
      [
        {
          rule: 'schema-formaat',
          line: 6,
          column: 10,
          path: ['bijlagen', 0, 'url'],
          message: 'Link (`url`) moet een volledig webadres zijn dat begint met https:// (nu: `www.example.org`).',
        },
      ],
    ],
    [
      'a CBS code of the wrong form',
      'schema_versie: 1\ngemeente:\n  naam: G\n  cbs_code: GM12\n',
      [
        {
          rule: 'schema-formaat',
          line: 4,
          column: 13,
          path: ['gemeente', 'cbs_code'],
          message: 'CBS-gemeentecode (`cbs_code`) is `GM12`, maar moet bestaan uit GM en vier cijfers, bijvoorbeeld GM0363.',
        },
      ],
    ],
    [
      'a GI id with capitals and a space',
      'schema_versie: 1\ngemeente:\n  naam: G\npartners:\n  gi:\n    - id: Jeugd Bescherming\n      naam: JB\n',
      [
        {
          rule: 'schema-formaat',
          line: 6,
          column: 11,
          path: ['partners', 'gi', 0, 'id'],
          message:
            'Korte naam van de GI (`id`) is `Jeugd Bescherming`, maar mag alleen kleine letters, cijfers, - en _ bevatten, zonder spaties, bijvoorbeeld jbrv.',
        },
      ],
    ],
    [
      'a partner that is misspelt: the forms, and the one meant',
      'schema_versie: 1\ngemeente:\n  naam: G\nafspraken:\n  c_taakverdeling:\n    wachtlijsten:\n      - afspraak: Een echte afspraak over wachtlijsten.\n        verantwoordelijk: veilig_thuiss\n',
      [
        {
          rule: 'schema-formaat',
          line: 8,
          column: 27,
          path: ['afspraken', 'c_taakverdeling', 'wachtlijsten', 0, 'verantwoordelijk'],
          message:
            "`verantwoordelijk` is `veilig_thuiss`, maar moet een partner aanduiden: lokaal_team, veilig_thuis, rvdk, gi (alle GI's), gi.<id> (één GI, met het id uit `partners.gi`), partner.<id> (een verdere partner uit `partners.overig`) of gemeente. Bedoelde u `veilig_thuis`?",
        },
      ],
    ],
    [
      'an unknown key at the top: no "bij", the key meant',
      'schema_versie: 1\ngemeentee:\n  naam: G\n',
      [
        {
          rule: 'schema-onbekende-sleutel',
          line: 2,
          column: 1,
          path: ['gemeentee'],
          message: 'De sleutel `gemeentee` bestaat niet in het afsprakenformaat. Bedoelde u `gemeente`?',
        },
      ],
    ],
    [
      'a key with a space from a comma in { }: the hint',
      'schema_versie: 1\ngemeente: { naam: Raad, regio Zuid }\n',
      [
        {
          rule: 'schema-onbekende-sleutel',
          line: 2,
          column: 25,
          path: ['gemeente', 'regio Zuid'],
          message:
            'De sleutel `regio Zuid` bij `gemeente` bestaat niet in het afsprakenformaat. Toegestaan: naam, cbs_code, ondertekenaar, adres, contactpersoon, rol. Staat er een komma in een tekst tussen { }? Zet die tekst dan tussen aanhalingstekens.',
        },
      ],
    ],
    [
      'shortened onderdeel keys: the one key they start, or the one with their letter',
      'schema_versie: 1\ngemeente:\n  naam: G\nafspraken:\n  g_jeugdhulp:\n    x: y\n  c_taken: {}\n',
      [
        {
          rule: 'schema-onbekende-sleutel',
          line: 5,
          column: 3,
          path: ['afspraken', 'g_jeugdhulp'],
          message:
            'De sleutel `g_jeugdhulp` bij samenwerkingsafspraken (`afspraken`) bestaat niet in het afsprakenformaat. Bedoelde u `g_jeugdhulp_op_indicatie`?',
        },
        {
          rule: 'schema-onbekende-sleutel',
          line: 7,
          column: 3,
          path: ['afspraken', 'c_taken'],
          message: 'De sleutel `c_taken` bij samenwerkingsafspraken (`afspraken`) bestaat niet in het afsprakenformaat. Bedoelde u `c_taakverdeling`?',
        },
      ],
    ],
    [
      'an unknown key far from all: the keys allowed',
      'schema_versie: 1\ngemeente:\n  naam: G\n  wethouder: X\n',
      [
        {
          rule: 'schema-onbekende-sleutel',
          line: 4,
          column: 3,
          path: ['gemeente', 'wethouder'],
          message:
            'De sleutel `wethouder` bij `gemeente` bestaat niet in het afsprakenformaat. Toegestaan: naam, cbs_code, ondertekenaar, adres, contactpersoon, rol.',
        },
      ],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(schemaOf(text)).toEqual(expected);
  });
});

function error(keyword: string, instancePath: string, params: Record<string, unknown>, data?: unknown): ErrorObject {
  return { keyword, instancePath, schemaPath: `#/x/${keyword}`, params, data, message: 'english' } as ErrorObject;
}

describe('schema messages the shipped schema does not produce today (a later schema may)', () => {
  it('an empty text, a value twice, a format or pattern without its own words, an unknown keyword', () => {
    expect(
      schemaFindings([
        error('minLength', '/gemeente/naam', { limit: 1 }, ''),
        error('uniqueItems', '/visie/documenten', { i: 0, j: 1 }, []),
        error('format', '/gemeente/naam', { format: 'hostname' }, 'x'),
        error('pattern', '/gemeente/naam', { pattern: '^[A-Z]' }, 'utrecht'),
        error('maxItems', '/visie/documenten', { limit: 3 }, []),
      ]).map((d) => [d.rule, d.message, d.atKey]),
    ).toEqual([
      ['schema-formaat', 'Naam van de gemeente (`naam`) mag niet leeg zijn.', false],
      ['schema-formaat', 'Visiedocumenten (`documenten`) bevat dezelfde waarde twee keer.', false],
      ['schema-formaat', 'Naam van de gemeente (`naam`) heeft niet de vorm hostname.', false],
      ['schema-formaat', 'Naam van de gemeente (`naam`) is `utrecht`, maar dat heeft niet de vorm die hier hoort.', false],
      ['schema-overig', 'Visiedocumenten (`documenten`) voldoet niet aan het afsprakenformaat (maxItems). Zie `swa schema` voor wat hier mag staan.', false],
    ]);
  });

  it('a type of several kinds, one of them null: the kinds without null, each once', () => {
    const [draft] = schemaFindings([error('type', '/gemeente/naam', { type: 'string,null,integer,string' }, 5)]);
    expect(draft!.message).toBe(
      'Naam van de gemeente (`naam`) moet tekst of een geheel getal zijn, maar is het getal 5. Zet de waarde tussen aanhalingstekens, bijvoorbeeld "5"; `swa check --herstel` doet dat voor u.',
    );
  });

  it('an unknown key where the schema allows no key at all gives no empty list of allowed keys', () => {
    const [draft] = schemaFindings([{ ...error('additionalProperties', '/gemeente', { additionalProperty: 'x' }, {}), parentSchema: {} } as ErrorObject]);
    expect(draft).toEqual({
      rule: 'schema-onbekende-sleutel',
      message: 'De sleutel `x` bij `gemeente` bestaat niet in het afsprakenformaat.',
      path: ['gemeente', 'x'],
      atKey: true,
    });
  });

  it('a required key whose schema has no title is named by its key alone', () => {
    const [draft] = schemaFindings([error('required', '/onbekend', { missingProperty: 'iets' }, {})]);
    expect(draft).toEqual({ rule: 'schema-verplicht', message: 'Bij `onbekend` ontbreekt `iets:`.', path: ['onbekend'], atKey: true });
  });
});

describe('closeOption: the option a typo meant', () => {
  it("within a third of the option's length (at least 2), case aside", () => {
    expect(closeOption('Jaarlyks', ['jaarlijks', 'halfjaarlijks'])).toBe('jaarlijks');
    expect(closeOption('ab', ['cd'])).toBe('cd');
    expect(closeOption('abc', ['xyz'])).toBeUndefined();
    expect(closeOption('x', [])).toBeUndefined();
  });

  it('a shortened key only when exactly one option starts with it, and only from four letters', () => {
    expect(closeOption('vastg', ['vastgesteld', 'concept'])).toBe('vastgesteld');
    expect(closeOption('conc', ['concept', 'vastgesteld'])).toBe('concept');
    expect(closeOption('con', ['conceptversie-lang', 'vastgesteld'])).toBeUndefined();
    expect(closeOption('half', ['halfjaarlijks-aaaaaaaa', 'halfjaarlijks-bbbbbbbb'])).toBeUndefined();
  });

  it('an onderdeel letter with a word after it: the one option with that letter', () => {
    expect(closeOption('d_start_en_einde', ['c_taakverdeling', 'd_continuiteit_van_hulp', 'e_nieuwe_zorgen_na_ots'])).toBe('d_continuiteit_van_hulp');
    expect(closeOption('d_start_en_einde', ['d_een', 'd_twee_dingen_en_meer'])).toBeUndefined();
    expect(closeOption('k_iets_heel_anders', ['c_taakverdeling', 'd_continuiteit_van_hulp'])).toBeUndefined();
  });
});

describe('field labels', () => {
  it('a list item where the list itself has no name (a file that is a list)', () => {
    expect(fieldLabel([0])).toBe('regel nr. 1');
    expect(capitalize('`x`')).toBe('`x`');
    expect(capitalize('naam')).toBe('Naam');
  });

  it('an onderdeel title with its sub-number, and a schema node that is not there', () => {
    expect(outlineAt(['gemeente', 'bestaat_niet', 'dieper'])).toBeUndefined();
    expect(outlineAt([0, 'x'])).toBeUndefined();
    expect(fieldLabel(['gemeente', 'naam'], { properties: { gemeente: { properties: { naam: { title: 'd.iv Informatie (overgedragen)' } } } } })).toBe(
      'onderdeel d.iv Informatie (`naam`)',
    );
    expect(fieldLabel(['gemeente', 'naam'], { properties: { gemeente: { properties: { naam: { title: 'GI-naam' } } } } })).toBe('GI-naam (`naam`)');
    expect(fieldLabel(['lijst', 1], { properties: { lijst: { items: { title: 'Regel (item)' } } } })).toBe('regel nr. 2 onder `lijst`');
  });
});

describe('messages for values the shipped schema rarely sees', () => {
  const typeError = (instancePath: string, type: string, data: unknown) => schemaFindings([error('type', instancePath, { type }, data)])[0]!.message;

  it('a group is asked for with two of its keys only when just a group will do and the schema knows its keys', () => {
    expect(typeError('/gemeente', 'string', 5)).toBe(
      '`gemeente` moet tekst zijn, maar is het getal 5. Zet de waarde tussen aanhalingstekens, bijvoorbeeld "5"; `swa check --herstel` doet dat voor u.',
    );
    expect(typeError('/gemeente', 'object,array', 'x')).toBe(
      '`gemeente` moet een groep sleutels met waarden of een lijst (regels die beginnen met -) zijn, maar is tekst.',
    );
    expect(typeError('/onbekend', 'object', 'x')).toBe('`onbekend` moet een groep sleutels met waarden zijn, maar is tekst.');
    expect(typeError('/gemeente/naam', 'string', null)).toBe('Naam van de gemeente (`naam`) moet tekst zijn, maar is leeg.');
  });

  it('a label that ends in a field name still starts the message with a capital', () => {
    expect(schemaFindings([error('minLength', '/afspraken/c_taakverdeling/wachtlijsten/2', { limit: 1 }, '')])[0]!.message).toBe(
      'Afspraak nr. 3 onder `wachtlijsten` mag niet leeg zijn.',
    );
  });

  it('a partner nothing is close to: the forms, without a guess', () => {
    const text =
      'schema_versie: 1\ngemeente:\n  naam: G\nafspraken:\n  c_taakverdeling:\n    wachtlijsten:\n      - afspraak: Een echte afspraak over wachtlijsten.\n        verantwoordelijk: zorgverzekeraar\n';
    expect(schemaOf(text).map((f) => f.message)).toEqual([
      "`verantwoordelijk` is `zorgverzekeraar`, maar moet een partner aanduiden: lokaal_team, veilig_thuis, rvdk, gi (alle GI's), gi.<id> (één GI, met het id uit `partners.gi`), partner.<id> (een verdere partner uit `partners.overig`) of gemeente.",
    ]);
  });

  it('list indexes of more than one digit', () => {
    expect(parsePointer('/a/5/b/10/c/123')).toEqual(['a', 5, 'b', 10, 'c', 123]);
  });

  it('an onderdeel letter counts only at the start of the key', () => {
    expect(closeOption('mijn_d_lange_sleutel', ['c_taakverdeling', 'd_continuiteit_van_hulp'])).toBeUndefined();
  });

  it('a schema node without a title, and titles with brackets inside or without a space', () => {
    expect(fieldLabel(['a'], { properties: { a: {} } })).toBe('`a`');
    expect(fieldLabel(['a'], { properties: { a: { title: 'Datum (JJJJ-MM-DD) van het document' } } })).toBe('datum (JJJJ-MM-DD) van het document (`a`)');
    expect(fieldLabel(['a'], { properties: { a: { title: 'Regel(item)' } } })).toBe('regel (`a`)');
  });
});
