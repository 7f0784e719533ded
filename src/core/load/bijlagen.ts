import { posix } from 'node:path';
import type { Finding, PathSegment } from '../../findings.js';
import { textState } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { errorCode, readProblem } from '../domain/file-problems.js';
import { levelsUp } from './levels-up.js';
import { locateInChain } from './provenance.js';
import type { LoadedSource } from './source.js';

/** The rules of this module: a bijlage that names a file which is not there, or not inside the repository. */
export const BIJLAGE_BESTAND_RULES = new Set(['bijlage-niet-gevonden', 'bijlage-buiten-repository']);

export interface BijlageAccess {
  /**
   * Checks that a file exists, by the path shown to the user, without reading it; throws a
   * Node-style error ({code}) when it does not: ENOENT, EISDIR, ENOTFILE, or EOUTSIDE when the
   * path, followed through symlinks, leaves the repository. Without it no file is checked (the core
   * itself never touches the file system).
   */
  checkFile?: (path: string) => void;
  /** As for `extends`: how many directories above the checked file's own directory the repository root lies. */
  rootLevelsUp: number;
}

/**
 * `bijlagen.*.bestand`: each named file must lie inside the repository, on its real path (the
 * same rule as `extends`), and exist as a regular file. The path is read from the directory of
 * the file that names the bijlage (a base file's bijlage from the base file's directory).
 */
export function bijlageFindings(layers: readonly LoadedSource[], data: unknown, access: BijlageAccess): Finding[] {
  const list = getIn(data, ['bijlagen']);
  if (!Array.isArray(list) || !access.checkFile || layers.length === 0) return [];
  const rootDir = posix.dirname(layers[0]!.file.replaceAll('\\', '/'));
  const findings: Finding[] = [];
  list.forEach((entry, index) => {
    if (!isMap(entry) || typeof entry.bestand !== 'string' || textState(entry.bestand) !== 'ingevuld') return;
    const path: PathSegment[] = ['bijlagen', index, 'bestand'];
    const { inherited: _inherited, ...position } = locateInChain(layers, path, 'value');
    const written = entry.bestand.trim().replaceAll('\\', '/');
    const report = (rule: string, message: string): void => {
      findings.push({ rule, severity: 'fout', onderdeel: null, message, path, ...position });
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(written) && !/^[a-z]:\//i.test(written)) {
      report(
        'bijlage-niet-gevonden',
        `Bij \`bestand\` van bijlage nr. ${index + 1} staat een webadres (${entry.bestand}). Zet een webadres bij \`url\`, en bij \`bestand\` alleen een pad in de repository.`,
      );
      return;
    }
    if (posix.isAbsolute(written) || /^[a-z]:\//i.test(written)) {
      report(
        'bijlage-buiten-repository',
        `Bijlage nr. ${index + 1} gebruikt een volledig pad (${entry.bestand}). Gebruik een pad gezien vanaf het afsprakenbestand, bijvoorbeeld \`bijlagen/overdrachtsformulier.pdf\`, zodat het ook op andere computers werkt.`,
      );
      return;
    }
    const full = posix.normalize(posix.join(posix.dirname(position.file.replaceAll('\\', '/')), written));
    if (levelsUp(posix.relative(rootDir, full) || '.') > access.rootLevelsUp) {
      report(
        'bijlage-buiten-repository',
        `Bijlage nr. ${index + 1} wijst naar ${entry.bestand}, en dat ligt buiten de map van dit project (de repository). Zet de bijlage in de repository en verwijs ernaar vanaf het afsprakenbestand.`,
      );
      return;
    }
    try {
      access.checkFile!(full);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EOUTSIDE') {
        report(
          'bijlage-buiten-repository',
          `Bijlage nr. ${index + 1} wijst naar ${entry.bestand}, maar dat is een snelkoppeling (symlink) naar een bestand buiten de repository. Zet het bestand zelf in de repository.`,
        );
        return;
      }
      report(
        'bijlage-niet-gevonden',
        `Het bestand ${full} van bijlage nr. ${index + 1} ${readProblem(code)}. Het pad wordt gelezen vanaf de map van het afsprakenbestand; verbeter het pad of haal \`bestand\` weg.`,
      );
    }
  });
  return findings;
}
