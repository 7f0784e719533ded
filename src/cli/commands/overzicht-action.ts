import { resolve } from 'node:path';
import { checkSource } from '../../core/check.js';
import type { CheckedFile } from '../../core/run.js';
import { buildOverzicht } from '../../overzicht/model.js';
import { baseFilesFor } from '../base-files.js';
import { expandInputs } from '../inputs/expand.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { ProtectedFiles } from '../protected-files.js';
import { readInput } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';
import { overzichtFormat, type OverzichtFormat } from '../../overzicht/format.js';
import type { OverzichtCommandOptions } from './overzicht.js';
import { visible } from '../../report/visible.js';

export async function runOverzicht(paths: string[], options: OverzichtCommandOptions, io: CliIo): Promise<number> {
  const chosen = overzichtFormat(options.format, options.out);
  if ('problem' in chosen) throw new UserError(visible(chosen.problem));
  const { format } = chosen;

  const { files: inputs, problems } = await expandInputs(paths, io.cwd);
  const baseFiles = baseFilesFor(io.cwd);
  const files: CheckedFile[] = [];
  const unreadable: string[] = problems.map((problem) => problem.message);
  for (const source of inputs) {
    const input = await readInput(source, io.stdin);
    if ('problem' in input) unreadable.push(`${input.file}: ${input.problem.message}`);
    else files.push(checkSource(input.file, input.bytes, { today: options.datum, ...baseFiles(input.file) }));
  }
  if (unreadable.length > 0 || inputs.length === 0) {
    io.stderr.write(`${unreadable.map((line) => `swa: ${visible(line)}`).join('\n')}\nHet overzicht is niet gemaakt: controleer de bestandsnamen.\n`);
    return EXIT.usage;
  }

  const overzicht = buildOverzicht(files, options.datum);
  if (overzicht.rijen.length === 0) {
    // Only base files (basis: true) were given: an overview without a single gemeente helps nobody.
    io.stderr.write(
      `swa: ${inputs.length === 1 ? 'Dit bestand is een basisbestand' : 'Deze bestanden zijn allemaal basisbestanden'} (basis: true), geen gemeentebestanden. Geef de bestanden van de gemeenten, bijvoorbeeld "gemeenten/*.yaml". Het overzicht is niet gemaakt.\n`,
    );
    return EXIT.usage;
  }
  const content = await render(format, overzicht);
  if (!options.out) {
    io.stdout.write(content);
    return EXIT.ok;
  }
  const out = resolve(io.cwd, options.out);
  await (await ProtectedFiles.of(inputs)).addReal(baseFiles.read).refuse(out, 'Het overzicht');
  const outcome = await writeFileSafely(out, content, { force: options.force });
  const verb = outcome === 'ongewijzigd' ? 'ongewijzigd gebleven' : outcome === 'vervangen' ? 'vervangen' : 'geschreven';
  io.stdout.write(`Overzicht van ${overzicht.rijen.length} ${overzicht.rijen.length === 1 ? 'gemeente' : 'gemeenten'} ${verb}: ${options.out}\n`);
  return EXIT.ok;
}

async function render(format: OverzichtFormat, overzicht: ReturnType<typeof buildOverzicht>): Promise<Uint8Array | string> {
  switch (format) {
    case 'markdown':
      return (await import('../../overzicht/markdown.js')).overzichtMarkdown(overzicht);
    case 'csv':
      return (await import('../../overzicht/csv.js')).overzichtCsv(overzicht);
    case 'docx':
      return (await import('../../overzicht/docx.js')).overzichtDocx(overzicht, packageInfo());
    case 'xlsx':
      return (await import('../../overzicht/xlsx.js')).overzichtXlsx(overzicht, packageInfo());
  }
}
