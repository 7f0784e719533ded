import { checkSource, type FileCheck } from '../../src/core/check.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { renderFile, type RenderResult } from '../../src/render/render-document.js';
import { compileTemplates, type TemplateSet } from '../../src/render/template-set.js';
import { openDocx } from '../render/docx-reader.js';

let templates: TemplateSet | undefined;

/** The built-in templates, compiled once per test file. */
export async function builtInTemplates(): Promise<TemplateSet> {
  templates ??= compileTemplates(await loadTemplates(null));
  return templates;
}

/** check + render (integral and per partner) of YAML text, without the CLI or the file system. */
export async function checkAndRender(yaml: string, today = '2026-11-23'): Promise<{ check: FileCheck; result: RenderResult }> {
  const check = checkSource('afspraken.yaml', new TextEncoder().encode(yaml), { today });
  const result = await renderFile(check, await builtInTemplates(), { perPartner: true, generator: 'swa test' });
  return { check, result };
}

/** All text of the document's body, header and footer parts (the XML with tags removed). */
export function documentText(bytes: Uint8Array): string {
  const { parts } = openDocx(bytes);
  return Object.entries(parts)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map(([, xml]) => xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, ''))
    .join('\n');
}

export { PLACEHOLDER_AFSPRAAK as PLACEHOLDER } from '../../src/core/domain/open-punten.js';
import { PLACEHOLDER_AFSPRAAK, PLACEHOLDER_GEGEVEN } from '../../src/core/domain/open-punten.js';

/** Whether a text shows an open field: "[nog af te spreken …]" (an agreement) or "[nog in te vullen …]" (a fact). */
export function showsPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER_AFSPRAAK) || text.includes(PLACEHOLDER_GEGEVEN);
}
