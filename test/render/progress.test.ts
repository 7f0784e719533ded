import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/render/progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 80, write: (text: string) => chunks.push(text) };
}

describe('batch progress', () => {
  it('on a terminal prints a line per file (with what it wrote) above one bar that redraws itself, cleared before problems and the summary', () => {
    const tty = stream(true);
    const progress = Progress.for(tty, 2, false);
    progress.step('a.yaml', 'a.yaml: gemaakt → uit/a-samenwerkingsafspraken.docx');
    progress.problem('swa: b.yaml wordt niet gemaakt');
    progress.step('b.yaml', 'b.yaml: geweigerd');
    progress.finish('✖ 1 gerenderd (waarvan 0 concept), 1 geweigerd.');
    const output = tty.chunks.join('');
    expect(output).toContain('\r\u001b[2K[████████████░░░░░░░░░░░░] 1/2 a.yaml');
    expect(output).toContain('\r\u001b[2Kswa: b.yaml wordt niet gemaakt\n');
    // After the last file the bar is gone: its line, then the summary, each on a line of its own.
    expect(output.endsWith('\r\u001b[2Kb.yaml: geweigerd\n✖ 1 gerenderd (waarvan 0 concept), 1 geweigerd.\n')).toBe(true);
    expect(output).toContain('a.yaml: gemaakt → uit/a-samenwerkingsafspraken.docx\n');
    // The line stands before the bar is drawn, so the bar never overwrites a file name.
    expect(output.indexOf('a.yaml: gemaakt')).toBeLessThan(output.indexOf('1/2 a.yaml'));
    expect(output).toContain('b.yaml: geweigerd\n');
  });

  it('writes plain lines without a terminal, and only problems with --quiet', () => {
    const log = stream(false);
    const lines = Progress.for(log, 1, false);
    lines.step('a.yaml', 'a.yaml: gemaakt');
    lines.finish('✔ klaar');
    expect(log.chunks).toEqual(['a.yaml: gemaakt\n', '✔ klaar\n']);

    const quiet = stream(true);
    const silent = Progress.for(quiet, 1, true);
    silent.step('a.yaml', 'a.yaml: gemaakt');
    silent.problem('swa: probleem');
    silent.finish('✔ klaar');
    expect(quiet.chunks).toEqual(['swa: probleem\n']);
  });

  it('a file name with a line break or ESC cannot start a line of its own, in the log or on the bar', () => {
    const name = 'x\n::error file=README.md::INJECTED\u001b]0;titel\u0007.yaml';
    const log = stream(false);
    Progress.for(log, 1, false).step(name, `${name}: gemaakt`);
    expect(log.chunks).toEqual(['x\\n::error file=README.md::INJECTED\\u001b]0;titel\\u0007.yaml: gemaakt\n']);
    const tty = stream(true);
    Progress.for(tty, 2, false).step(name, `${name}: gemaakt`);
    const drawn = tty.chunks.join('').replaceAll('\r\u001b[2K', '');
    expect(drawn).not.toMatch(/[\u0007]|\u001b\]/);
    expect(drawn.split('\n')).toHaveLength(2);
  });
});
