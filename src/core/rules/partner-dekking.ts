import type { Onderdeel } from '../../findings.js';
import { dutchList } from '../domain/dutch-list.js';
import { ONDERDEEL_INFO } from '../domain/onderdelen.js';
import { afspraakItems, PARTNER_ROUTES, uncoveredPartners, type PartnerDocumentKey } from '../domain/partner-coverage.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { perData } from './per-data.js';
import { declaredGiIds, PARTNER_NAMES } from '../domain/partner-refs.js';
import { REQUIRED_ONDERDELEN } from '../domain/required-afspraken.js';

/** The partners with a document of their own, as this file declares them. */
function documentPartners(data: unknown): PartnerDocumentKey[] {
  return ['veilig_thuis', 'rvdk', ...new Set(declaredGiIds(data).map((id): PartnerDocumentKey => `gi.${id}`))];
}

function partnerName(data: unknown, key: PartnerDocumentKey): string {
  if (key === 'veilig_thuis' || key === 'rvdk') return PARTNER_NAMES[key];
  const id = key.slice(3);
  const gi = getIn(data, ['partners', 'gi']);
  const entry = Array.isArray(gi) ? gi.find((g) => isMap(g) && g.id === id) : undefined;
  const naam = isMap(entry) && typeof entry.naam === 'string' && entry.naam.trim() ? entry.naam.trim() : null;
  return naam ? `${naam} (\`${key}\`)` : `GI \`${key}\``;
}

/** Per onderdeel whose container is present: the partners its agreements leave out. */
export function coverageGaps(data: unknown): Array<{ onderdeel: Onderdeel; container: (string | number)[]; missing: PartnerDocumentKey[] }> {
  const partners = documentPartners(data);
  return REQUIRED_ONDERDELEN.flatMap((required) => {
    // A missing onderdeel is onderdeel-ontbreekt's finding; its open afspraak concerns everyone anyway.
    if (getIn(data, required.container) === undefined) return [];
    const afspraken = required.afspraken.flatMap((topic) =>
      afspraakItems(getIn(data, topic.path)).map((item) => ({ onderwerpPartner: topic.partner ?? null, refs: item.refs })),
    );
    const missing = uncoveredPartners(required.onderdeel, afspraken, partners);
    return missing.length > 0 ? [{ onderdeel: required.onderdeel, container: required.container, missing }] : [];
  });
}

// Both rules (one per level) read the same gaps.
const coverageGapsOf = perData(coverageGaps);

function report(context: RuleContext, level: 'fout' | 'waarschuwing'): void {
  for (const gap of coverageGapsOf(context.data)) {
    if (PARTNER_ROUTES[gap.onderdeel].dekking !== level) continue;
    const missing = dutchList(gap.missing.map((key) => partnerName(context.data, key)));
    const ask =
      level === 'fout'
        ? 'De leidraad vraagt hier afspraken met elk van deze partners.'
        : 'De leidraad zegt hier "en/of": ga na of een afspraak met deze partner nodig is.';
    context.report({
      path: gap.container,
      onderdeel: gap.onderdeel,
      message: `Onderdeel ${gap.onderdeel} (${ONDERDEEL_INFO[gap.onderdeel].titel}) heeft geen afspraak voor ${missing}: elke afspraak noemt bij \`verantwoordelijk\` alleen andere partners. ${ask} Noem de partner bij \`verantwoordelijk\`, of laat \`verantwoordelijk\` weg bij een afspraak die voor alle partners geldt.`,
    });
  }
}

export const partnerNietGedekt = defineRule({
  id: 'partner-niet-gedekt',
  severity: 'fout',
  titel: 'Een onderdeel waarin de leidraad alle partners noemt, heeft voor een van hen geen afspraak (a, c, g).',
  hulp: 'Bij a (advies: "zowel VT, RvdK als GI") en c (taakverdeling) noemt de leidraad Veilig Thuis, de Raad en de GI allemaal, en g gaat over elke GI; met meer GI\'s geldt dat voor elke GI. Een afspraak geldt voor een partner als `verantwoordelijk` die partner noemt (`gi` = elke GI), of als `verantwoordelijk` ontbreekt of alleen `lokaal_team`/`gemeente` noemt. Het partnerdocument van de partner die ontbreekt, toont het onderdeel als open punt.',
  grondslag: 'c',
  run: (context) => report(context, 'fout'),
});

export const partnerNietGedektEnOf = defineRule({
  id: 'partner-niet-gedekt-en-of',
  severity: 'waarschuwing',
  titel: 'Een onderdeel waarin de leidraad "Veilig Thuis, RvdK en/of GI" zegt, heeft voor een van hen geen afspraak (d.i, d.iv).',
  hulp: 'Bij d.i en d.iv zegt de leidraad "en/of": niet elke partner hoeft een afspraak te hebben, maar ga na of u er een vergeten bent. Het partnerdocument van die partner laat het onderdeel weg, zonder open punt.',
  grondslag: 'd.i',
  run: (context) => report(context, 'waarschuwing'),
});
