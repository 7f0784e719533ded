import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../../src/core/check.js';
import type { CheckedFile, CheckRun } from '../../src/core/run.js';
import type { ReportOptions } from '../../src/report/types.js';
import { ROOT } from '../helpers/cli.js';
import { memoryFiles } from '../regio/memory-files.js';

export const TODAY = '2026-11-23';

export function checkText(file: string, text: string): CheckedFile {
  return checkSource(file, Buffer.from(text, 'utf8'), { today: TODAY });
}

export function example(name: string): string {
  return readFileSync(join(ROOT, 'examples', name), 'utf8');
}

/** A run with every kind of file: complete, a draft with gaps, broken YAML, and one that could not be read. */
export function mixedRun(): CheckRun {
  const unreadable: CheckedFile = {
    file: 'regio/weg.yaml',
    findings: [
      {
        rule: 'bestand-onleesbaar',
        severity: 'fout',
        onderdeel: null,
        message: 'Het bestand bestaat niet. Controleer de naam en de map.',
        file: 'regio/weg.yaml',
        line: 0,
        column: 0,
        path: [],
      },
    ],
    onderdelen: null,
    data: undefined,
    unreadable: true,
  };
  return {
    today: TODAY,
    files: [
      checkText('regio/voorbeeldstad.yaml', example('voorbeeldstad.yaml')),
      checkText('regio/concept middenwaard.yaml', example('concept-middenwaard.yaml')),
      checkText('regio/kapot.yaml', 'gemeente:\n  naam: "Kapot\n  code: GM0001\n'),
      unreadable,
    ],
  };
}

export const OPTIONS: ReportOptions = { color: false, tool: { name: 'samenwerkingsafspraken', version: '0.1.0' }, root: ROOT, cwd: ROOT };

const REGIO = 'examples/regio-voorbeeld';

/**
 * Two gemeenten of the regional example whose shared base has a TODO: a finding that lies in the
 * base file (through `extends`), reported for each gemeente file.
 */
export function regionRun(): CheckRun {
  const base = example('regio-voorbeeld/regio-waterland-zuid.yaml').replace(
    'termijn: binnen 10 werkdagen na het besluit tot overdracht',
    'termijn: TODO nog afstemmen',
  );
  const files = memoryFiles({
    [`${REGIO}/regio-waterland-zuid.yaml`]: base,
    [`${REGIO}/gemeenten/waterstad.yaml`]: example('regio-voorbeeld/gemeenten/waterstad.yaml'),
    [`${REGIO}/gemeenten/oosterdijk.yaml`]: example('regio-voorbeeld/gemeenten/oosterdijk.yaml'),
  });
  const check = (name: string): CheckedFile =>
    checkSource(`${REGIO}/gemeenten/${name}`, files.bytes(`${REGIO}/gemeenten/${name}`), { today: TODAY, readFile: files.readFile, rootLevelsUp: 2 });
  return { today: TODAY, files: [check('waterstad.yaml'), check('oosterdijk.yaml')] };
}
