import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// ajv-formats is CommonJS: under NodeNext its default import is the module, the plugin is its .default.
const addFormats = ajvFormats.default;

const ROOT = join(import.meta.dirname, '../..');
const SCHEMA_PATH = join(ROOT, 'schemas/samenwerkingsafspraken.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, any>;

type Node = Record<string, any>;
const resolveRef = (node: Node): Node => (node.$ref ? { ...schema.$defs[String(node.$ref).replace('#/$defs/', '')], ...node } : node);

/** Every named property in the schema with its dotted path, following $ref, items and then/else. */
function properties(node: Node, path = ''): Array<[string, Node, Node]> {
  const resolved = resolveRef(node);
  const found: Array<[string, Node, Node]> = [];
  for (const branch of [resolved.items, resolved.then, resolved.else].filter(Boolean)) found.push(...properties(branch as Node, path));
  for (const [key, own] of Object.entries((resolved.properties ?? {}) as Record<string, Node>)) {
    found.push([`${path}${key}`, own, resolveRef(own)]);
    found.push(...properties(own, `${path}${key}.`));
  }
  return found;
}

describe('the JSON Schema', () => {
  it('is a valid, strict JSON Schema 2020-12 with a stable $id', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
  });

  it('uses only keywords that draft-07 editors also understand ($defs is reached by a plain JSON pointer)', () => {
    const keywords = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        keywords.add(key);
        if (key === 'properties' || key === '$defs') Object.values(child as object).forEach(walk);
        else if (key !== 'examples' && key !== 'enum') walk(child);
      }
    };
    walk(schema);
    const draft07 = [
      '$schema',
      '$id',
      '$ref',
      '$defs',
      'title',
      'description',
      'examples',
      'type',
      'properties',
      'additionalProperties',
      'required',
      'items',
      'enum',
      'const',
      'pattern',
      'format',
      'if',
      'then',
      'else',
    ];
    expect([...keywords].filter((k) => !draft07.includes(k))).toEqual([]);
  });

  const all = properties(schema);

  it.each(all.map(([path, own]) => [path, own] as const))('%s has a Dutch title and description for hover help', (_, own) => {
    expect(typeof own.title).toBe('string');
    expect(String(own.description).length).toBeGreaterThan(15);
    expect(own.description).toMatch(/[.)"]$/);
  });

  it.each(
    all.filter(([, , resolved]) => !resolved.properties && !resolved.items && !resolved.then).map(([path, own, resolved]) => [path, own, resolved] as const),
  )('leaf %s has examples for completion', (_, own, resolved) => {
    expect([...(own.examples ?? []), ...(resolved.examples ?? [])].length).toBeGreaterThan(0);
  });

  it('closes every group with additionalProperties: false, so a typo in a key is caught', () => {
    const groups: Node[] = [schema, ...Object.values(schema.$defs as Record<string, Node>)];
    const open: string[] = [];
    const walk = (node: Node, path: string): void => {
      if (node.properties && node.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) walk(child, `${path}.${key}`);
      for (const branch of ['items', 'then', 'else'] as const) if (node[branch]) walk(node[branch] as Node, `${path}.${branch}`);
    };
    groups.forEach((g, i) => walk(g, String(i)));
    expect(open).toEqual([]);
  });

  it('keeps the onderdeel keys of the file format (a contract)', () => {
    expect(Object.keys(schema.properties.afspraken.properties)).toEqual([
      'a_advies_en_ondersteuning',
      'b_informeren_betrokkenen',
      'c_taakverdeling',
      'd_betrokkenheid',
      'e_nieuwe_zorgen_na_ots',
      'f_terugkoppeling_verzoek_tot_onderzoek',
      'g_jeugdhulp_op_indicatie',
      'h_methoden_en_instrumenten',
      'i_escalatie',
      'j_casuistiekevaluatie',
    ]);
  });
});

describe('the yaml-language-server modeline in the examples', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('%s points at the bundled schema file from its first line', (file) => {
    const firstLine = readFileSync(join(ROOT, 'examples', file), 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    // The language server resolves a relative $schema against the YAML file's own folder.
    expect(resolve(dirname(join(ROOT, 'examples', file)), match![1]!)).toBe(SCHEMA_PATH);
  });
});
