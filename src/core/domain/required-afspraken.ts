import type { Onderdeel, PathSegment } from '../../findings.js';

interface RequiredAfspraak {
  path: PathSegment[];
  /** Dutch: what must be agreed here, completing "Er is nog geen afspraak over …". */
  over: string;
  /** The sub-heading the documents show above these agreements; null when the onderdeel has one topic. */
  kop: string | null;
  /** The partner this topic is about, where it is about one (onderdeel a). */
  partner?: 'veilig_thuis' | 'rvdk' | 'gi';
}

export interface RequiredOnderdeel {
  onderdeel: Onderdeel;
  /** The key that holds this onderdeel; when it is absent the whole onderdeel is missing. */
  container: PathSegment[];
  afspraken: RequiredAfspraak[];
}

const A = ['afspraken', 'a_advies_en_ondersteuning'];
const B = ['afspraken', 'b_informeren_betrokkenen'];
const C = ['afspraken', 'c_taakverdeling'];
const D = ['afspraken', 'd_betrokkenheid'];
const F = ['afspraken', 'f_terugkoppeling_verzoek_tot_onderzoek'];
const J = ['afspraken', 'j_casuistiekevaluatie'];

/** The agreements §6c asks for at least, with the text-valued ones as leaves; h and i have their own rules. */
export const REQUIRED_ONDERDELEN: RequiredOnderdeel[] = [
  {
    onderdeel: 'a',
    container: A,
    afspraken: [
      {
        path: [...A, 'veilig_thuis', 'wanneer'],
        over: 'wanneer het lokaal team advies en ondersteuning van Veilig Thuis kan vragen',
        kop: 'Wanneer het lokaal team advies vraagt aan Veilig Thuis',
        partner: 'veilig_thuis',
      },
      {
        path: [...A, 'veilig_thuis', 'hoe'],
        over: 'hoe het lokaal team advies en ondersteuning van Veilig Thuis vraagt',
        kop: 'Hoe het lokaal team advies vraagt aan Veilig Thuis',
        partner: 'veilig_thuis',
      },
      {
        path: [...A, 'rvdk', 'wanneer'],
        over: 'wanneer het lokaal team advies van de Raad voor de Kinderbescherming kan vragen',
        kop: 'Wanneer het lokaal team advies vraagt aan de Raad voor de Kinderbescherming',
        partner: 'rvdk',
      },
      {
        path: [...A, 'rvdk', 'hoe'],
        over: 'hoe het lokaal team advies van de Raad voor de Kinderbescherming vraagt',
        kop: 'Hoe het lokaal team advies vraagt aan de Raad voor de Kinderbescherming',
        partner: 'rvdk',
      },
      {
        path: [...A, 'gi', 'wanneer'],
        over: 'wanneer het lokaal team advies van de GI kan vragen',
        kop: 'Wanneer het lokaal team advies vraagt aan de gecertificeerde instelling',
        partner: 'gi',
      },
      {
        path: [...A, 'gi', 'hoe'],
        over: 'hoe het lokaal team advies van de GI vraagt',
        kop: 'Hoe het lokaal team advies vraagt aan de gecertificeerde instelling',
        partner: 'gi',
      },
    ],
  },
  {
    onderdeel: 'b.i',
    container: [...B, 'melding_veilig_thuis'],
    afspraken: [
      {
        path: [...B, 'melding_veilig_thuis', 'wie'],
        over: 'wie de direct betrokkenen informeert over de melding bij Veilig Thuis',
        kop: 'Wie informeert de direct betrokkenen',
      },
      {
        path: [...B, 'melding_veilig_thuis', 'wanneer'],
        over: 'wanneer de direct betrokkenen worden geïnformeerd over de melding bij Veilig Thuis',
        kop: 'Wanneer worden zij geïnformeerd',
      },
    ],
  },
  {
    onderdeel: 'b.ii',
    container: [...B, 'verzoek_tot_onderzoek'],
    afspraken: [
      {
        path: [...B, 'verzoek_tot_onderzoek', 'wie'],
        over: 'wie de direct betrokkenen informeert over het verzoek tot onderzoek bij de Raad',
        kop: 'Wie informeert de direct betrokkenen',
      },
      {
        path: [...B, 'verzoek_tot_onderzoek', 'wanneer'],
        over: 'wanneer de direct betrokkenen worden geïnformeerd over het verzoek tot onderzoek',
        kop: 'Wanneer worden zij geïnformeerd',
      },
    ],
  },
  {
    onderdeel: 'c',
    container: C,
    afspraken: [
      { path: [...C, 'veiligheidsplannen'], over: 'wie welke taak heeft bij het opstellen van veiligheidsplannen', kop: 'Opstellen van veiligheidsplannen' },
      {
        path: [...C, 'informeren_betrokkenen'],
        over: 'wie welke taak heeft bij het informeren van direct betrokkenen',
        kop: 'Informeren van direct betrokkenen',
      },
      { path: [...C, 'wachtlijsten'], over: 'de taakverdeling in het geval van wachtlijsten', kop: 'Als er een wachtlijst is' },
    ],
  },
  {
    onderdeel: 'd.i',
    container: [...D, 'start_en_beeindiging'],
    afspraken: [{ path: [...D, 'start_en_beeindiging'], over: 'de start en beëindiging van de betrokkenheid van Veilig Thuis, de Raad en de GI', kop: null }],
  },
  {
    onderdeel: 'd.ii',
    container: [...D, 'overdracht_door_veilig_thuis'],
    afspraken: [{ path: [...D, 'overdracht_door_veilig_thuis'], over: 'de wijze waarop Veilig Thuis overdraagt', kop: null }],
  },
  {
    onderdeel: 'd.iii',
    container: [...D, 'zicht_op_directe_veiligheid'],
    afspraken: [
      { path: [...D, 'zicht_op_directe_veiligheid'], over: 'de samenwerking in de fase van zicht op directe veiligheid (ook bij nieuwe zorgen)', kop: null },
    ],
  },
  {
    onderdeel: 'd.iv',
    container: [...D, 'informatieoverdracht'],
    afspraken: [{ path: [...D, 'informatieoverdracht'], over: 'de informatie die Veilig Thuis, de Raad en de GI overdragen', kop: null }],
  },
  {
    onderdeel: 'd.v',
    container: [...D, 'kwaliteit_veiligheidsbeoordeling'],
    afspraken: [
      {
        path: [...D, 'kwaliteit_veiligheidsbeoordeling'],
        over: 'de kwaliteit van de veiligheidsbeoordeling en veiligheidsvoorwaarden door Veilig Thuis',
        kop: null,
      },
    ],
  },
  {
    onderdeel: 'e',
    container: ['afspraken', 'e_nieuwe_zorgen_na_ots'],
    afspraken: [
      {
        path: ['afspraken', 'e_nieuwe_zorgen_na_ots'],
        over: 'de samenwerking met de Raad bij nieuwe zorgen nadat een ondertoezichtstelling is opgeheven',
        kop: null,
      },
    ],
  },
  {
    onderdeel: 'f',
    container: F,
    afspraken: [
      {
        path: [...F, 'wijze'],
        over: 'de manier waarop de Raad het lokaal team informeert over het resultaat van het verzoek tot onderzoek',
        kop: 'Hoe de Raad het lokaal team informeert',
      },
      { path: [...F, 'gedeelde_informatie'], over: 'welke informatie de Raad daarbij deelt', kop: 'Welke informatie de Raad deelt' },
    ],
  },
  {
    onderdeel: 'g',
    container: ['afspraken', 'g_jeugdhulp_op_indicatie'],
    afspraken: [
      { path: ['afspraken', 'g_jeugdhulp_op_indicatie'], over: 'de afstemming tussen GI en lokaal team over de inzet van jeugdhulp op indicatie', kop: null },
    ],
  },
  {
    onderdeel: 'j',
    container: J,
    afspraken: [
      { path: [...J, 'werkwijze'], over: 'hoe casuïstiek samen wordt geëvalueerd', kop: 'Werkwijze' },
      { path: [...J, 'frequentie'], over: 'hoe vaak casuïstiek samen wordt geëvalueerd', kop: 'Hoe vaak' },
    ],
  },
];
