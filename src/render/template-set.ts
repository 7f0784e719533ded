import Handlebars from 'handlebars';
import { PLACEHOLDER_AFSPRAAK } from '../core/domain/open-punten.js';
import { encodeValue } from './encode.js';
import { sourceMarkup, SOURCE_TAG } from './markup.js';
import { MixedText, SourcedText } from '../core/model/source.js';
import { checkTemplate, findPartialCycle, type TemplateUsage } from './template-check.js';
import { TemplateError, translateTemplateError } from './template-errors.js';

/** The templates a document is made of; document.hbs is the main one, the others are its partials. */
export const TEMPLATE_NAMES = [
  'document',
  'titelpagina',
  'inhoudsopgave',
  'inleiding',
  'partijen',
  'gemeente',
  'begrippen',
  'meldcode',
  'onderdeel',
  'afspraken',
  'instrumenten',
  'escalatie',
  'informatiedeling',
  'evaluatie',
  'ondertekening',
  'bijlagen',
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
  /** Handlebars' precompiled form of `text`, once compileTemplates checked and compiled it (see TemplateSet.precompiled). */
  spec?: string;
}

export { TemplateError };

/** What {{waarde veld}} shows for an open field, unless the template names another text ("[nog in te vullen]" for a fact). */
const PLACEHOLDER = `${PLACEHOLDER_AFSPRAAK}]`;

export interface TemplateSet {
  /** Renders the markup of a main template (document, koptekst or voettekst) for a view. */
  render(name: 'document' | 'koptekst' | 'voettekst', view: unknown): string;
  origin(name: string): string;
  sourceOf(name: string): string | undefined;
  /**
   * The sources with their precompiled form: compiled from these, a render worker neither parses
   * nor compiles a template again (that was ≈ 180 ms of CPU at the start of every worker).
   */
  readonly precompiled: readonly TemplateSource[];
}

/**
 * The helpers a compiled template may call. Handlebars' other built-ins are switched off here, so
 * that knownHelpersOnly turns any use of them into a compile error; they are also unregistered
 * below, so even a template compiled without these options could not reach them.
 */
const KNOWN_HELPERS = {
  waarde: true,
  if: true,
  unless: true,
  each: true,
  with: true,
  log: false,
  lookup: false,
  helperMissing: false,
  blockHelperMissing: false,
} as const;
const UNDOCUMENTED_HELPERS = ['log', 'lookup'] as const;

/**
 * Compiles the templates in a sandboxed Handlebars environment: only if, unless, each, with and
 * `waarde` (checked on the syntax tree first, see template-check.ts), strict lookups (a misspelt
 * field is an error, not an empty string), no access to prototypes, and nothing a template does
 * reaches swa's output. Values reach the templates already encoded (see encode.ts), so `{{x}}`
 * and `{{{x}}}` both print them literally.
 */
export function compileTemplates(sources: readonly TemplateSource[]): TemplateSet {
  const hb = Handlebars.create();
  for (const name of UNDOCUMENTED_HELPERS) hb.unregisterHelper(name);
  hb.unregisterDecorator('inline');
  // Handlebars calls these for a name that is not a helper; a template can no longer reach them
  // (the syntax check refuses such tags), but if one did it gets an error, not a silent fallback.
  const refuse = (): never => {
    throw new Error('unknown helper (missing)');
  };
  hb.registerHelper('helperMissing', refuse);
  hb.registerHelper('blockHelperMissing', refuse);
  // The logger is shared by every Handlebars environment in the process; swa uses it for nothing,
  // and its only remaining writer (a denied prototype lookup) must not print into swa's output.
  hb.logger.level = Number.POSITIVE_INFINITY as never;
  hb.log = () => undefined;

  const byName = new Map(sources.map((s) => [s.name as string, s]));
  const compileOptions = { knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true, strict: true, preventIndent: true } as const;
  const runtimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

  hb.registerHelper('waarde', function (this: unknown, ...args: unknown[]) {
    args.pop();
    const [value, alternative] = args;
    if (value !== null && value !== undefined && value !== '') return value;
    const text = typeof alternative === 'string' ? encodeValue(alternative) : alternative instanceof hb.SafeString ? alternative.toString() : PLACEHOLDER;
    return new hb.SafeString(`<open>${text}</open>`);
  });

  const names = sources.map((s) => s.name as string);
  const usages = new Map<string, TemplateUsage>();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const precompiled: TemplateSource[] = [];
  for (const source of sources) {
    let spec = source.spec;
    try {
      // A source with its spec was checked and compiled by this function before (in the main thread).
      if (spec === undefined) {
        const { violation, usage } = checkTemplate(hb.parse(source.text), names);
        if (violation) throw new TemplateError(violation.message, source.origin, violation.line, violation.column);
        usages.set(source.name, usage);
        // Compiled fully now (compile() alone is lazy), so errors surface before any file is rendered.
        spec = hb.precompile(source.text, compileOptions) as string;
      }
    } catch (error) {
      throw translateTemplateError(error, source.origin, source.text);
    }
    // What hb.compile does after precompiling: Handlebars' generated code, turned into functions.
    const template = hb.template(new Function(`return ${spec};`)() as TemplateSpecification) as HandlebarsTemplateDelegate;
    precompiled.push({ ...source, spec });
    compiled.set(source.name, template);
    const wrapped = (context: unknown, options: Handlebars.RuntimeOptions): string => {
      try {
        return `<${SOURCE_TAG} naam="${source.name}">${template(context, { ...options, ...runtimeOptions })}</${SOURCE_TAG}>`;
      } catch (error) {
        throw translateTemplateError(error, source.origin, source.text);
      }
    };
    hb.registerPartial(source.name, wrapped as unknown as Handlebars.Template);
  }
  const cycle = findPartialCycle(usages);
  if (cycle) {
    const origin = byName.get(cycle.template)?.origin ?? cycle.template;
    throw new TemplateError(
      `{{> ${cycle.partial}}} voegt een sjabloon in dat zichzelf weer invoegt (${cycle.path.join(' → ')}); dat houdt nooit op.`,
      origin,
      cycle.line,
      cycle.column,
    );
  }

  return {
    render(name, view) {
      const template = compiled.get(name);
      const source = byName.get(name);
      if (!template || !source) throw new TemplateError('dit sjabloon ontbreekt.', name, null);
      try {
        return `<${SOURCE_TAG} naam="${name}">${template(toTemplateData(view, hb), runtimeOptions)}</${SOURCE_TAG}>`;
      } catch (error) {
        throw translateTemplateError(error, source.origin, source.text);
      }
    },
    origin: (name) => byName.get(name)?.origin ?? name,
    sourceOf: (name) => byName.get(name)?.text,
    precompiled,
  };
}

/**
 * Strings become pre-encoded SafeStrings, so no template can print a value as markup; a text from
 * the agreements file also carries its origin, as <bron> around it (see markup.ts).
 */
function toTemplateData(value: unknown, hb: typeof Handlebars): unknown {
  if (typeof value === 'string') return new hb.SafeString(encodeValue(value));
  if (value instanceof SourcedText || value instanceof MixedText) return new hb.SafeString(sourceMarkup(value));
  if (Array.isArray(value)) return value.map((item) => toTemplateData(item, hb));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    // Object.keys: the same keys in the same order as Object.entries, without an array per key.
    for (const key of Object.keys(value)) result[key] = toTemplateData((value as Record<string, unknown>)[key], hb);
    return result;
  }
  return value;
}
