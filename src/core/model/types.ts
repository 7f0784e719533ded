import type { Onderdeel } from '../../findings.js';
import type { AfspraakBron, Bron } from './source.js';

/** A reference to a partner as the YAML writes it: lokaal_team, veilig_thuis, rvdk, gi, gi.<id>, partner.<id> or gemeente. */
type PartnerRef = string;

/** The partner organisations that sign, in the order the documents list them: the four of §6c, then further partners. */
export type PartnerKey = 'lokaal_team' | 'veilig_thuis' | 'rvdk' | `gi.${string}` | `partner.${string}`;

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
  /** Where its fields stand: `partners.veilig_thuis`, `partners.gi.0`, `partners.overig.1`. */
  herkomst: Bron;
  /** The role in §6c, e.g. "Veilig Thuis" or "Gecertificeerde instelling"; a further partner's own (partners.overig.*.rol) when the file gives it. */
  rol: string;
  /** The role is the file's words (a further partner's `rol`), not swa's. */
  rolUitBestand: boolean;
  /** The organisation's own name; null while the file leaves it open. */
  naam: string | null;
  organisatieType: string | null;
  adres: string | null;
  contactpersoon: Persoon | null;
  ondertekenaar: Ondertekenaar | null;
  /** A further partner's task in the cooperation (partners.overig.*.taak); null for the partners of §6c. */
  taak: string | null;
  /** Whether `render --per-partner` makes a document for it: always for VT, RvdK and GI; for a further partner when it asks. */
  eigenDocument: boolean;
}

/** One agreement. `tekst` is null when it still has to be made (empty or TODO). */
export interface Afspraak {
  /** Running number within the onderdeel, e.g. "b.i.2", for reference in meetings. */
  nummer: string;
  tekst: string | null;
  herkomst: AfspraakBron;
  /** Partner names, resolved from the refs; a ref that names no partner stays as written. */
  verantwoordelijk: string[];
  verantwoordelijkRefs: PartnerRef[];
  termijn: string | null;
  toelichting: string | null;
}

/** One topic within an onderdeel (e.g. "wie informeert"), with its agreements. */
interface Onderwerp {
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
  herkomst: Bron;
  /** Null while the file leaves the name open (a finding of check; the document shows it as open). */
  naam: string | null;
  doel: string | null;
  toelichting: string | null;
  gebruiktDoorRefs: PartnerRef[];
  /** Names under gebruikt_door that are no partner of the file (a fout of check): shown as open, never dropped. */
  onbekendeRefs: string[];
}

export interface EscalatieStap {
  nummer: number;
  herkomst: Bron;
  niveau: string | null;
  wie: string | null;
  termijn: string | null;
  toelichting: string | null;
}

export interface VisieDocument {
  herkomst: Bron;
  /** Null while the file leaves the title open (a finding of check; the document shows it as open). */
  titel: string | null;
  vastgesteld: string | null;
  vastgesteldDoor: string | null;
  url: string | null;
}

/** One flow of information (informatiedeling.stromen): every field is optional, the document leaves out what is open. */
export interface Informatiestroom {
  herkomst: Bron;
  moment: string | null;
  wat: string | null;
  /** Partner names, resolved from the refs. */
  van: string[];
  naar: string[];
  /** The refs as written, for the per-partner documents (core/domain/partner-coverage.ts). */
  refs: PartnerRef[];
  grondslag: string | null;
  toestemming: 'met' | 'zonder' | 'met_tenzij' | null;
  gezinInformeren: string | null;
  toelichting: string | null;
}

export interface Begrip {
  herkomst: Bron;
  begrip: string;
  betekenis: string;
}

export interface Bijlage {
  /** Its index under `bijlagen` in the file, which findings about it name. */
  index: number;
  titel: string;
  herkomst: Bron;
  bestand: string | null;
  url: string | null;
  toelichting: string | null;
}

/** The agreements as the documents need them: complete shape, nulls where the file leaves things open. */
export interface AgreementsModel {
  gemeente: {
    naam: string | null;
    cbsCode: string | null;
    adres: string | null;
    contactpersoon: Persoon | null;
    rol: string | null;
    /** gemeente.ondertekenaar (optional): who signs for the college; every field null when the file names no one. */
    ondertekenaar: Ondertekenaar;
  };
  regio: { naam: string | null; code: string | null };
  document: {
    titel: string | null;
    versie: string | null;
    status: 'concept' | 'vastgesteld' | null;
    datum: string | null;
    vastgesteldDoor: string | null;
    looptijd: {
      van: string | null;
      tot: string | null;
      naAfloop: string /** False when naAfloop is the standard sentence, not the file's. */;
      naAfloopUitBestand: boolean;
    };
  };
  visie: { documenten: VisieDocument[]; toelichting: string | null };
  partners: Partner[];
  /** Onderdelen a–g and j with their agreements, in the leidraad's order. */
  onderdelen: OnderdeelAfspraken[];
  instrumenten: Instrument[];
  escalatie: { stappen: EscalatieStap[]; acuut: Afspraak[] };
  meldcode: { naam: string | null; toelichting: string | null; aandachtsfunctionarissen: string | null };
  informatiedeling: {
    uitgangspunt: string | null;
    stromen: Informatiestroom[];
    pia: { status: 'uitgevoerd' | 'gepland' | 'niet_nodig' | null; datum: string | null; toelichting: string | null };
  };
  /** Only the complete entries: a term without its meaning is left out (begrip-onvolledig warns). */
  begrippen: Begrip[];
  /** Only the entries with a title (bijlage-zonder-titel warns). */
  bijlagen: Bijlage[];
  evaluatie: { frequentie: string | null; laatste: string | null; volgende: string | null; wie: string | null; toelichting: string | null };
}
