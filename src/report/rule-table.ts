import { RULE_CATALOG, RULE_SOORT_TITEL } from '../core/rules/catalog.js';

/** The README's table of rules, generated from the catalogue so the two never drift apart. */
export function ruleTableMarkdown(): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|');
  const rows = RULE_CATALOG.map((r) => `| \`${r.id}\` | ${r.severity} | ${RULE_SOORT_TITEL[r.soort]} | ${cell(r.titel)} | ${cell(r.leidraad ?? '—')} |`);
  return ['| regel | ernst | soort | wat | grondslag |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
