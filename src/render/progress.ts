import { visible } from '../report/visible.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Progress of a batch on stderr: one plain line per file (what happened, which documents), and on
 * a terminal a bar under those lines that redraws itself; nothing with --quiet. Messages about
 * problems always get through.
 */
export class Progress {
  private done = 0;
  private barShown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly mode: 'bar' | 'lines' | 'stil',
  ) {}

  static for(stream: ProgressStream, total: number, quiet: boolean): Progress {
    return new Progress(stream, total, quiet ? 'stil' : stream.isTTY ? 'bar' : 'lines');
  }

  /** A file is finished; `line` (one line, naming the file) says what happened to it. */
  step(file: string, line: string): void {
    this.done += 1;
    // File names can hold a line break or ESC: shown as escapes, they cannot start a line of the log.
    if (this.mode === 'stil') return;
    this.clearBar();
    this.stream.write(`${visible(line)}\n`);
    if (this.mode === 'bar' && this.done < this.total) this.drawBar(visible(file));
  }

  /** A problem: shown in every mode, above the bar. */
  problem(text: string): void {
    this.clearBar();
    this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
    if (this.mode === 'bar' && this.done < this.total) this.drawBar('');
  }

  finish(summary: string): void {
    this.clearBar();
    if (this.mode !== 'stil') this.stream.write(`${summary}\n`);
  }

  private drawBar(file: string): void {
    const width = 24;
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    const label = `${this.done}/${this.total}`;
    const room = Math.max(10, (this.stream.columns ?? 80) - width - label.length - 6);
    const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
    this.stream.write(`\r\u001b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${label} ${name}`);
    this.barShown = true;
  }

  private clearBar(): void {
    if (this.barShown) this.stream.write('\r\u001b[2K');
    this.barShown = false;
  }
}
