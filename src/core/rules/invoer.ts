import type { Rule } from './define-rule.js';
import { bestandGrens } from './grenzen.js';
import { tekenBidi, tekenOngeldig } from './tekens.js';

/**
 * Rules about the input as input, not about the agreements: characters a document cannot hold or
 * that mislead a reader, and sizes past swa's limits. They run on the merged data like the content
 * rules, but a base file keeps their severity (its gaps are on purpose, these never are), and the
 * rule catalogue lists them with the file's own problems.
 */
export const INVOER_RULES: readonly Rule[] = [tekenOngeldig, tekenBidi, bestandGrens];
