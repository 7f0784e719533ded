// hbs.AST (Handlebars' syntax tree types) is declared by the handlebars package.
import type {} from 'handlebars';

/**
 * What a template may use, checked on Handlebars' syntax tree before it is compiled. Handlebars
 * itself knows more (log, lookup, helperMissing, decorators, inline and dynamic partials, mustache
 * sections like {{#veld}}); the README promises only if, unless, each, with and waarde, and each
 * extra is a way for a template to do what it should not (write to swa's output, look up arbitrary
 * names, recurse without end). Checking here also gives every mistake the line and column of its
 * tag, where Handlebars' runtime errors often carry neither.
 */

type Node = hbs.AST.Node;

export interface TemplateViolation {
  message: string;
  line: number;
  /** 1-based. */
  column: number;
}

const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
const VALUE_HELPER = 'waarde';
export const DOCUMENTED_HELPERS = 'if, unless, each, with en waarde';

/** Names that exist on every JavaScript object: never a field of the agreements. */
const OBJECT_MEMBERS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__']);

export interface TemplateUsage {
  /** The partials ({{> naam}}) the template uses, with where, to find cycles between templates. */
  partials: Array<{ name: string; line: number; column: number }>;
}

/** Said of {{* …}} and {{#* inline}}, here and where the parser refuses one before this check (template-errors.ts). */
export const DECORATOR_REFUSED =
  '{{* …}} en {{#* inline …}} (decorators en inline-deelsjablonen) bestaan niet in swa-sjablonen. Zet gedeelde tekst in een eigen sjabloon en voeg het in met {{> naam}}.';

/** The first thing the template uses that swa does not offer, or null; and the partials it uses. */
export function checkTemplate(program: hbs.AST.Program, partialNames: readonly string[]): { violation: TemplateViolation | null; usage: TemplateUsage } {
  const usage: TemplateUsage = { partials: [] };
  try {
    walkProgram(program, partialNames, usage);
    return { violation: null, usage };
  } catch (error) {
    if (error instanceof Violation) return { violation: error.violation, usage };
    throw error;
  }
}

class Violation extends Error {
  constructor(readonly violation: TemplateViolation) {
    super(violation.message);
  }
}

function fail(node: Node, message: string): never {
  throw new Violation({ message, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });
}

function walkProgram(program: hbs.AST.Program | undefined, partialNames: readonly string[], usage: TemplateUsage): void {
  if (!program) return;
  for (const statement of program.body) walkStatement(statement, partialNames, usage);
}

function walkStatement(node: Node, partialNames: readonly string[], usage: TemplateUsage): void {
  switch (node.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'MustacheStatement':
      return mustache(node as hbs.AST.MustacheStatement);
    case 'BlockStatement':
      block(node as hbs.AST.BlockStatement);
      walkProgram((node as hbs.AST.BlockStatement).program, partialNames, usage);
      walkProgram((node as hbs.AST.BlockStatement).inverse, partialNames, usage);
      return;
    case 'PartialStatement':
      return partial(node as hbs.AST.PartialStatement, partialNames, usage);
    case 'PartialBlockStatement':
      return fail(node, '{{#> …}} (een deelsjabloon met een blok) bestaat niet in swa-sjablonen. Voeg een sjabloon in met {{> naam}}.');
    case 'DecoratorBlock':
    case 'Decorator':
      return fail(node, DECORATOR_REFUSED);
    default:
      return fail(node, `dit onderdeel van de sjabloontaal (${node.type}) wordt niet ondersteund.`);
  }
}

function mustache(node: hbs.AST.MustacheStatement): void {
  const name = helperName(node.path);
  const hasArguments = node.params.length > 0 || node.hash !== undefined;
  if (name === VALUE_HELPER) return valueHelper(node, node.params, node.hash);
  if ((BLOCK_HELPERS as readonly string[]).includes(name ?? '') && hasArguments) {
    fail(node, `{{${name}}} werkt alleen als blok: {{#${name} veld}}…{{/${name}}}.`);
  }
  if (hasArguments) fail(node, unknownHelper(name ?? String((node.path as { original?: unknown }).original)));
  expression(node.path);
}

