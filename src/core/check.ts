import { compareFindings, type Finding, type Onderdeel, type OnderdeelStatus } from '../findings.js';
import { capFindings } from './rules/finding-cap.js';
import { bijlageFindings } from './load/bijlagen.js';
import { resolveChain, type LoadedBase } from './extends.js';
import { mergeChain } from './load/merge.js';
import { inheritedPaths } from './inherited-paths.js';
import { locateInChain } from './load/provenance.js';
import { loadSource } from './load/source.js';
import { isMap, type PlainMap } from './domain/data-access.js';
import { fileName } from './domain/file-name.js';
import type { Rule, RuleFinding } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { INVOER_RULES } from './rules/invoer.js';
import { onderdeelStatuses } from './status.js';
import { validateSchema } from './validate/validate.js';

export interface CheckOptions {
  /** "Today" as YYYY-MM-DD. */
  today: string;
  /** Reads another file (a base file named by `extends`); the core itself never touches the file system. */
  readFile?: (path: string) => Uint8Array;
  /**
   * How many directories above the checked file's own directory the repository root lies (the
   * CLI finds it by looking for `.git`); `extends` may not point outside it. Default 0: the
   * directory of the checked file.
   */
  rootLevelsUp?: number;
  /**
   * Checks that a file named under `bijlagen.*.bestand` exists inside the repository (see
   * load/bijlagen.ts); without it those files are not checked.
   */
  checkFile?: (path: string) => void;
  /** Base files already read in this run (see `ExtendsAccess.cache`); optional. */
  baseCache?: Map<string, LoadedBase>;
}

export interface FileCheck {
  file: string;
  findings: Finding[];
  /** Null when the file could not be read as agreements at all (syntax, encoding, not a map, a base that cannot be used). */
  onderdelen: Record<Onderdeel, OnderdeelStatus> | null;
  /** The agreements as plain data (with everything inherited through `extends`), for the renderers; undefined when the YAML is broken. */
  data: unknown;
  /** The file says `basis: true`: a base for gemeente files, checked as such (no gemeente needed, gaps are info). */
  isBase?: boolean;
  /** The base files this file builds on through `extends`, nearest first. */
  baseFiles?: string[];
  /** With base files: the dotted paths of what `data` takes from them (core/model/source.ts), for the documents. */
  inherited?: string[];
}

/**
 * Said of a gap that lies in a base file: the finding points there (where one fix serves every
 * gemeente), and names the checked file as the other place to fill it in. By its name only: the
 * message also goes into the Word documents, whose bytes may not depend on how a path was typed.
 */
export function inheritedGap(file: string): string {
  return `(Geërfd uit het basisbestand: vul het daar aan voor alle gemeenten, of zet het in ${fileName(file)}.)`;
}

/** Rules that do not apply to a base file: the gemeente is named in the files that build on it. */
const NOT_FOR_BASE = new Set(['gemeente-ontbreekt']);

/** parse → follow `extends` → validate → merge → check, for one file's bytes. Pure: no file system, no clock. */
export function checkSource(file: string, bytes: Uint8Array, options: CheckOptions): FileCheck {
  const loaded = loadSource(file, bytes);
  if (!loaded.ok) return { file, findings: capFindings(loaded.findings.sort(compareFindings)), onderdelen: null, data: undefined };
  const root = loaded.source;

  const findings = [...root.findings, ...validateSchema(root)];
  if (!isMap(root.data)) return { file, findings: capFindings(findings.sort(compareFindings)), onderdelen: null, data: root.data };

  const chain = resolveChain(root, { readFile: options.readFile, rootLevelsUp: options.rootLevelsUp ?? 0, cache: options.baseCache });
  // A loop, not push(...spread): a base file with 150,000 findings would exceed the call stack.
  for (const finding of chain.findings) findings.push(finding);
  const isBase = root.data.basis === true;
  const baseFiles = chain.layers.slice(1).map((layer) => layer.file);
  const extra = { ...(isBase ? { isBase } : {}), ...(baseFiles.length > 0 ? { baseFiles } : {}) };
  const order = [file, ...baseFiles];
  if (!chain.complete) return { file, findings: capFindings(inChainOrder(findings, order)), onderdelen: null, data: root.data, ...extra };

  const data = mergeChain(chain.layers.map((layer) => layer.data as PlainMap));
  const ruleFindings: Finding[] = [];
  const invoerFindings: Finding[] = [];
  // What each rule reported, for a rule that builds on others (vastgesteld-met-open-punten comes after the rules it counts).
  const reported = new Map<Rule, RuleFinding[]>();
  for (const rule of [...RULES, ...INVOER_RULES]) {
    if (isBase && NOT_FOR_BASE.has(rule.id)) continue;
    const into = INVOER_RULES.includes(rule) ? invoerFindings : ruleFindings;
    const own: RuleFinding[] = [];
    reported.set(rule, own);
    rule.run({
      data,
      today: options.today,
      reportedBy: (earlier) => reported.get(earlier),
      report(found) {
        own.push(found);
        const { inherited, ...position } = locateInChain(chain.layers, found.path, found.at);
        const message = inherited ? `${found.message} ${inheritedGap(file)}` : found.message;
        into.push({ rule: rule.id, severity: rule.severity, onderdeel: found.onderdeel, message, path: found.path, ...position });
      },
    });
  }
  for (const finding of bijlageFindings(chain.layers, data, { checkFile: options.checkFile, rootLevelsUp: options.rootLevelsUp ?? 0 })) findings.push(finding);
  const onderdelen = onderdeelStatuses(data, [...findings, ...ruleFindings, ...invoerFindings]);
  // A base is incomplete on purpose: what it leaves open, the gemeente files fill in.
  const shown = [...(isBase ? ruleFindings.map((f): Finding => ({ ...f, severity: 'info' })) : ruleFindings), ...invoerFindings];
  const inherited = baseFiles.length > 0 ? { inherited: inheritedPaths(root.data, data) } : {};
  return { file, findings: capFindings(inChainOrder([...findings, ...shown], order)), onderdelen, data, ...extra, ...inherited };
}

/** The checked file's own findings first, then those in its base files, each by line. */
function inChainOrder(findings: Finding[], order: readonly string[]): Finding[] {
  const rank = (f: Finding): number => {
    const index = order.indexOf(f.file);
    return index < 0 ? order.length : index;
  };
  return findings.sort((a, b) => rank(a) - rank(b) || compareFindings(a, b));
}
