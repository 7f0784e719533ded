import type { Finding } from '../../findings.js';
import { validate } from '../../generated/schema-validator.js';
import { locateIn, scalarSource } from '../load/locate.js';
import type { LoadedSource } from '../load/source.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';
import { schemaFindings } from './schema-findings.js';

/**
 * Validates parsed data against the (build-time compiled) JSON Schema; findings point into the
 * YAML. The document with positions is only touched when there is something to point at.
 */
export function validateSchema(source: LoadedSource): Finding[] {
  if (validate(source.data)) return [];
  return schemaFindings(validate.errors ?? [], (path) => scalarSource(source.doc, source.text, path), source.data).map((draft) => {
    const { position } = locateIn(source, draft.path, draft.atKey ? 'key' : 'value');
    return { rule: draft.rule, severity: 'fout', onderdeel: onderdeelOfPath(draft.path), message: draft.message, path: draft.path, ...position };
  });
}
