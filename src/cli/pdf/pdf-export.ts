import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRegularFile } from '../existing-documents.js';
import { EXIT, UserError } from '../io.js';
import { locateOffice } from './locate-office.js';
import { MACRO_LIBRARY, MACRO_MODULE, installMacro } from './office-macro.js';
import { sameApartFromMoment } from './pdf-identity.js';

/** A Word document as render makes it; a PDF made of it takes its name with .pdf. */
export interface WordDocument {
  fileName: string;
  bytes: Uint8Array;
}

export interface PdfOptions {
  pdf?: boolean;
  alleenPdf?: boolean;
  check?: boolean;
}

/** Starting LibreOffice with a fresh profile; it takes about a second on a quiet machine. */
const START_TIMEOUT_MS = 90_000;
/** One document: starting LibreOffice and converting take ≈ 2 s on a quiet machine, ≈ 10 s on a very busy one. */
const DOCUMENT_TIMEOUT_MS = 90_000;

const running = new Set<ChildProcess>();
const workDirectories = new Set<string>();
let exitHookInstalled = false;

/**
 * PDF/A-2 of the Word documents, made by LibreOffice (headless) with the table of contents filled
 * in. One LibreOffice profile of its own per run, in a temporary directory, so a run never
 * collides with another run or with the user's open LibreOffice; the PDFs are made there and only
 * then handed back, to be published by the same safe write as the Word documents.
 */
export class PdfExport {
  private profileReady: Promise<void> | null = null;
  private calls = 0;

  private constructor(
    private readonly office: string,
    private readonly workDirectory: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly onlyPdf: boolean,
  ) {}

  /** null when no PDF is asked for; throws (exit 2, nothing written yet) when it cannot be made. */
  static async forOptions(options: PdfOptions, env: NodeJS.ProcessEnv): Promise<PdfExport | null> {
    if (options.pdf !== true && options.alleenPdf !== true) return null;
    if (options.check === true) {
      throw new UserError(
        `--check vergelijkt de Word-documenten; --${options.alleenPdf === true ? 'alleen-pdf' : 'pdf'} hoort daar niet bij. Een PDF is elke keer anders gemaakt (het tijdstip staat erin), dus die valt niet byte voor byte te vergelijken.`,
        EXIT.usage,
      );
    }
    const office = await locateOffice(env);
    const workDirectory = await mkdtemp(join(tmpdir(), 'swa-pdf-'));
    rememberForExit(workDirectory);
    return new PdfExport(office, workDirectory, env, options.alleenPdf === true);
  }

  /**
   * What to write for one afsprakenbestand: its Word documents (not with --alleen-pdf) and a PDF of
   * each. Throws a UserError when any PDF fails, so the
   * caller writes nothing of this file rather than a set with holes.
   */
  async documentsToWrite<T extends WordDocument>(documents: readonly T[], outDirectory: string): Promise<T[]> {
    const pdfs = await this.convert(documents);
    const asPdf: T[] = [];
    for (const [i, document] of documents.entries()) {
      const fileName = pdfName(document.fileName);
      asPdf.push({ ...document, fileName, bytes: await unlessUnchanged(join(outDirectory, fileName), pdfs[i]!) });
    }
    return this.onlyPdf ? asPdf : [...documents, ...asPdf];
  }

  /**
   * The PDF bytes of each document, in order. Each document gets a LibreOffice of its own: one that
   * has converted a document before lays some pages out differently from run to run (measured: the
   * heading "5 Taakverdeling" of the example on page 6 or 7, and on page 6 orphaned from the box it
   * is kept with), while a fresh one gave the same pages in 12 of 12 runs. That costs a start per
   * document; the same text every time is worth it.
   */
  async convert(documents: readonly WordDocument[]): Promise<Uint8Array[]> {
    if (documents.length === 0) return [];
    this.profileReady ??= this.prepareProfile();
    await this.profileReady;
    const call = join(this.workDirectory, `opdracht-${++this.calls}`);
    await mkdir(call);
    const problems: string[] = [];
    const pdfs: Uint8Array[] = [];
    for (const [i, document] of documents.entries()) {
      // Numbered names: the file names come from user data and need not be valid here.
      const source = join(call, `${i + 1}.docx`);
      const output = join(call, `${i + 1}.pdf`);
      const list = join(call, `${i + 1}.txt`);
      const status = join(call, `${i + 1}.status`);
      await writeFile(source, document.bytes);
      await writeFile(list, `${fileUrl(source)}\n${fileUrl(output)}\n`);
      const macro = `macro:///${MACRO_LIBRARY}.${MACRO_MODULE}.ConvertAll("${argumentUrl(list)}","${argumentUrl(status)}")`;
      const result = await this.runOffice([macro], DOCUMENT_TIMEOUT_MS);
      const [state, reason] = (await readFile(status, 'utf8').catch(() => '')).split('\n')[0]!.replace(/\r$/, '').split('\t');
      const bytes = state === 'ok' ? await readFinishedPdf(output) : null;
      if (bytes === null) {
        const why =
          state === 'fout'
            ? (reason ?? 'onbekende oorzaak')
            : result.timedOut
              ? 'LibreOffice deed er te lang over en is gestopt'
              : `LibreOffice stopte voordat de PDF klaar was${result.stderr ? ` (${result.stderr})` : ''}`;
        problems.push(`${pdfName(document.fileName)}: ${why}`);
        // After a hang the next document would most likely wait as long.
        if (result.timedOut) break;
      } else {
        pdfs.push(bytes);
      }
    }
    await rmQuietly(call);
    if (problems.length > 0) {
      // One line: the caller prints it through visible(), which shows a line break as \n.
      throw new UserError(`de PDF kon niet worden gemaakt, dus van dit bestand is niets geschreven: ${problems.join('; ')}.`, EXIT.usage);
    }
    return pdfs;
  }

