import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../../findings.js';
import { closeOption } from '../domain/close-option.js';
import { capitalize, fieldLabel, outlineAt } from '../domain/field-label.js';
import { partnerRefForms, partnerSuggestion } from '../domain/partner-suggestion.js';
import { dutchDateToIso } from '../domain/dutch-date-input.js';

export interface SchemaFindingDraft {
  rule: string;
  message: string;
  path: PathSegment[];
  /** Point at the key itself (unknown keys) rather than at the value. */
  atKey: boolean;
}

/** The value as the user typed it (`1.0`, not the number 1), for messages. */
export type SourceOf = (path: readonly PathSegment[]) => string | undefined;

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'ja of nee (true/false)',
  object: 'een groep sleutels met waarden',
  array: 'een lijst (regels die beginnen met -)',
  null: 'leeg',
};

/** Messages for patterns whose regex means nothing to a beleidsmedewerker. */
const PARTNER_PATTERN = '^(gemeente|lokaal_team|veilig_thuis|rvdk|gi(\\.[a-z0-9][a-z0-9_-]*)?|partner\\.[a-z0-9][a-z0-9_-]*)$';
const patternMessages: Record<string, string> = {
  '^GM[0-9]{4}$': 'maar moet bestaan uit GM en vier cijfers, bijvoorbeeld GM0363',
  '^[a-z0-9][a-z0-9_-]*$': 'maar mag alleen kleine letters, cijfers, - en _ bevatten, zonder spaties, bijvoorbeeld jbrv',
};

/** A key with a space almost always comes from a comma inside `{ naam: Raad, regio Zuid }`. */
const COMMA_HINT = ' Staat er een komma in een tekst tussen { }? Zet die tekst dan tussen aanhalingstekens.';

/**
 * Turns ajv's errors into one finding per real problem. The schema has no anyOf/oneOf (a test
 * keeps it so), so ajv's only repetitions are the `if` wrappers of if/then/else and identical
 * messages at one place.
 */
export function schemaFindings(errors: readonly ErrorObject[], sourceOf: SourceOf = () => undefined, data?: unknown): SchemaFindingDraft[] {
  // if/then/else wrappers only repeat what the branch already said.
  const kept = errors.filter((e) => e.keyword !== 'if');
  const seen = new Set<string>();
  const drafts: SchemaFindingDraft[] = [];
  for (const error of kept) {
    const draft = describe(error, sourceOf, data);
    const key = `${draft.rule}|${draft.path.join('\u0000')}|${draft.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    drafts.push(draft);
  }
  return drafts;
}

function describe(error: ErrorObject, sourceOf: SourceOf, data: unknown): SchemaFindingDraft {
  const path = parsePointer(error.instancePath);
  const label = fieldLabel(path);
  const Label = capitalize(label);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const where = path.length ? ` bij ${label}` : '';
      return {
        rule: 'schema-onbekende-sleutel',
        message: `De sleutel \`${key}\`${where} bestaat niet in het afsprakenformaat.${suggestion(key, allowed)}${key.includes(' ') ? COMMA_HINT : ''}`,
        path: [...path, key],
        atKey: true,
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (path.length === 0)
        return { rule: 'schema-verplicht', message: `Bovenaan het bestand ontbreekt \`${missing}: 1\`: de versie van het bestandsformaat.`, path, atKey: true };
      const title = outlineAt([...path, missing])?.title;
      return {
        rule: 'schema-verplicht',
        message: `Bij ${label} ontbreekt \`${missing}:\`${title ? ` (${lowerFirst(title)})` : ''}.`,
        path,
        atKey: true,
      };
    }
    case 'type':
      return { rule: 'schema-type', message: typeMessage(path, String(params.type).split(','), error.data, sourceOf), path, atKey: false };
    case 'enum': {
      const options = (params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
      return {
        rule: 'schema-keuze',
        message: `${Label} is \`${String(error.data)}\`, maar kies een van deze waarden: ${options.join(', ')}.${closeOption(String(error.data), options) ? ` Bedoelde u \`${closeOption(String(error.data), options)}\`?` : ''}`,
        path,
        atKey: false,
      };
    }
    case 'const':
      return {
        rule: 'schema-keuze',
        message: `${Label} moet ${JSON.stringify(params.allowedValue)} zijn: deze versie van swa kent alleen versie ${JSON.stringify(params.allowedValue)} van het bestandsformaat.`,
        path,
        atKey: false,
      };
    case 'format':
      return { rule: 'schema-formaat', message: formatMessage(Label, String(params.format), error.data), path, atKey: false };
    case 'pattern': {
      if (String(params.pattern) === PARTNER_PATTERN) {
        const meant = partnerSuggestion(String(error.data), data);
        return {
          rule: 'schema-formaat',
          message: `${Label} is \`${String(error.data)}\`, maar moet een partner aanduiden: ${partnerRefForms(data)}.${meant ? ` Bedoelde u \`${meant}\`?` : ''}`,
          path,
          atKey: false,
        };
      }
      const explanation = patternMessages[String(params.pattern)] ?? 'maar dat heeft niet de vorm die hier hoort';
      return { rule: 'schema-formaat', message: `${Label} is \`${String(error.data)}\`, ${explanation}.`, path, atKey: false };
    }
    case 'minLength':
      return { rule: 'schema-formaat', message: `${Label} mag niet leeg zijn.`, path, atKey: false };
    case 'uniqueItems':
      return { rule: 'schema-formaat', message: `${Label} bevat dezelfde waarde twee keer.`, path, atKey: false };
    default:
      return {
        rule: 'schema-overig',
        message: `${Label} voldoet niet aan het afsprakenformaat (${error.keyword}). Zie \`swa schema\` voor wat hier mag staan.`,
        path,
        atKey: false,
      };
  }
}

