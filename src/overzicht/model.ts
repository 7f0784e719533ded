import { isAtLeast, type Onderdeel, type OnderdeelStatus } from '../findings.js';
import type { CheckedFile } from '../core/run.js';
import { dutchDate, isIsoDate } from '../core/domain/dates.js';
import { ONDERDEEL_GROUPS, ONDERDEEL_INFO, type OnderdeelGroup } from '../core/domain/onderdelen.js';
import { buildModel } from '../core/model/build-model.js';
import type { AgreementsModel } from '../core/model/types.js';

/** One column of the overview: an onderdeel a–j (b and d summarise their sub-items) or a voorwaarde. */
export interface Kolom {
  id: string;
  /** Short header for the table cell. */
  kop: string;
  /** What the column stands for, for the legend. */
  titel: string;
  onderdelen: readonly Onderdeel[];
}

export const KOLOMMEN: readonly Kolom[] = [
  kolom('a', ['a']),
  groupKolom(ONDERDEEL_GROUPS.b),
  kolom('c', ['c']),
  groupKolom(ONDERDEEL_GROUPS.d),
  kolom('e', ['e']),
  kolom('f', ['f']),
  kolom('g', ['g']),
  kolom('h', ['h']),
  kolom('i', ['i']),
  kolom('j', ['j']),
  { id: 'visie', kop: 'Visie', titel: `Voorwaarde: ${ONDERDEEL_INFO['voorwaarde.visie'].titel.toLowerCase()}`, onderdelen: ['voorwaarde.visie'] },
  {
    id: 'aansluiting',
    kop: 'Aansluiting',
    titel: `Voorwaarde: ${ONDERDEEL_INFO['voorwaarde.aansluiting'].titel.toLowerCase()}`,
    onderdelen: ['voorwaarde.aansluiting'],
  },
  {
    id: 'evaluatie',
    kop: 'Evaluatie',
    titel: `Voorwaarde: ${ONDERDEEL_INFO['voorwaarde.evaluatie'].titel.toLowerCase()}`,
    onderdelen: ['voorwaarde.evaluatie'],
  },
];

function kolom(id: Onderdeel & string, onderdelen: Onderdeel[]): Kolom {
  return { id, kop: id, titel: ONDERDEEL_INFO[id].titel, onderdelen };
}

/** "Informeren van direct betrokkenen (b.i en b.ii)", "… (d.i t/m d.v)". */
function groupKolom(group: OnderdeelGroup): Kolom {
  const first = group.onderdelen[0]!;
  const last = group.onderdelen.at(-1)!;
  const range = group.onderdelen.length === 2 ? `${first} en ${last}` : `${first} t/m ${last}`;
  return { id: group.letter, kop: group.letter, titel: `${group.titel} (${range})`, onderdelen: group.onderdelen };
}

export interface OverzichtRij {
  gemeente: string;
  cbsCode: string | null;
  file: string;
  /** Per column; null when the file could not be checked at all. */
  statussen: Record<string, OnderdeelStatus> | null;
  /** Findings of severity fout or waarschuwing: what still has to be done. */
  openPunten: number;
  /** YYYY-MM-DD, or null when no date is planned. */
  volgendeEvaluatie: string | null;
  evaluatieVerlopen: boolean;
}

export interface Overzicht {
  today: string;
  /** The region's name when all gemeenten name the same one. */
  regio: string | null;
  rijen: OverzichtRij[];
  /** Files marked `basis: true`: not a gemeente, so not a row. */
  basisbestanden: string[];
}

export function buildOverzicht(files: readonly CheckedFile[], today: string): Overzicht {
  const gemeenten = files.filter((file) => !file.isBase);
  const models = new Map(gemeenten.map((file) => [file, buildModel(file.data)]));
  const rijen = gemeenten
    .map((file) => rij(file, models.get(file)!, today))
    .sort((x, y) => x.gemeente.localeCompare(y.gemeente, 'nl') || x.file.localeCompare(y.file));
  const regions = new Set(gemeenten.map((file) => models.get(file)!.regio.naam));
  const [region] = regions;
  return { today, regio: regions.size === 1 && region ? region : null, rijen, basisbestanden: files.filter((file) => file.isBase).map((file) => file.file) };
}

function rij(file: CheckedFile, model: AgreementsModel, today: string): OverzichtRij {
  const volgende = model.evaluatie.volgende;
  const volgendeEvaluatie = isIsoDate(volgende) ? volgende : null;
  return {
    gemeente: model.gemeente.naam ?? `(geen gemeente: ${file.file})`,
    cbsCode: model.gemeente.cbsCode,
    file: file.file,
    statussen:
      file.onderdelen && !file.unreadable ? Object.fromEntries(KOLOMMEN.map((k) => [k.id, combined(k.onderdelen.map((o) => file.onderdelen![o]))])) : null,
    openPunten: file.findings.filter((f) => isAtLeast(f.severity, 'waarschuwing')).length,
    volgendeEvaluatie,
    evaluatieVerlopen: volgendeEvaluatie !== null && volgendeEvaluatie < today,
  };
}

/** All compleet: compleet; nothing at all: ontbreekt; anything in between: onvolledig. */
export function combined(statuses: readonly OnderdeelStatus[]): OnderdeelStatus {
  if (statuses.every((s) => s === 'compleet')) return 'compleet';
  if (statuses.every((s) => s === 'ontbreekt')) return 'ontbreekt';
  return 'onvolledig';
}

/** Symbol and word together, so the meaning survives a black-and-white print. */
export const STATUS_LABEL: Record<OnderdeelStatus, { symbool: string; woord: string }> = {
  compleet: { symbool: '✓', woord: 'compleet' },
  onvolledig: { symbool: '!', woord: 'onvolledig' },
  ontbreekt: { symbool: '✗', woord: 'ontbreekt' },
};

export const NIET_TE_CONTROLEREN = 'niet te controleren';

export function evaluatieTekst(rij: OverzichtRij): string {
  if (!rij.volgendeEvaluatie) return 'niet gepland';
  return `${dutchDate(rij.volgendeEvaluatie)}${rij.evaluatieVerlopen ? ' (verlopen)' : ''}`;
}

export function titel(overzicht: Overzicht): string {
  return overzicht.regio ? `Overzicht samenwerkingsafspraken ${overzicht.regio}` : 'Overzicht samenwerkingsafspraken';
}
