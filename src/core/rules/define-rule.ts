import type { Onderdeel, PathSegment, Severity } from '../../findings.js';

export interface RuleFinding {
  path: PathSegment[];
  message: string;
  onderdeel: Onderdeel | null;
  /** Where the path is, point at its value rather than its key (e.g. a wrong date). */
  at?: 'key' | 'value';
}

export interface RuleContext {
  /** The agreements as plain data; the schema may have failed, so every rule reads defensively. */
  data: Record<string, unknown>;
  /** "Today" as YYYY-MM-DD, settable with --datum for reproducible runs. */
  today: string;
  report(finding: RuleFinding): void;
  /**
   * What a rule that already ran in this check reported, or undefined when it did not run (then
   * the asking rule runs it itself). Lets vastgesteld-met-open-punten use the gaps the other rules
   * found instead of running them all a second time.
   */
  reportedBy?(rule: Rule): readonly RuleFinding[] | undefined;
}

export interface Rule {
  /** Stable kebab-case id: part of the public contract (CI configs, dashboards). */
  id: string;
  severity: Severity;
  /** One Dutch line: what the rule checks. */
  titel: string;
  /** Dutch: why it matters and how to fix it (SARIF help, the README's rule table). */
  hulp: string;
  /** The onderdeel or voorwaarde of §6c the rule serves, for documentation and SARIF. */
  grondslag: Onderdeel | null;
  /**
   * For a rule about a part beyond §6c: where the leidraad asks it (e.g. §6a.3 for informatiedeling),
   * or null when it is the file's own structure (begrippen, bijlagen). Absent: a rule about §6c.
   */
  bron?: string | null;
  run(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
