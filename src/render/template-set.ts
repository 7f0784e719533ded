import Handlebars from 'handlebars';
import { encodeValue } from './encode.js';
import { SOURCE_TAG } from './markup.js';

/** The templates a document is made of; document.hbs is the main one, the others are its partials. */
export const TEMPLATE_NAMES = [
  'document',
  'titelpagina',
  'inhoudsopgave',
  'inleiding',
  'partijen',
  'onderdeel',
  'afspraken',
  'instrumenten',
  'escalatie',
  'evaluatie',
  'ondertekening',
  'open-punten',
  'koptekst',
  'voettekst',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface TemplateSource {
  name: TemplateName;
  /** Where it came from, for error messages (a path, or "ingebouwd: …"). */
  origin: string;
  text: string;
}

/** A template problem, in Dutch, naming the template file and line. Exit code 2. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly origin: string,
    readonly line: number | null,
  ) {
    super(`${origin}${line ? `:${line}` : ''}: ${message}`);
  }
}

const PLACEHOLDER = '[nog af te spreken]';

export interface TemplateSet {
  /** Renders the markup of a main template (document, koptekst or voettekst) for a view. */
  render(name: 'document' | 'koptekst' | 'voettekst', view: unknown): string;
  origin(name: string): string;
  sourceOf(name: string): string | undefined;
}

const HELPERS = { waarde: true } as const;

/**
 * Compiles the templates in a sandboxed Handlebars environment: only the built-in block helpers
 * and `waarde`, strict lookups (a misspelt field is an error, not an empty string) and no access
 * to prototypes. Values reach the templates already encoded (see encode.ts), so `{{x}}` and
 * `{{{x}}}` both print them literally.
 */
export function compileTemplates(sources: readonly TemplateSource[]): TemplateSet {
  const hb = Handlebars.create();
  const byName = new Map(sources.map((s) => [s.name as string, s]));
  const compileOptions = { knownHelpers: HELPERS, knownHelpersOnly: true, strict: true, preventIndent: true } as const;
  const runtimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

  hb.registerHelper('waarde', function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as Handlebars.HelperOptions;
    if (args.length === 0 || args.length > 2) {
      throw new hb.Exception(`{{waarde}} verwacht één veld en eventueel een vervangende tekst, bijvoorbeeld {{waarde termijn "geen vaste termijn"}}`, options as never);
    }
    const [value, alternative] = args;
    if (value !== null && value !== undefined && value !== '') return value;
    const text = typeof alternative === 'string' ? encodeValue(alternative) : alternative instanceof hb.SafeString ? alternative.toString() : PLACEHOLDER;
    return new hb.SafeString(`<open>${text}</open>`);
  });

  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const source of sources) {
    let template: HandlebarsTemplateDelegate;
    try {
      // Compile fully now (compile() alone is lazy), so errors surface before any file is rendered.
      hb.precompile(source.text, compileOptions);
      template = hb.compile(source.text, compileOptions);
    } catch (error) {
      throw templateError(error, source.origin);
    }
    compiled.set(source.name, template);
    const wrapped = (context: unknown, options: Handlebars.RuntimeOptions): string => {
      try {
        return `<${SOURCE_TAG} naam="${source.name}">${template(context, { ...options, ...runtimeOptions })}</${SOURCE_TAG}>`;
      } catch (error) {
        throw error instanceof TemplateError ? error : templateError(error, source.origin);
      }
    };
    hb.registerPartial(source.name, wrapped as unknown as Handlebars.Template);
  }

  return {
    render(name, view) {
      const template = compiled.get(name);
      const source = byName.get(name);
      if (!template || !source) throw new TemplateError('dit sjabloon ontbreekt.', name, null);
      try {
        return `<${SOURCE_TAG} naam="${name}">${template(toTemplateData(view, hb), runtimeOptions)}</${SOURCE_TAG}>`;
      } catch (error) {
        throw error instanceof TemplateError ? error : templateError(error, source.origin);
      }
    },
    origin: (name) => byName.get(name)?.origin ?? name,
    sourceOf: (name) => byName.get(name)?.text,
  };
}

/** Strings become pre-encoded SafeStrings, so no template can print a value as markup. */
function toTemplateData(value: unknown, hb: typeof Handlebars): unknown {
  if (typeof value === 'string') return new hb.SafeString(encodeValue(value));
  if (Array.isArray(value)) return value.map((item) => toTemplateData(item, hb));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = toTemplateData(item, hb);
    return result;
  }
  return value;
}

/** Handlebars' English errors, in Dutch, with the line where it points. */
function templateError(error: unknown, origin: string): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const lineFromParse = /Parse error on line (\d+)/.exec(message)?.[1];
  const lineFromLoc = /- (\d+):\d+\s*$/.exec(message)?.[1];
  const lineNumber = (error as { lineNumber?: number }).lineNumber;
  const line = Number(lineFromParse ?? lineFromLoc ?? lineNumber ?? 0) || null;

  const unknownHelper = /unknown helper (\S+)/.exec(message)?.[1];
  if (unknownHelper) return new TemplateError(`onbekende helper "${unknownHelper}". Beschikbaar zijn: if, unless, each, with en waarde.`, origin, line);
  const missingField = /"([^"]+)" not defined in/.exec(message)?.[1];
  if (missingField) return new TemplateError(`het veld "${missingField}" bestaat hier niet. Controleer de spelling, of gebruik ../${missingField} of @root.${missingField} om een veld van buiten deze lijst te gebruiken.`, origin, line);
  const missingPartial = /The partial (\S+) could not be found/.exec(message)?.[1];
  if (missingPartial) return new TemplateError(`het deelsjabloon "${missingPartial}" bestaat niet. Bestaande sjablonen: ${TEMPLATE_NAMES.join(', ')}.`, origin, line);
  const mismatch = /(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) return new TemplateError(`{{#${mismatch[1]}}} wordt afgesloten met {{/${mismatch[2]}}}. Sluit elk blok af met zijn eigen naam, het laatst geopende eerst.`, origin, line);
  if (/Parse error|Expecting|Invalid path|Unexpected/i.test(message)) {
    const detail = message.split('\n').slice(1, 3).join(' ').trim();
    return new TemplateError(`de sjabloontekst klopt hier niet: controleer of elke {{#…}} een bijpassende {{/…}} heeft en of alle accolades dicht zijn.${detail ? ` (${detail.replace(/\s+/g, ' ')})` : ''}`, origin, line);
  }
  if (error instanceof TemplateError) return error;
  return new TemplateError(`fout in het sjabloon: ${message.replace(/\s+/g, ' ')}`, origin, line);
}
