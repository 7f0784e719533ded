import { ONDERDELEN, type Onderdeel, type PathSegment } from '../findings.js';
import { REQUIRED_ONDERDELEN } from '../core/domain/required-afspraken.js';

/** The onderdelen a–j with their sub-items, in the leidraad's order; the voorwaarden are asked separately. */
export const INIT_ONDERDELEN = ONDERDELEN.filter((o) => !o.startsWith('voorwaarde.')) as Array<Exclude<Onderdeel, `voorwaarde.${string}`>>;
export type InitOnderdeel = (typeof INIT_ONDERDELEN)[number];

/** nu: fill in now; basis: take it from the base file; open: leave it open (also when the base has it). */
export type Keuze = 'nu' | 'basis' | 'open';

export interface Instrument {
  naam: string;
  gebruiktDoor: string[];
}

export interface EscalatieStap {
  wie: string;
  termijn: string;
}

export interface OnderdeelAntwoord {
  keuze: Keuze;
  /** For `nu`: the text per agreement, keyed by its path joined with '.'; empty means still open. */
  afspraken?: Record<string, string>;
  instrumenten?: Instrument[];
  stappen?: EscalatieStap[];
}

export interface InitAnswers {
  gemeente: { naam?: string; cbsCode?: string };
  regio?: string;
  /** The base file as it goes into `extends`: relative to the new file. */
  extends?: string;
  partners: { lokaal_team?: string; veilig_thuis?: string; rvdk?: string; gi: string[]; overig?: string[] };
  onderdelen: Partial<Record<InitOnderdeel, OnderdeelAntwoord>>;
}

export interface Afspraakvraag {
  path: PathSegment[];
  over: string;
}

/** What one onderdeel asks for, from the same table `swa check` uses. */
export function afspraakvragen(onderdeel: InitOnderdeel): Afspraakvraag[] {
  return REQUIRED_ONDERDELEN.find((r) => r.onderdeel === onderdeel)?.afspraken ?? [];
}

export const pathKey = (path: readonly PathSegment[]): string => path.join('.');
