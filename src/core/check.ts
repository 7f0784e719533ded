import { compareFindings, type Finding, type Onderdeel, type OnderdeelStatus } from '../findings.js';
import { decodeSource } from './load/decode.js';
import { locate } from './load/locate.js';
import { parseYaml } from './load/parse-yaml.js';
import { isMap } from './rules/data-access.js';
import { RULES } from './rules/index.js';
import { onderdeelStatuses } from './status.js';
import { validateSchema } from './validate/validate.js';

export interface CheckOptions {
  /** "Today" as YYYY-MM-DD. */
  today: string;
  /** Reads another file (a base file named by `extends`); the core itself never touches the file system. */
  readFile?: (path: string) => Uint8Array;
}

export interface FileCheck {
  file: string;
  findings: Finding[];
  /** Null when the file could not be read as agreements at all (syntax, encoding, not a map). */
  onderdelen: Record<Onderdeel, OnderdeelStatus> | null;
  /** The agreements as plain data, for the renderers; undefined when the YAML is broken. */
  data: unknown;
}

/** parse → validate → check, for one file's bytes. Pure: no file system, no clock. */
export function checkSource(file: string, bytes: Uint8Array, options: CheckOptions): FileCheck {
  const decoded = decodeSource(bytes, file);
  if (!decoded.ok) return { file, findings: [decoded.finding], onderdelen: null, data: undefined };

  const parsed = parseYaml(decoded.text, file);
  if (parsed.data === undefined && parsed.findings.length > 0) return { file, findings: sorted(parsed.findings), onderdelen: null, data: undefined };
  if (parsed.doc.contents === null) {
    const empty: Finding = {
      rule: 'bestand-leeg', severity: 'fout', onderdeel: null, file, line: 1, column: 1, path: [],
      message: 'Het bestand is leeg. Begin met `schema_versie: 1` en `gemeente:`, of maak een begin met `swa init`.',
    };
    return { file, findings: [empty], onderdelen: null, data: undefined };
  }

  const findings = [...parsed.findings, ...validateSchema(parsed.data, parsed.doc, parsed.lineCounter, file, decoded.text)];
  if (!isMap(parsed.data)) return { file, findings: sorted(findings), onderdelen: null, data: parsed.data };

  const data = parsed.data;
  for (const rule of RULES) {
    rule.run({
      data,
      today: options.today,
      report(found) {
        const { position } = locate(parsed.doc, parsed.lineCounter, file, found.path, found.at);
        findings.push({ rule: rule.id, severity: rule.severity, onderdeel: found.onderdeel, message: found.message, path: found.path, ...position });
      },
    });
  }
  return { file, findings: sorted(findings), onderdelen: onderdeelStatuses(data, findings), data };
}

function sorted(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}