function typeMessage(path: PathSegment[], expected: string[], data: unknown, sourceOf: SourceOf): string {
  if (path.length === 0) {
    return `Het bestand moet bestaan uit sleutels met waarden, zoals \`schema_versie: 1\` en \`gemeente:\`. Nu staat er ${data === null ? 'niets' : describeValue(data)}.`;
  }
  const wanted = [...new Set(expected.filter((t) => t !== 'null'))];
  const Label = capitalize(fieldLabel(path));
  const keys = Object.keys(outlineAt(path)?.properties ?? {}).slice(0, 2);
  const onlyGroup = wanted.length === 1 && wanted[0] === 'object' && keys.length > 0;
  let message = onlyGroup
    ? `${Label} moet een groep zijn: ingesprongen regels eronder, zoals ${keys.map((k) => `\`${k}:\``).join(' en ')}. Nu staat er ${describeValue(data)}.`
    : `${Label} moet ${wanted.map((t) => typeNames[t] ?? t).join(' of ')} zijn, maar is ${describeValue(data)}.`;
  if (wanted.includes('string') && (typeof data === 'number' || typeof data === 'boolean')) {
    message += ` Zet de waarde tussen aanhalingstekens, bijvoorbeeld "${sourceOf(path) ?? String(data)}"${typeof data === 'number' ? '; `swa check --herstel` doet dat voor u' : ''}.`;
  }
  return message;
}

function describeValue(data: unknown): string {
  if (data === null) return 'leeg';
  if (Array.isArray(data)) return 'een lijst';
  if (typeof data === 'object') return 'een groep sleutels';
  if (typeof data === 'string') return 'tekst';
  if (typeof data === 'boolean') return `${String(data)} (ja/nee)`;
  if (typeof data === 'number') return `het getal ${String(data)}`;
  return typeof data;
}

function formatMessage(Label: string, format: string, data: unknown): string {
  if (format === 'date') {
    const iso = typeof data === 'string' ? dutchDateToIso(data) : undefined;
    if (iso)
      return `${Label} moet een datum zijn in de vorm JJJJ-MM-DD: schrijf \`${iso}\` in plaats van \`${String(data)}\`; \`swa check --herstel\` doet dat voor u.`;
    return `${Label} moet een bestaande datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-01 (nu: \`${String(data)}\`).`;
  }
  if (format === 'email') return `${Label} is geen geldig e-mailadres (nu: \`${String(data)}\`).`;
  if (format === 'uri') return `${Label} moet een volledig webadres zijn dat begint met https:// (nu: \`${String(data)}\`).`;
  return `${Label} heeft niet de vorm ${format}.`;
}

function suggestion(given: string, options: readonly string[]): string {
  if (options.length === 0) return '';
  const best = closeOption(given, options);
  return best ? ` Bedoelde u \`${best}\`?` : ` Toegestaan: ${options.join(', ')}.`;
}

export function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** "Naam van de gemeente" → "naam van de gemeente" inside a sentence; "CBS-code" stays as it is (an abbreviation). */
export function lowerFirst(title: string): string {
  const [first = '', second = ''] = title;
  return second !== '' && second === second.toLocaleUpperCase('nl') && second !== second.toLocaleLowerCase('nl')
    ? title
    : first.toLocaleLowerCase('nl') + title.slice(1);
}
