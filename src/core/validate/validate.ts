import type { Document, LineCounter } from 'yaml';
import type { Finding } from '../../findings.js';
import { validate } from '../../generated/schema-validator.js';
import { locate, scalarSource } from '../load/locate.js';
import { onderdeelOfPath } from '../rules/onderdeel-of-path.js';
import { schemaFindings } from './schema-findings.js';

/** Validates parsed data against the (build-time compiled) JSON Schema; findings point into the YAML. */
export function validateSchema(data: unknown, doc: Document, lineCounter: LineCounter, file: string, text: string): Finding[] {
  if (validate(data)) return [];
  return schemaFindings(validate.errors ?? [], (path) => scalarSource(doc, text, path)).map((draft) => {
    const { position } = locate(doc, lineCounter, file, draft.path, draft.atKey ? 'key' : 'value');
    return { rule: draft.rule, severity: 'fout', onderdeel: onderdeelOfPath(draft.path), message: draft.message, path: draft.path, ...position };
  });
}
