import type { Onderdeel } from '../../findings.js';

/** A reference to a partner as the YAML writes it: lokaal_team, veilig_thuis, rvdk, gi, gi.<id> or gemeente. */
export type PartnerRef = string;

/** The partner organisations that sign, in the order the documents list them. */
export type PartnerKey = 'lokaal_team' | 'veilig_thuis' | 'rvdk' | `gi.${string}`;

export interface Persoon {
  naam: string | null;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
}

export interface Ondertekenaar {
  naam: string | null;
  functie: string | null;
  plaats: string | null;
}

export interface Partner {
  key: PartnerKey;
  /** The role in §6c, e.g. "Veilig Thuis" or "Gecertificeerde instelling". */
  rol: string;
  /** The organisation's own name; null while the file leaves it open. */
  naam: string | null;
  organisatieType: string | null;
  adres: string | null;
  contactpersoon: Persoon | null;
  ondertekenaar: Ondertekenaar | null;
}

/** One agreement. `tekst` is null when it still has to be made (empty or TODO). */
export interface Afspraak {
  /** Running number within the onderdeel, e.g. "b.i-2", for reference in meetings. */
  nummer: string;
  tekst: string | null;
  /** Partner names, resolved from the refs; a ref that names no partner stays as written. */
  verantwoordelijk: string[];
  verantwoordelijkRefs: PartnerRef[];
  termijn: string | null;
  toelichting: string | null;
}

/** One topic within an onderdeel (e.g. "wie informeert"), with its agreements. */
export interface Onderwerp {
  /** Null when the onderdeel has a single topic that its heading already names. */
  titel: string | null;
  /** The partner this topic is about (onderdeel a is split per partner). */
  partner: 'veilig_thuis' | 'rvdk' | 'gi' | null;
  afspraken: Afspraak[];
}

export interface OnderdeelAfspraken {
  onderdeel: Onderdeel;
  titel: string;
  /** What §6c asks, in the leidraad's words. */
  leidraad: string;
  /** Citation for the footnote. */
  bron: string;
  onderwerpen: Onderwerp[];
}

export interface Instrument {
  /** Null while the file leaves the name open (a finding of check; the document shows it as open). */
  naam: string | null;
  doel: string | null;
  toelichting: string | null;
  gebruiktDoorRefs: PartnerRef[];
}

export interface EscalatieStap {
  nummer: number;
  niveau: string | null;
  wie: string | null;
  termijn: string | null;
  toelichting: string | null;
}

export interface VisieDocument {
  /** Null while the file leaves the title open (a finding of check; the document shows it as open). */
  titel: string | null;
  vastgesteld: string | null;
  vastgesteldDoor: string | null;
  url: string | null;
}

/** The agreements as the documents need them: complete shape, nulls where the file leaves things open. */
export interface AgreementsModel {
  gemeente: { naam: string | null; cbsCode: string | null };
  regio: { naam: string | null; code: string | null };
  document: {
    titel: string | null;
    versie: string | null;
    status: 'concept' | 'vastgesteld' | null;
    datum: string | null;
    vastgesteldDoor: string | null;
    looptijd: { van: string | null; tot: string | null };
  };
  visie: { documenten: VisieDocument[]; toelichting: string | null };
  partners: Partner[];
  /** Onderdelen a–g and j with their agreements, in the leidraad's order. */
  onderdelen: OnderdeelAfspraken[];
  instrumenten: Instrument[];
  escalatie: { stappen: EscalatieStap[]; acuut: Afspraak[] };
  evaluatie: { frequentie: string | null; laatste: string | null; volgende: string | null; wie: string | null; toelichting: string | null };
}
