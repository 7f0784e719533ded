import type { Document, LineCounter } from 'yaml';
import type { Finding } from '../../findings.js';
import { decodeSource } from './decode.js';
import { fastParse } from './fast-parse.js';
import { cutTextFindings, mayHaveCutText } from './cut-text.js';
import { linePositions } from './locate-lines.js';
import { quickPositions, type QuickPositions } from './locate-quick.js';
import { parsePositions, parseYaml } from './parse-yaml.js';

/** One agreements file, parsed, with what is needed to point back into it. */
export interface LoadedSource {
  file: string;
  text: string;
  /** The YAML document with positions; built on first use when the data came from the fast path. */
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /**
   * Positions without the `yaml` library, built on first use, for a file whose data came from the
   * fast path; undefined when they cannot be had that way (see locate-quick.ts).
   */
  readonly quick?: QuickPositions;
  data: unknown;
  /** YAML findings that did not stop the parse (e.g. warnings). */
  findings: Finding[];
}

export type LoadResult = { ok: true; source: LoadedSource } | { ok: false; findings: Finding[] };

/** bytes → text → YAML; a file that cannot be read as YAML at all gives only findings. */
export function loadSource(file: string, bytes: Uint8Array): LoadResult {
  const decoded = decodeSource(bytes, file);
  if (!decoded.ok) return { ok: false, findings: [decoded.finding] };
  const { text } = decoded;

  const fast = fastParse(text);
  if (fast) {
    const source = withLazyPositions(file, text, fast.data);
    if (mayHaveCutText(text)) source.findings.push(...cutTextFindings(text, file, source.doc, source.lineCounter));
    return { ok: true, source };
  }

  const parsed = parseYaml(text, file);
  if (parsed.data === undefined && parsed.findings.length > 0) return { ok: false, findings: parsed.findings };
  if (parsed.doc.contents === null) {
    return {
      ok: false,
      findings: [
        {
          rule: 'bestand-leeg',
          severity: 'fout',
          onderdeel: null,
          file,
          line: 1,
          column: 1,
          path: [],
          message: 'Het bestand is leeg. Begin met `schema_versie: 1` en `gemeente:`, of maak een begin met `swa init`.',
        },
      ],
    };
  }
  const findings = mayHaveCutText(text) ? [...parsed.findings, ...cutTextFindings(text, file, parsed.doc, parsed.lineCounter)] : parsed.findings;
  return { ok: true, source: { file, text, doc: parsed.doc, lineCounter: parsed.lineCounter, data: parsed.data, findings } };
}

function withLazyPositions(file: string, text: string, data: unknown): LoadedSource {
  let parsed: ReturnType<typeof parsePositions> | undefined;
  const positions = (): ReturnType<typeof parsePositions> => (parsed ??= parsePositions(text));
  let quick: QuickPositions | null | undefined;
  return {
    file,
    text,
    data,
    findings: [],
    get quick() {
      if (quick === undefined) quick = quickPositionsOf(text, data) ?? null;
      return quick ?? undefined;
    },
    get doc() {
      return positions().doc;
    },
    get lineCounter() {
      return positions().lineCounter;
    },
  };
}

/**
 * The line reader (locate-lines.ts) where it can tell, which is nearly always; js-yaml's listener
 * (locate-quick.ts), read only when first needed, for the files and paths it cannot.
 */
function quickPositionsOf(text: string, data: unknown): QuickPositions | undefined {
  const lines = linePositions(text, data);
  if (!lines) return quickPositions(text);
  let listener: QuickPositions | null | undefined;
  return {
    locate(path, at) {
      const found = lines.locate(path, at);
      if (found) return found;
      listener ??= quickPositions(text) ?? null;
      return listener?.locate(path, at);
    },
  };
}
