import type { Rule } from './define-rule.js';
import { afspraakLeeg, afspraakNietGemaakt, afspraakOntbreekt, afspraakPlaceholder, onderdeelOntbreekt } from './afspraken-compleet.js';
import { detailPlaceholder } from './detail-placeholder.js';
import { gekruldeAanhalingstekens } from './gekrulde-aanhalingstekens.js';
import { gemeenteOntbreekt, ondertekenaarOntbreekt } from './document.js';
import { escalatieOntbreekt, escalatieStapOnvolledig, escalatieTeKort } from './escalatie.js';
import { evaluatieLaatsteToekomst, evaluatieOntbreekt, evaluatieVerlopen, evaluatieVolgorde } from './evaluatie.js';
import { evaluatieRitme } from './evaluatie-ritme.js';
import { instrumentenOntbreken, instrumentPerOrganisatie } from './instrumenten.js';
import { giBestandsnaamDubbel } from './gi-bestandsnaam.js';
import { looptijdVerlopen, looptijdVolgorde } from './looptijd.js';
import { taakZonderVerantwoordelijke } from './taakverdeling.js';
import { giDubbelId, giZonderAfspraken, partnerDubbelId, partnerOnbekend, partnerOntbreekt, partnerZonderNaam } from './partners.js';
import { informatiedelingOntbreekt, informatiedelingOnvolledig, piaOntbreekt } from './informatiedeling.js';
import { begripOnvolledig, bijlageZonderTitel, meldcodeOntbreekt } from './lijsten.js';
import { vastgesteldMetOpenPunten } from './vastgesteld.js';
import { visieOntbreekt } from './visie.js';
import { partnerNietGedekt, partnerNietGedektEnOf } from './partner-dekking.js';
import { veldOntbreekt } from './veld-ontbreekt.js';

/** The rules about the content of the agreements, in the order of the leidraad. */
const CONTENT_RULES: readonly Rule[] = [
  gemeenteOntbreekt,
  onderdeelOntbreekt,
  afspraakOntbreekt,
  afspraakLeeg,
  afspraakPlaceholder,
  afspraakNietGemaakt,
  taakZonderVerantwoordelijke,
  detailPlaceholder,
  partnerNietGedekt,
  partnerNietGedektEnOf,
  instrumentenOntbreken,
  instrumentPerOrganisatie,
  escalatieOntbreekt,
  escalatieTeKort,
  escalatieStapOnvolledig,
  visieOntbreekt,
  partnerOntbreekt,
  partnerOnbekend,
  giZonderAfspraken,
  giDubbelId,
  giBestandsnaamDubbel,
  partnerZonderNaam,
  partnerDubbelId,
  meldcodeOntbreekt,
  informatiedelingOntbreekt,
  informatiedelingOnvolledig,
  piaOntbreekt,
  evaluatieOntbreekt,
  evaluatieVerlopen,
  evaluatieVolgorde,
  evaluatieLaatsteToekomst,
  evaluatieRitme,
  looptijdVolgorde,
  looptijdVerlopen,
  veldOntbreekt,
  ondertekenaarOntbreekt,
  begripOnvolledig,
  bijlageZonderTitel,
  gekruldeAanhalingstekens,
];

/** Every rule: the content rules, then the one about the document's status, which looks at their gaps. */
export const RULES: readonly Rule[] = [...CONTENT_RULES, vastgesteldMetOpenPunten(CONTENT_RULES)];

/** Rules whose finding means the whole onderdeel is missing, not just part of it. */
export const MISSING_ONDERDEEL_RULES = new Set(['onderdeel-ontbreekt', 'instrumenten-ontbreken', 'escalatie-ontbreekt', 'visie-ontbreekt']);