  /** Removes the profile and the temporary files; also happens by itself when the process exits. */
  dispose(): void {
    rmSync(this.workDirectory, { recursive: true, force: true });
    workDirectories.delete(this.workDirectory);
  }

  private async prepareProfile(): Promise<void> {
    const result = await this.runOffice(['--terminate_after_init'], START_TIMEOUT_MS);
    const library = join(this.workDirectory, 'profiel', 'user', 'basic', MACRO_LIBRARY, 'script.xlb');
    // A failed start stays failed for this run: the next file gets the same message at once, not after another wait.
    if (!(await stat(library).catch(() => null))?.isFile()) {
      throw new UserError(
        `LibreOffice (${this.office}) startte niet goed${result.timedOut ? ': het deed er te lang over' : result.stderr ? `: ${result.stderr}` : ''}. Er is geen PDF gemaakt.`,
        EXIT.usage,
      );
    }
    await installMacro(join(this.workDirectory, 'profiel'));
  }

  private runOffice(args: string[], timeoutMs: number): Promise<{ timedOut: boolean; stderr: string }> {
    const profile = `-env:UserInstallation=${fileUrl(join(this.workDirectory, 'profiel'))}`;
    return new Promise((resolve, reject) => {
      const child = spawn(this.office, ['--headless', '--invisible', '--nologo', '--norestore', '--nolockcheck', '--nodefault', profile, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: this.env,
        // Its own process group, so a timeout stops soffice.bin too, not only the script that started it.
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
      running.add(child);
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < 2000) stderr += chunk;
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        stop(child);
      }, timeoutMs);
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        running.delete(child);
        reject(new UserError(`LibreOffice (${this.office}) kon niet worden gestart (${error.code ?? error.message}). Er is geen PDF gemaakt.`, EXIT.usage));
      });
      child.once('close', () => {
        clearTimeout(timer);
        running.delete(child);
        resolve({ timedOut, stderr: meaningful(stderr) });
      });
    });
  }
}

/**
 * The PDF already at `target` when it is this one apart from the moment it was made, so that the
 * write sees equal bytes and leaves it alone (as with an unchanged Word document); else `fresh`.
 * A signed or otherwise edited PDF differs, so it is only replaced with --force.
 */
async function unlessUnchanged(target: string, fresh: Uint8Array): Promise<Uint8Array> {
  const existing = (await readRegularFile(target))?.bytes ?? null;
  return existing !== null && sameApartFromMoment(existing, fresh) ? existing : fresh;
}

/** `x.docx` → `x.pdf`. */
function pdfName(fileName: string): string {
  return `${fileName.replace(/\.docx$/i, '')}.pdf`;
}

/** A PDF that LibreOffice finished: it starts as a PDF and ends with the end-of-file marker. */
async function readFinishedPdf(path: string): Promise<Uint8Array | null> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return null;
  return bytes.subarray(-1024).toString('latin1').trimEnd().endsWith('%%EOF') ? bytes : null;
}

function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}

/** Inside macro:///…("…","…") a comma, bracket or quote would end the argument; in a URL they may be escaped. */
function argumentUrl(path: string): string {
  return fileUrl(path).replace(/[,()"'\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** LibreOffice's stderr without the warning every headless start prints on a machine without Java. */
function meaningful(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/javaldx|java may not function/i.test(line))
    .join(' ')
    .slice(0, 500);
}

function stop(child: ChildProcess): void {
  try {
    if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

async function rmQuietly(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true }).catch(() => undefined);
}

/** An interrupted or finished run leaves no LibreOffice running and no profile behind. */
function rememberForExit(directory: string): void {
  workDirectories.add(directory);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) stop(child);
    for (const dir of workDirectories) rmSync(dir, { recursive: true, force: true });
  });
}
