import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/core/domain/field-label.js';
import { lowerFirst, parsePointer, schemaFindings } from '../../src/core/validate/schema-findings.js';
import { ROOT } from '../helpers/cli.js';

function error(keyword: string, instancePath: string, schemaPath: string, params: Record<string, unknown> = {}, data?: unknown): ErrorObject {
  return { keyword, instancePath, schemaPath, params, data, message: 'english' } as ErrorObject;
}

describe('schemaFindings: one finding per mistake', () => {
  it('the schema has no anyOf, oneOf, allOf or not: schemaFindings explains no such errors (add that first)', () => {
    const keywords = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          keywords.add(key);
          visit(value);
        }
      }
    };
    visit(JSON.parse(readFileSync(join(ROOT, 'schemas/samenwerkingsafspraken.schema.json'), 'utf8')));
    expect(keywords.has('if') && keywords.has('properties')).toBe(true);
    for (const composition of ['anyOf', 'oneOf', 'allOf', 'not']) expect(keywords.has(composition), composition).toBe(false);
  });

  it('several allowed types at one place become one "expected X or Y" message', () => {
    const drafts = schemaFindings([error('type', '/x', '#/properties/x/type', { type: 'string,array' }, 5)]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ rule: 'schema-type', path: ['x'] });
    expect(drafts[0]!.message).toContain('tekst of een lijst');
  });

  it('drops the "if" wrapper that repeats what the then/else branch said', () => {
    const errors = [
      error('enum', '/document/status', '#/properties/document/properties/status/enum', { allowedValues: ['concept', 'vastgesteld', null] }, 'vastgestelt'),
      error('if', '/document/status', '#/if', { failingKeyword: 'then' }),
    ];
    const drafts = schemaFindings(errors);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.message).toContain('Bedoelde u `vastgesteld`?');
    expect(drafts[0]!.message).not.toContain('null');
  });

  it('the same message at the same place is given once', () => {
    const same = error('required', '', '#/required', { missingProperty: 'schema_versie' });
    expect(schemaFindings([same, { ...same }])).toHaveLength(1);
  });

  it('an unknown key far from every known key lists the allowed keys instead of guessing', () => {
    const [draft] = schemaFindings([
      {
        ...error('additionalProperties', '/gemeente', '#/properties/gemeente/additionalProperties', { additionalProperty: 'wethouder' }, {}),
        parentSchema: { properties: { naam: {}, cbs_code: {} } },
      } as ErrorObject,
    ]);
    expect(draft!.message).toContain('Toegestaan: naam, cbs_code.');
    expect(draft!.message).not.toContain('Bedoelde u');
  });

  it("never falls back to ajv's English message", () => {
    const [draft] = schemaFindings([error('maxItems', '/visie/documenten', '#/x', { limit: 3 }, [])]);
    expect(draft!.message).not.toContain('english');
    expect(draft!.message).toContain('swa schema');
  });
});

describe('fieldLabel: fields in plain words', () => {
  it('uses the schema title with the key as typed in the file', () => {
    expect(fieldLabel(['document', 'datum'])).toBe('datum van het document (`datum`)');
    expect(fieldLabel(['afspraken', 'c_taakverdeling'])).toBe('onderdeel c. Taakverdeling (`c_taakverdeling`)');
  });

  it('names list items by number and by the list they are in', () => {
    expect(fieldLabel(['partners', 'gi', 0])).toBe('gecertificeerde instelling nr. 1 onder `gi`');
    expect(fieldLabel(['afspraken', 'c_taakverdeling', 'wachtlijsten', 2])).toBe('afspraak nr. 3 onder `wachtlijsten`');
  });

  it('keeps proper names capitalised and leaves out a title that only repeats the key', () => {
    expect(fieldLabel(['afspraken', 'a_advies_en_ondersteuning', 'veilig_thuis'])).toBe('advies van Veilig Thuis (`veilig_thuis`)');
    expect(fieldLabel(['partners', 'rvdk'])).toBe('Raad voor de Kinderbescherming (`rvdk`)');
    expect(fieldLabel(['partners', 'veilig_thuis'])).toBe('`veilig_thuis`');
    expect(fieldLabel(['gemeente'])).toBe('`gemeente`');
  });

  it('falls back to the key where the schema has no title (an unknown key)', () => {
    expect(fieldLabel(['onbekend', 'ding'])).toBe('`ding`');
    expect(fieldLabel([])).toBe('het bestand');
  });
});

describe('parsePointer', () => {
  it('turns a JSON pointer into path segments, with numbers for indexes and ~0 ~1 unescaped', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/partners/gi/0/id')).toEqual(['partners', 'gi', 0, 'id']);
    expect(parsePointer('/a~1b/c~0d/01')).toEqual(['a/b', 'c~d', '01']);
  });
});

describe('lowerFirst: a field title inside a sentence', () => {
  it('lowers the first letter of a word, and leaves an abbreviation as it is', () => {
    expect(lowerFirst('Naam van de gemeente')).toBe('naam van de gemeente');
    expect(lowerFirst('CBS-gemeentecode')).toBe('CBS-gemeentecode');
    expect(lowerFirst('GI')).toBe('GI');
    expect(lowerFirst('E-mailadres')).toBe('e-mailadres');
    expect(lowerFirst('Ábc')).toBe('ábc');
    expect(lowerFirst('')).toBe('');
  });
});