function block(node: hbs.AST.BlockStatement): void {
  const name = helperName(node.path);
  if (name === VALUE_HELPER) fail(node, `{{waarde}} is geen blok: schrijf {{waarde veld}} zonder # en zonder {{/waarde}}.`);
  if (!(BLOCK_HELPERS as readonly string[]).includes(name ?? '')) {
    const field = name ?? node.path.original;
    if (node.params.length > 0 || node.hash) fail(node, unknownHelper(field));
    fail(node, `{{#${field}}} is geen helper. Gebruik {{#if ${field}}}, {{#each ${field}}} of {{#with ${field}}}; beschikbaar zijn: ${DOCUMENTED_HELPERS}.`);
  }
  if (node.params.length !== 1)
    fail(
      node,
      `{{#${name}}} verwacht precies één veld, bijvoorbeeld {{#${name} ${name === 'each' ? 'partners' : 'document.versie'}}} (nu: ${node.params.length}).`,
    );
  if (node.hash) fail(node, `{{#${name}}} kent geen opties met "=" (${node.hash.pairs.map((p) => p.key).join(', ')}).`);
  node.params.forEach(expression);
}

function valueHelper(node: Node, params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined): void {
  if (params.length < 1 || params.length > 2 || hash) {
    fail(node, `{{waarde}} verwacht één veld en eventueel een vervangende tekst, bijvoorbeeld {{waarde termijn "geen vaste termijn"}}.`);
  }
  params.forEach(expression);
}

function partial(node: hbs.AST.PartialStatement, partialNames: readonly string[], usage: TemplateUsage): void {
  if (node.name.type !== 'PathExpression') fail(node, 'de naam van een deelsjabloon moet er letterlijk staan: {{> naam}}, niet berekend met (…).');
  const name = (node.name as hbs.AST.PathExpression).original;
  if (!partialNames.includes(name)) fail(node, `het deelsjabloon "${name}" bestaat niet. Bestaande sjablonen: ${partialNames.join(', ')}.`);
  if (node.params.length > 1) fail(node, `{{> ${name}}} krijgt hooguit één veld als context mee (nu: ${node.params.length}).`);
  node.params.forEach(expression);
  node.hash?.pairs.forEach((pair) => expression(pair.value));
  usage.partials.push({ name, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });
}

function expression(node: hbs.AST.Expression): void {
  switch (node.type) {
    case 'PathExpression': {
      const path = node as hbs.AST.PathExpression;
      const member = path.parts.find((part) => OBJECT_MEMBERS.has(part));
      if (member !== undefined) fail(node, `het veld "${member}" bestaat niet: dit is een naam van JavaScript, geen veld uit het afsprakenbestand.`);
      return;
    }
    case 'SubExpression': {
      const sub = node as hbs.AST.SubExpression;
      if (helperName(sub.path) !== VALUE_HELPER) fail(node, unknownHelper(helperName(sub.path) ?? sub.path.original));
      return valueHelper(node, sub.params, sub.hash);
    }
    case 'StringLiteral':
      // {{"naam"}} looks a field up by name, so it gets the same check as a path.
      if (OBJECT_MEMBERS.has((node as hbs.AST.StringLiteral).value))
        fail(node, `het veld "${(node as hbs.AST.StringLiteral).value}" bestaat niet: dit is een naam van JavaScript, geen veld uit het afsprakenbestand.`);
      return;
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'UndefinedLiteral':
    case 'NullLiteral':
      return;
    default:
      return fail(node, `dit soort waarde (${node.type}) wordt niet ondersteund.`);
  }
}

/** The helper a path names: a plain name (no dots, no ../, no @, no this.); otherwise null. */
function helperName(path: hbs.AST.PathExpression | hbs.AST.Literal): string | null {
  if (path.type !== 'PathExpression') return null;
  const p = path as hbs.AST.PathExpression;
  return !p.data && p.depth === 0 && p.parts.length === 1 && !/^(this|\.)/.test(p.original) ? p.parts[0]! : null;
}

function unknownHelper(name: string): string {
  return `onbekende helper "${name}". Beschikbaar zijn: ${DOCUMENTED_HELPERS}.`;
}

/** A partial that (through others) includes itself would recurse until the stack runs out. */
export function findPartialCycle(
  usages: ReadonlyMap<string, TemplateUsage>,
): { template: string; partial: string; line: number; column: number; path: string[] } | null {
  const state = new Map<string, 'busy' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): ReturnType<typeof findPartialCycle> => {
    state.set(name, 'busy');
    stack.push(name);
    for (const use of usages.get(name)?.partials ?? []) {
      if (state.get(use.name) === 'busy')
        return { template: name, partial: use.name, line: use.line, column: use.column, path: [...stack.slice(stack.indexOf(use.name)), use.name] };
      if (!state.has(use.name)) {
        const found = visit(use.name);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(name, 'done');
    return null;
  };
  for (const name of usages.keys()) {
    if (!state.has(name)) {
      const found = visit(name);
      if (found) return found;
    }
  }
  return null;
}
