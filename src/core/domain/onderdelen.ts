import type { Onderdeel } from '../../findings.js';

export interface OnderdeelInfo {
  /** Short Dutch title, used in headings and reports. */
  titel: string;
  /**
   * What §6c asks here, quoted word for word (test/core/leidraad-citaten.test.ts compares it with
   * the leidraad's text); "(…)" marks what the quotation leaves out, such as the other sub-items.
   */
  leidraad: string;
}

/** The sentence that opens the three voorwaarden after onderdeel j; each of them completes it. */
const AANHEF_VOORWAARDEN =
  'Zorg dat de samenwerkingsafspraken tussen de lokale organisatie(s) en Veilig Thuis, de Raad voor de Kinderbescherming en de Gecertificeerde Instelling:';

/** Wording of VNG, Leidraad Werken aan veiligheid (januari 2024), §6c. */
export const ONDERDEEL_INFO = {
  a: {
    titel: 'Advies en ondersteuning',
    leidraad:
      'Wanneer en hoe de lokale organisatie(s), gebruik kan maken van de dienst Advies en Ondersteuning van zowel VT, RvdK (bijvoorbeeld bij de laatste weging die samen met het gezin wordt gedaan) als GI.',
  },
  'b.i': {
    titel: 'Informeren over de melding bij Veilig Thuis',
    leidraad:
      'Het informeren van direct betrokkenen over: i. de melding bij Veilig Thuis en de in kennisstelling door Veilig Thuis aan de lokale organisatie(s) (onder andere wie informeert de direct betrokkenen en wanneer).',
  },
  'b.ii': {
    titel: 'Informeren over het verzoek tot onderzoek',
    leidraad:
      'Het informeren van direct betrokkenen over: (…) ii. het verzoek tot onderzoek bij de RvdK (onder andere wie informeert de direct betrokkenen en wanneer).',
  },
  c: {
    titel: 'Taakverdeling',
    leidraad:
      'De taakverdeling tussen betrokken professionals van Veilig Thuis, RvdK, GI en het lokaal wijkteam onder andere over het opstellen van veiligheidsplannen, informeren direct betrokkenen en in het geval van wachtlijsten.',
  },
  'd.i': {
    titel: 'Start en beëindiging van betrokkenheid',
    leidraad: 'Afspraken over: i. de start en beëindiging van betrokkenheid Veilig Thuis, RvdK en/of GI bij een gezin/huishouden;',
  },
  'd.ii': {
    titel: 'Overdracht door Veilig Thuis',
    leidraad: 'Afspraken over: (…) ii. de wijze waarop de overdracht gebeurt door VT;',
  },
  'd.iii': {
    titel: 'Samenwerking in de fase van zicht op directe veiligheid',
    leidraad:
      'Afspraken over: (…) iii. de samenwerking (taken, verantwoordelijkheden) in de fase van zicht op directe veiligheid, ook in het geval dat er nieuwe zorgen zijn over het gezin/huishouden;',
  },
  'd.iv': {
    titel: 'Informatieoverdracht',
    leidraad: 'Afspraken over: (…) iv. de informatie die wordt overgedragen door VT, RvdK en/of GI;',
  },
  'd.v': {
    titel: 'Kwaliteit van de veiligheidsbeoordeling',
    leidraad: 'Afspraken over: (…) v. de kwaliteit van de veiligheidsbeoordeling en veiligheidsvoorwaarden door VT.',
  },
  e: {
    titel: 'Nieuwe zorgen nadat een ondertoezichtstelling is opgeheven',
    leidraad:
      'Afspraken tussen lokaal team en RvdK hoe de samenwerking verloopt als het lokaal team nieuwe zorgen heeft over het gezin nadat een ondertoezichtstelling is opgeheven.',
  },
  f: {
    titel: 'Terugkoppeling van het verzoek tot onderzoek',
    leidraad:
      'De manier waarop de RvdK het lokale team informeert over het resultaat van het verzoek tot onderzoek. Inclusief afspraken over welke informatie wordt gedeeld.',
  },
  g: {
    titel: 'Jeugdhulp op indicatie van de GI',
    leidraad: 'Afstemming tussen GI en lokale organisatie(s) over de inzet van jeugdhulp op indicatie.',
  },
  h: {
    titel: 'Methoden en instrumenten',
    leidraad:
      'Zorg voor een overzicht van de (zoveel mogelijk) erkende methodes en instrumenten die door professionals van de lokale organisatie(s), Veilig Thuis, RvdK en GI worden gebruikt voor het in beeld brengen wat er aan de hand is en wat er op de verschillende leefgebieden nodig is. Hierbij gaat het vooral om eenduidigheid in taal en afstemming van de inhoud.',
  },
  i: {
    titel: 'Escalatie',
    leidraad:
      'Welke stappen er door wie worden gezet op het moment dat de bij een gezin/huishouden betrokken medewerkers van Veilig Thuis, RvdK, GI en/of van de lokale organisatie(s) niet tot overeenstemming komen, waardoor samenwerking en voortgang (dreigen te) stagneren.',
  },
  j: {
    titel: 'Gezamenlijk leren van casuïstiek',
    leidraad: 'Hoe casuïstiek met elkaar wordt geëvalueerd zodat gezamenlijk wordt geleerd.',
  },
  'voorwaarde.visie': {
    titel: 'In lijn met de integrale visie',
    leidraad: `${AANHEF_VOORWAARDEN} a. in lijn zijn met de gezamenlijke integrale visie die in de gemeente is opgesteld (…)`,
  },
  'voorwaarde.aansluiting': {
    titel: 'Naadloze aansluiting',
    leidraad: `${AANHEF_VOORWAARDEN} (…) b. naadloos op elkaar aansluiten (…)`,
  },
  'voorwaarde.evaluatie': {
    titel: 'Periodieke evaluatie',
    leidraad: `${AANHEF_VOORWAARDEN} (…) c. dat deze periodiek gezamenlijk geëvalueerd worden.`,
  },
} satisfies Record<Onderdeel, OnderdeelInfo>;

