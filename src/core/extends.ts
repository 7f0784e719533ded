import { posix } from 'node:path';
import type { Finding } from '../findings.js';
import { isMap } from './domain/data-access.js';
import { errorCode, readProblem } from './domain/file-problems.js';
import { validateSchema } from './validate/validate.js';
import { levelsUp } from './load/levels-up.js';
import { locateIn } from './load/locate.js';
import { loadSource, type LoadedSource } from './load/source.js';

export interface ExtendsAccess {
  /**
   * Reads a base file by the path shown to the user; throws a Node-style error ({code}) when it
   * cannot. Code EOUTSIDE: the path, followed through symlinks, leaves the repository (only the
   * caller can see that; this module never touches the file system).
   */
  readFile?: (path: string) => Uint8Array;
  /**
   * How many directories above the checked file's own directory the repository root is; `extends`
   * may not leave it. 0: the file's own directory.
   */
  rootLevelsUp: number;
  /**
   * Base files already read and checked in this run, by the path shown to the user: a region's
   * base is shared by every gemeente file, and parsing it once instead of per file halves a run.
   * The caller owns it and must not keep it across changes to the files.
   */
  cache?: Map<string, LoadedBase>;
}

export type LoadedBase = { ok: true; source: LoadedSource; findings: Finding[] } | { ok: false; findings: Finding[] };

export interface Chain {
  /** The checked file first, then its base, that base's base, and so on. */
  layers: LoadedSource[];
  /** Problems with `extends` and the YAML and schema findings of the base files. */
  findings: Finding[];
  /** False when a base could not be used; the agreements are then incomplete by accident, not by choice. */
  complete: boolean;
}

/** A chain longer than this is a cycle through links that the path check cannot see. */
export const MAX_CHAIN = 16;

/** Follows `extends` from the checked file to the last base; every base is read, parsed and validated. */
export function resolveChain(root: LoadedSource, access: ExtendsAccess): Chain {
  const layers = [root];
  const findings: Finding[] = [];
  const seen = [posix.basename(root.file)];
  const fail = (from: LoadedSource, rule: string, message: string): Chain => {
    const { position } = locateIn(from, ['extends'], 'value');
    findings.push({ rule, severity: 'fout', onderdeel: null, message, path: ['extends'], ...position });
    return { layers, findings, complete: false };
  };

  for (let current = root; ; ) {
    const reference = isMap(current.data) ? current.data.extends : undefined;
    if (reference === null) {
      // `extends:` without a value: one finding, not a file full of "missing" onderdelen.
      return fail(
        current,
        'extends-niet-gevonden',
        'Bij `extends` staat geen pad. Noem het basisbestand, gezien vanaf dit bestand, bijvoorbeeld `../regio.yaml`, of haal de regel weg.',
      );
    }
    // Not a text: the schema already reports it.
    if (typeof reference !== 'string') return { layers, findings, complete: true };
    const relativeToCurrent = reference.trim().replaceAll('\\', '/');

    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(relativeToCurrent) || /^(https?|ftp|file):/i.test(relativeToCurrent)) {
      return fail(
        current,
        'extends-url',
        `\`extends\` verwijst naar een webadres (${reference}). Een basisbestand moet een bestand in dezelfde map of repository zijn, zodat iedereen dezelfde afspraken controleert. Download het bestand en verwijs er met een pad naar, zoals \`../regio.yaml\`.`,
      );
    }
    if (relativeToCurrent === '') {
      return fail(
        current,
        'extends-niet-gevonden',
        'Bij `extends` staat geen pad. Noem het basisbestand, gezien vanaf dit bestand, bijvoorbeeld `../regio.yaml`, of haal de regel weg.',
      );
    }
    if (posix.isAbsolute(relativeToCurrent) || /^[a-z]:\//i.test(relativeToCurrent)) {
      return fail(
        current,
        'extends-buiten-repository',
        `\`extends\` gebruikt een volledig pad (${reference}). Gebruik een pad gezien vanaf dit bestand, bijvoorbeeld \`../regio.yaml\`, zodat het ook op andere computers werkt.`,
      );
    }
    const relative = posix.normalize(posix.join(posix.dirname(seen.at(-1)!), relativeToCurrent));
    if (levelsUp(relative) > access.rootLevelsUp) {
      return fail(
        current,
        'extends-buiten-repository',
        `\`extends\` wijst naar ${reference}, en dat ligt buiten de map van dit project (de repository). Zet het basisbestand in de repository en verwijs ernaar vanaf dit bestand.`,
      );
    }
    const file = posix.normalize(posix.join(posix.dirname(root.file), relative));
    if (seen.includes(relative) || seen.length >= MAX_CHAIN) {
      const names = [...layers.map((layer) => layer.file), file].join(' → ');
      return fail(
        current,
        'extends-kring',
        seen.includes(relative)
          ? `\`extends\` maakt een kring: ${names}. Een basisbestand mag niet (via een ander bestand) op zichzelf voortbouwen; haal \`extends\` weg uit het bovenste basisbestand.`
          : `De keten van basisbestanden is langer dan ${MAX_CHAIN} bestanden (${names}). Waarschijnlijk is er een kring via een snelkoppeling; maak de keten korter.`,
      );
    }
    if (!access.readFile) {
      return fail(current, 'extends-niet-gevonden', `Het basisbestand ${file} kan hier niet worden gelezen.`);
    }
    let loaded = access.cache?.get(file);
    if (!loaded) {
      let bytes: Uint8Array;
      try {
        bytes = access.readFile(file);
      } catch (error) {
        if ((error as { code?: string } | null)?.code === 'EOUTSIDE') {
          return fail(
            current,
            'extends-buiten-repository',
            `\`extends\` wijst naar ${reference}, maar dat is een snelkoppeling (symlink) naar een bestand buiten de map van dit project (de repository). Zet het basisbestand zelf in de repository en verwijs ernaar vanaf dit bestand.`,
          );
        }
        return fail(
          current,
          'extends-niet-gevonden',
          `Het basisbestand ${file} (uit \`extends: ${reference}\`) ${readProblem(errorCode(error))}. Controleer het pad; het wordt gelezen vanaf de map van dit bestand.`,
        );
      }
      loaded = loadBase(file, bytes);
      access.cache?.set(file, loaded);
    }
    for (const finding of loaded.findings) findings.push({ ...finding });
    if (!loaded.ok) {
      return fail(
        current,
        'extends-geen-map',
        `Het basisbestand ${file} kan niet worden gebruikt: het is leeg of de YAML-opmaak klopt niet (zie de melding daar).`,
      );
    }
    const base = loaded.source;
    if (!isMap(base.data)) {
      return fail(
        current,
        'extends-geen-map',
        `Het basisbestand ${file} bestaat niet uit sleutels met waarden (zoals \`afspraken:\`), maar uit een lijst of losse tekst. Een basisbestand is opgebouwd als een gewoon afsprakenbestand.`,
      );
    }
    layers.push(base);
    seen.push(relative);
    current = base;
  }
}

function loadBase(file: string, bytes: Uint8Array): LoadedBase {
  const loaded = loadSource(file, bytes);
  if (!loaded.ok) return loaded;
  const { source } = loaded;
  return { ok: true, source, findings: [...source.findings, ...validateSchema(source)] };
}
