import { join } from 'node:path';
import type { RenderedDocument } from '../../render/render-document.js';
import { visible } from '../../report/visible.js';
import { examineDocument, type DocumentReader, type ExistingDocument } from '../existing-documents.js';
import { EXIT, UserError } from '../io.js';
import type { ProtectedFiles } from '../protected-files.js';
import { writeFileSafely } from '../safe-write.js';

/** What the compare and write steps of one run share. */
export interface PlaceContext {
  outDir: string;
  force: boolean;
  /** --check: compare only, write nothing. */
  check: boolean;
  /** --per-partner was asked for: only then is a missing partner document a finding of --check. */
  perPartnerAsked: boolean;
  /** Documents written after this moment belong to a run that is going on at the same time. */
  startedMs: number;
  /** Target path → the input file that made it in this run (a second file making the same name is refused). */
  claimed: Map<string, string>;
  readFiles: ProtectedFiles;
  baseFilesRead: Iterable<string>;
  shown(path: string): string;
  problem(line: string): void;
  /** How existing documents are read (tests put a failing reader here). */
  read?: DocumentReader;
}

/** What became of one file's documents: compared (--check) or written. */
export interface Placed {
  written: string[];
  stale: string[];
  /** A document was kept (exit 1): an existing different one, or one another file of this run made. */
  refused: boolean;
  /** A document could not be written or compared (exit 2). */
  unwritten: boolean;
}

/** Compares (--check) or writes each document of one file; problems are reported as they happen. */
export async function placeDocuments(file: string, documents: readonly RenderedDocument[], context: PlaceContext): Promise<Placed> {
  const name = visible(file);
  const placed: Placed = { written: [], stale: [], refused: false, unwritten: false };
  for (const document of documents) {
    const target = join(context.outDir, document.fileName);
    const owner = context.claimed.get(target);
    if (owner !== undefined && owner !== file) {
      context.problem(
        `swa: ${name} maakt ${context.shown(target)}, maar dat document is in deze opdracht al gemaakt uit ${visible(owner)}. Geef de gemeenten verschillende namen, of render ze apart.`,
      );
      placed.refused = true;
      continue;
    }
    context.claimed.set(target, file);
    try {
      if (context.check) {
        const finding = await compareDocument(target, document, name, context);
        if (finding) placed.stale.push(finding);
      } else {
        await context.readFiles.addReal(context.baseFilesRead).refuse(target, `Het document ${document.fileName}`);
        const state = await writeDocument(target, document, context);
        placed.written.push(`${context.shown(target)}${state === 'gelijk' ? ' (ongewijzigd)' : ''}`);
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      context.problem(`swa: ${visible(error.message)}`);
      // Exit 1 means an existing, different document was kept; anything else is a failure to read or write.
      if (error.exitCode === EXIT.findings) placed.refused = true;
      else placed.unwritten = true;
    }
  }
  return placed;
}

/**
 * The compare step of --check: a line when the document in --out is not what the file gives now,
 * null when it is. A document that is there but cannot be read throws (exit 2): it is neither
 * missing nor outdated, and saying so would send the user the wrong way.
 */
export async function compareDocument(
  target: string,
  document: RenderedDocument,
  name: string,
  context: Pick<PlaceContext, 'perPartnerAsked' | 'shown' | 'read'>,
): Promise<string | null> {
  const state = await examineDocument(target, document.bytes, Number.POSITIVE_INFINITY, context.read);
  if (state === 'gelijk') return null;
  if (state === 'ontbreekt') {
    // Partner documents are only required with --per-partner; without it, those present are compared.
    return document.partner !== null && !context.perPartnerAsked ? null : `${context.shown(target)} ontbreekt (uit ${name})`;
  }
  return `${context.shown(target)} is verouderd (uit ${name})${state === 'bewerkt' ? '; het is ook met de hand bewerkt nadat swa het maakte' : ''}`;
}

/**
 * The write step. Replaced without --force: an earlier document of swa that nobody edited.
 * Only with --force: a document edited since, or a file swa did not write.
 */
async function writeDocument(target: string, document: RenderedDocument, context: PlaceContext): Promise<ExistingDocument> {
  const state = await examineDocument(target, document.bytes, context.startedMs, context.read);
  if (state === 'gelijk') return state;
  if (!context.force) {
    if (state === 'bewerkt') {
      throw new UserError(
        `${target} is bewerkt nadat swa het maakte en wordt niet vervangen, zodat die wijzigingen niet verloren gaan. Neem ze over in het afsprakenbestand en gebruik dan --force om het document te vervangen, of kies een andere map.`,
        EXIT.findings,
      );
    }
    if (state === 'zojuist') {
      throw new UserError(
        `${target} is zojuist door een ander proces gemaakt (bijvoorbeeld een tweede swa render in dezelfde map) en is anders dan wat nu gemaakt wordt. Het is niet overschreven; gebruik --force om het te vervangen.`,
        EXIT.findings,
      );
    }
  }
  await writeFileSafely(target, document.bytes, { force: context.force || state === 'eigen' });
  return state;
}
