import { checkSource, type CheckOptions, type FileCheck } from '../core/check.js';
import { locate } from '../core/load/locate.js';
import { loadSource } from '../core/load/source.js';
import { dataHash } from '../render/document-seal.js';
import { readComments } from './comments.js';
import { marginLines, marginParts } from '../word/margin-texts.js';
import { findControlsList, type OriginalRecord } from '../word/original-record.js';
import { planVerwerk, VERWERK_RULES, type Plan } from './plan.js';
import { readWordText } from '../word/word-text.js';
import { applyTextEdits, type TextEdit } from './yaml-edit.js';

export interface VerwerkInput {
  /** The parts of the document (readDocxParts) and its record (findOriginalRecord). */
  parts: ReadonlyMap<string, string>;
  record: OriginalRecord;
  documentFile: string;
  /** The agreements file as findings name it, and its bytes. */
  file: string;
  bytes: Uint8Array;
  check: CheckOptions;
  accepteer: boolean;
  /** swa-bron-sha256 of the document: the hash of the data it was made from (null: not stored). */
  sourceHash: string | null;
}

export type VerwerkResult =
  | { ok: false; check: FileCheck }
  | { ok: true; plan: Plan; text: string; edited: string; check: FileCheck; changedSinceRender: boolean | null };

/**
 * The whole of `swa verwerk` without the file system: check the file as it is, plan what comes
 * back from the document, write the edits into the text, and check the result.
 */
export function verwerkDocument(input: VerwerkInput): VerwerkResult {
  const checked = checkSource(input.file, input.bytes, input.check);
  const loaded = loadSource(input.file, input.bytes);
  if (!loaded.ok || checked.onderdelen === null) return { ok: false, check: checked };
  const own = loaded.source;
  const plan = planVerwerk({
    documentFile: input.documentFile,
    word: readWordText(input.parts.get('word/document.xml') ?? ''),
    comments: readComments(input.parts.get('word/comments.xml')),
    record: input.record,
    controlsList: findControlsList(input.parts),
    data: checked.data,
    ownData: own.data,
    baseFiles: checked.baseFiles ?? [],
    locate: (path) => locate(own.doc, own.lineCounter, input.file, path, 'value').position,
    accepteer: input.accepteer,
    margins: marginLines(marginParts(input.parts.keys()).map(({ name, place }) => ({ xml: input.parts.get(name)!, place }))),
  });
  const edited = applyAll(own.text, plan);
  // The same hash as render computes: has the file changed since the document was made?
  const changedSinceRender = input.sourceHash === null ? null : dataHash(checked.data) !== input.sourceHash;
  if (edited === own.text) return { ok: true, plan, text: own.text, edited, check: checked, changedSinceRender };
  const bom = input.bytes[0] === 0xef && input.bytes[1] === 0xbb && input.bytes[2] === 0xbf ? '\uFEFF' : '';
  const check = checkSource(input.file, new TextEncoder().encode(bom + edited), input.check);
  return { ok: true, plan, text: own.text, edited, check, changedSinceRender };
}

/** Applies the plan's edits; an edit that cannot be written safely is taken out and reported instead. */
function applyAll(text: string, plan: Plan): string {
  let edits: TextEdit[] = [...plan.edits];
  while (edits.length > 0) {
    const result = applyTextEdits(text, edits);
    if (result.ok) return result.text;
    const failing = edits.find((e) => e.path.join('.') === result.path.join('.')) ?? edits[0]!;
    edits = edits.filter((e) => e !== failing);
    plan.edits = edits;
    const index = plan.findings.findIndex((f) => f.rule === VERWERK_RULES.verwerkt.id && f.path.join('.') === failing.path.join('.'));
    if (index !== -1) {
      const finding = plan.findings[index]!;
      plan.findings[index] = {
        ...finding,
        rule: VERWERK_RULES.nietVerwerkt.id,
        severity: VERWERK_RULES.nietVerwerkt.severity,
        message: `Niet verwerkt: ${result.reason}. ${finding.message}`,
      };
    }
  }
  return text;
}