export interface OnderdeelGroup {
  letter: 'b' | 'd';
  /** The title of the onderdeel as a whole; its sub-items have their own titles in ONDERDEEL_INFO. */
  titel: string;
  onderdelen: readonly Onderdeel[];
}

/** The onderdelen of §6c that the leidraad splits into sub-items (b.i–b.ii, d.i–d.v). */
export const ONDERDEEL_GROUPS: Readonly<Record<OnderdeelGroup['letter'], OnderdeelGroup>> = {
  b: { letter: 'b', titel: 'Informeren van direct betrokkenen', onderdelen: ['b.i', 'b.ii'] },
  d: { letter: 'd', titel: 'Betrokkenheid, overdracht en zicht op veiligheid', onderdelen: ['d.i', 'd.ii', 'd.iii', 'd.iv', 'd.v'] },
};

/** The group a sub-item belongs to (d.iii → d), or undefined for an onderdeel that stands alone. */
export function groupOf(onderdeel: Onderdeel): OnderdeelGroup | undefined {
  return Object.values(ONDERDEEL_GROUPS).find((group) => group.onderdelen.includes(onderdeel));
}

/** The leidraad's own words for an onderdeel, quoted, to close a "this onderdeel is missing" message. */
export function leidraadQuote(onderdeel: Onderdeel): string {
  return `De leidraad noemt: "${ONDERDEEL_INFO[onderdeel].leidraad}"`;
}

export const LEIDRAAD_BRON = 'Leidraad Werken aan veiligheid (VNG, januari 2024), §6c';

export function leidraadReference(onderdeel: Onderdeel): string {
  return onderdeel.startsWith('voorwaarde.') ? `${LEIDRAAD_BRON}, voorwaarden na onderdeel j` : `${LEIDRAAD_BRON} onderdeel ${onderdeel}`;
}

/** Beyond §6c: what the leidraad asks of the gemeente about informatiedeling (§6a.3), in its own words. */
export const INFORMATIEDELING_LEIDRAAD = {
  bron: 'Leidraad Werken aan veiligheid (VNG, januari 2024), §6a.3',
  tekst:
    'Expliciteer afspraken over informatiedeling. Richt zorgvuldige processen in voor informatiedeling, met oog voor de wettelijke grondslagen en professionele afwegingen.',
} as const;

/** The tasks of the lokaal team (§6b): advice and melding follow the steps of the meldcode. */
export const MELDCODE_BRON = 'Leidraad Werken aan veiligheid (VNG, januari 2024), §6b (taken voor het lokale team)';
