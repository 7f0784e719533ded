import { checkSource } from '../../core/check.js';
import { exitCodeFor, type CheckedFile, type CheckRun } from '../../core/run.js';
import { formatJson } from '../../report/json.js';
import { formatText } from '../../report/text.js';
import { baseFileAccess } from '../base-files.js';
import { useColor, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { readInput } from '../read-inputs.js';
import type { CheckCommandOptions } from './check.js';

export async function runCheck(paths: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const files: CheckedFile[] = [];
  for (const path of [...new Set(paths)]) {
    const input = await readInput(path, io.stdin);
    if ('problem' in input) files.push({ file: input.file, findings: [input.problem], onderdelen: null, data: undefined, unreadable: true });
    else files.push(checkSource(input.file, input.bytes, { today: options.datum, ...baseFileAccess(input.file, io.cwd) }));
  }
  const run: CheckRun = { today: options.datum, files };
  const output = options.format === 'json' ? formatJson(run, packageInfo()) : formatText(run, { color: useColor(io.stdout, io.env) });
  io.stdout.write(output);
  return exitCodeFor(run, options.failOn, options.maxWaarschuwingen);
}
