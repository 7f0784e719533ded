import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { checkSource } from '../../core/check.js';
import { getIn } from '../../core/domain/data-access.js';
import { errorCode, readProblem } from '../../core/domain/file-problems.js';
import { blocksUse } from '../../core/rules/catalog.js';
import { isAtLeast, type OnderdeelStatus, type PathSegment } from '../../findings.js';
import type { InitAnswers } from '../../init/answers.js';
import { skeletonYaml } from '../../init/skeleton.js';
import { fileNameFor, gemeenteNaam } from '../../init/validate.js';
import type { BaseInfo } from '../../init/wizard.js';
import { baseFilesFor, type BaseFiles } from '../base-files.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { SCHEMA_PATH } from '../package-info.js';
import { ProtectedFiles } from '../protected-files.js';
import { writeFileSafely } from '../safe-write.js';
import type { InitCommandOptions } from './init.js';

const HOW_TO_RUN_WITHOUT_TERMINAL =
  'swa init stelt vragen en heeft daarvoor een terminal nodig. Zonder terminal (bijvoorbeeld in CI of een script) schrijft u direct een opzet met open punten:\n' +
  '  swa init --ja --gemeente "Naam" --cbs-code GM0000 [--regio "Regio"] [--extends ../regio.yaml] [--uit naam.yaml]';

export async function runInit(options: InitCommandOptions, io: CliIo): Promise<number> {
  const yes = options.ja === true || options.yes === true;
  const interactive = !yes && io.stdin.isTTY === true && io.stdout.isTTY === true;
  if (!yes && !interactive) throw new UserError(HOW_TO_RUN_WITHOUT_TERMINAL);
  const presetOut = options.uit ?? options.out;
  const baseFiles = baseFilesFor(io.cwd);

  let answers: InitAnswers;
  let basePath = options.extends;
  let out: string;
  let force = options.force;
  if (interactive) {
    const { runWizard } = await import('../../init/wizard.js');
    let result: Awaited<ReturnType<typeof runWizard>>;
    try {
      result = await runWizard(
        {
          loadBase: (path) => loadBase(path, options.datum, baseFiles),
          suggestFile: fileNameFor,
          exists: (path) => existsSync(resolve(io.cwd, path)),
          write: (line) => void io.stdout.write(line),
        },
        { gemeente: options.gemeente, cbsCode: options.cbsCode, regio: options.regio, extends: options.extends, out: presetOut },
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') result = null;
      else throw error;
    }
    if (!result) {
      io.stderr.write('swa: gestopt; er is niets geschreven.\n');
      return EXIT.findings;
    }
    ({ answers, out } = result);
    basePath = result.basePath;
    force ||= result.overwrite;
  } else {
    answers = {
      gemeente: {
        ...(gemeenteNaam(options.gemeente) ? { naam: gemeenteNaam(options.gemeente) } : {}),
        ...(options.cbsCode ? { cbsCode: options.cbsCode } : {}),
      },
      ...(options.regio ? { regio: options.regio } : {}),
      partners: { gi: [] },
      onderdelen: {},
    };
    out = presetOut ?? fileNameFor(gemeenteNaam(options.gemeente));
  }

  let base: BaseInfo | undefined;
  if (basePath) {
    const loaded = loadBase(basePath, options.datum, baseFiles);
    if (typeof loaded === 'string') throw new UserError(loaded);
    base = loaded;
    answers.extends = toPosix(relative(dirname(resolve(io.cwd, out)), resolve(io.cwd, basePath)));
  }
  const schemaRef = options.schema ?? toPosix(relative(dirname(resolve(io.cwd, out)), SCHEMA_PATH));
  const text = skeletonYaml(answers, { schemaRef, today: options.datum, ...(base ? { baseData: base.data } : {}) });

  // With --force (or "overschrijven" in the wizard) the new file could otherwise replace its own base.
  await new ProtectedFiles().addReal(baseFiles.read).refuse(resolve(io.cwd, out), 'Het nieuwe bestand');
  await writeFileSafely(resolve(io.cwd, out), text, { force });
  const check = checkSource(out, Buffer.from(text), { today: options.datum, ...baseFiles(out) });
  const open = check.findings.filter((f) => isAtLeast(f.severity, 'waarschuwing')).length;
  for (const problem of check.findings.filter((f) => f.rule.startsWith('extends-'))) io.stderr.write(`swa: let op: ${problem.message}\n`);
  io.stdout.write(`\nGeschreven: ${out} (${open} open ${open === 1 ? 'punt' : 'punten'}).\nZie wat er nog open staat met: swa check ${out}\n`);
  return EXIT.ok;
}

/** Reads a base file for `extends`; a Dutch problem text when it cannot serve as one. */
function loadBase(path: string, today: string, baseFiles: BaseFiles): BaseInfo | string {
  const access = baseFiles(path);
  let bytes: Uint8Array;
  try {
    bytes = access.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EOUTSIDE')
      return `Het basisbestand ${path} is een snelkoppeling (symlink) naar een bestand buiten de map van dit project (de repository). Zet het basisbestand zelf in de repository.`;
    return `Het basisbestand ${path} ${readProblem(code)}.${code === 'ENOENT' ? ' Controleer het pad (gezien vanaf de huidige map).' : ''}`;
  }
  const check = checkSource(path, bytes, { today, ...access });
  const blocking = check.findings.find((f) => blocksUse(f, { asBase: true }));
  if (check.onderdelen === null || blocking) {
    return `${path} kan niet als basisbestand dienen: ${blocking ? `${blocking.file}:${blocking.line}: ${blocking.message}` : 'het is geen afsprakenbestand.'} Controleer het met swa check ${path}.`;
  }
  const name = (p: PathSegment[]): string | undefined => {
    const value = getIn(check.data, p);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const gi = getIn(check.data, ['partners', 'gi']);
  return {
    path,
    onderdelen: check.onderdelen as Record<string, OnderdeelStatus>,
    partners: {
      lokaal_team: name(['partners', 'lokaal_team', 'naam']),
      veilig_thuis: name(['partners', 'veilig_thuis', 'naam']),
      rvdk: name(['partners', 'rvdk', 'naam']),
      // A list index is a number: getIn does not look up "0" in an array.
      gi: Array.isArray(gi) ? gi.map((_, i) => name(['partners', 'gi', i, 'naam']) ?? '').filter(Boolean) : [],
    },
    regio: name(['regio', 'naam']),
    data: check.data,
  };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
