import { DECORATOR_REFUSED, DOCUMENTED_HELPERS } from './template-check.js';

/** A template problem, in Dutch, naming the template file, line and (when known) column. Exit code 2. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly origin: string,
    readonly line: number | null,
    readonly column: number | null = null,
  ) {
    super(`${origin}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${message}`);
  }
}

/** What Handlebars' parser was looking at when it stopped ("got 'EOF'"), in words a template writer knows. */
const FOUND: Record<string, string> = {
  EOF: 'het sjabloon houdt hier op terwijl er nog iets open staat: een {{#…}} zonder {{/…}}, of {{ zonder }}',
  INVALID: 'binnen {{ }} staat een teken dat daar niet kan (alleen veldnamen, "tekst", getallen en helpers)',
  CLOSE: 'een {{ }} is leeg of onvolledig',
  CLOSE_UNESCAPED: '}}} sluit iets af dat met {{ begon (of andersom)',
  CLOSE_RAW_BLOCK: '}}}} sluit iets af dat hier niet open staat',
  OPEN_ENDBLOCK: 'een {{/…}} sluit een blok af dat hier niet open staat',
  INVERSE: '{{else}} staat op een plek waar het niet kan (buiten een blok, of een tweede {{else}} in hetzelfde blok)',
  OPEN_INVERSE_CHAIN: '{{else …}} staat op een plek waar het niet kan',
  EQUALS: 'een "=" staat op een plek waar het niet kan (alleen naam=waarde bij {{> naam}})',
  OPEN: 'een nieuwe {{ begint voordat de vorige met }} is gesloten',
  OPEN_BLOCK: 'een nieuwe {{# begint voordat de vorige met }} is gesloten',
  OPEN_SEXPR: 'een ( staat op een plek waar het niet kan',
  CLOSE_SEXPR: 'een ) sluit niets af',
  SEP: 'een pad met . of / klopt niet (bijvoorbeeld twee punten achter elkaar)',
  ID: 'hier staat een naam waar iets anders hoort',
  STRING: 'hier staat "tekst" waar iets anders hoort',
  NUMBER: 'hier staat een getal waar iets anders hoort',
  DATA: 'hier staat een @-naam waar iets anders hoort',
};

const GENERAL = 'controleer of elke {{#…}} een bijpassende {{/…}} heeft en of alle accolades dicht zijn';

/** Template text quoted in a message: control and bidi characters shown as escapes, so a message is one harmless line. */
function quote(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff0-\uffff]|[\ud800-\udfff]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

function parseErrorDetail(message: string): string {
  const found = /got '([A-Z_]+)'/.exec(message)?.[1];
  const lines = message.split('\n');
  // Line 2 is the template text just before the error (at most 20 characters, newlines removed).
  const excerpt = lines[1] && !lines[1].startsWith('Expecting') ? lines[1].trim() : '';
  const what = (found && FOUND[found]) ?? GENERAL;
  return `de sjabloontekst klopt hier niet: ${what}.${excerpt ? ` Bij: "${quote(excerpt.slice(0, 60))}".` : ''}`;
}

/** The line of the first {{> name}} in the text, for a Handlebars error that carries no position. */
function lineOfPartial(text: string, name: string): { line: number; column: number } | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return placeOf(text, new RegExp(`\\{\\{~?#?>\\s*\\[?${escaped}`));
}

function placeOf(text: string, pattern: RegExp): { line: number; column: number } | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Handlebars' English errors in Dutch, with the line (and column) they point at. Anything not
 * recognised still becomes one Dutch sentence naming the file: never Handlebars' own words, and
 * never a stack trace.
 */
export function translateTemplateError(error: unknown, origin: string, text: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const loc = /- (\d+):(\d+)\s*$/.exec(message);
  const lineOnly = /(?:Parse|Lexical) error on line (\d+)/.exec(message)?.[1];
  const known = error as { lineNumber?: unknown; column?: unknown };
  let line: number | null = loc ? Number(loc[1]) : lineOnly ? Number(lineOnly) : typeof known.lineNumber === 'number' ? known.lineNumber : null;
  let column: number | null = loc ? Number(loc[2]) + 1 : typeof known.column === 'number' && line !== null ? known.column + 1 : null;
  const at = (dutch: string): TemplateError => new TemplateError(dutch, origin, line, column);

  if (error instanceof RangeError && /call stack/i.test(message)) {
    return at('het sjabloon is te diep genest (te veel blokken of deelsjablonen in elkaar).');
  }
  const unknownHelper = /unknown helper (\S+)/.exec(message)?.[1];
  if (unknownHelper) return at(`onbekende helper "${quote(unknownHelper)}". Beschikbaar zijn: ${DOCUMENTED_HELPERS}.`);
  const missingField = /"([^"]*)" not defined in/.exec(message)?.[1];
  if (missingField !== undefined) {
    return at(
      `het veld "${quote(missingField)}" bestaat hier niet. Controleer de spelling, of gebruik ../${quote(missingField)} of @root.${quote(missingField)} om een veld van buiten deze lijst te gebruiken.`,
    );
  }
  const missingPartial = /The partial (.*) could not be found/.exec(message)?.[1];
  if (missingPartial !== undefined) {
    const where = lineOfPartial(text, missingPartial);
    if (where && line === null) ({ line, column } = where);
    const name = missingPartial.startsWith('[object') ? 'met een berekende naam' : `"${quote(missingPartial)}"`;
    return at(`het deelsjabloon ${name} bestaat niet. Voeg een sjabloon in met {{> naam}}, met de naam van een van de sjablonen.`);
  }
  // `{{#*inline "a"}}{{else}}` is refused by the parser itself, with no position: the first decorator block is the place.
  if (/on decorator/.test(message)) {
    const where = placeOf(text, /\{\{~?\s*#\s*\*/);
    if (where && line === null) ({ line, column } = where);
    return at(DECORATOR_REFUSED);
  }
  const mismatch = /(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch)
    return at(
      `{{#${quote(mismatch[1]!)}}} wordt afgesloten met {{/${quote(mismatch[2]!)}}}. Sluit elk blok af met zijn eigen naam, het laatst geopende eerst.`,
    );
  if (/^Parse error/.test(message)) return at(parseErrorDetail(message));
  if (/^Lexical error/.test(message)) {
    return at('hier staat tekst die de sjabloontaal niet kan lezen: bijvoorbeeld een {{!-- zonder --}}, of een teken binnen {{ }} dat daar niet kan.');
  }
  if (/Invalid path|Unexpected|Expecting/i.test(message)) return at(`de sjabloontekst klopt hier niet: ${GENERAL}.`);
  if (/Must pass iterator|requires exactly one argument/.test(message))
    return at('een {{#if}}, {{#unless}}, {{#each}} of {{#with}} verwacht precies één veld.');
  // A runtime failure we did not foresee: say where, in Dutch, without the engine's English.
  return at('dit sjabloon kan niet worden uitgevoerd met deze gegevens. Controleer de {{…}} op deze plek, of begin opnieuw vanaf het ingebouwde sjabloon.');
}
