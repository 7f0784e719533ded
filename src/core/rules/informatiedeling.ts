import type { PathSegment } from '../../findings.js';
import { dutchList } from '../domain/dutch-list.js';
import { INFORMATIEDELING_LEIDRAAD } from '../domain/onderdelen.js';
import { refList } from '../domain/partner-coverage.js';
import { textState } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

const CITAAT = `De leidraad (§6a.3) vraagt: "${INFORMATIEDELING_LEIDRAAD.tekst}"`;

export const informatiedelingOntbreekt = defineRule({
  id: 'informatiedeling-ontbreekt',
  severity: 'waarschuwing',
  titel: 'De afspraken zeggen niet welke informatie tussen welke partners wordt gedeeld.',
  hulp: 'Noem onder `informatiedeling.stromen` per moment (melding, inkennisstelling, overdracht, verzoek tot onderzoek, raadsbesluit, start en einde van een maatregel) welke informatie van wie naar wie gaat, op welke wettelijke grondslag, met of zonder toestemming, en hoe het gezin dat hoort; en onder `informatiedeling.pia` of er een privacy impact assessment is gedaan.',
  grondslag: null,
  bron: INFORMATIEDELING_LEIDRAAD.bron,
  run(context) {
    const stromen = getIn(context.data, ['informatiedeling', 'stromen']);
    if (Array.isArray(stromen) && stromen.length > 0) return;
    context.report({
      path: ['informatiedeling', 'stromen'],
      onderdeel: null,
      message: `Er zijn nog geen afspraken over informatiedeling. Noem onder \`informatiedeling.stromen\` welke informatie van wie naar wie gaat, op welke grondslag, met of zonder toestemming van het gezin, en hoe het gezin dat hoort. ${CITAAT}`,
    });
  },
});

/** The fields of a flow that the leidraad's "wettelijke grondslagen en professionele afwegingen" ask, with how a message names them. */
const VELDEN: ReadonlyArray<[key: string, wat: string]> = [
  ['wat', 'welke informatie (`wat`)'],
  ['van', 'van wie (`van`)'],
  ['naar', 'aan wie (`naar`)'],
  ['grondslag', 'de grondslag (`grondslag`)'],
  ['toestemming', 'of het met of zonder toestemming gaat (`toestemming`)'],
  ['gezin_informeren', 'hoe het gezin het hoort (`gezin_informeren`)'],
];

function open(entry: Record<string, unknown>, key: string): boolean {
  if (key === 'van' || key === 'naar') return refList(entry[key]).length === 0;
  // A toestemming outside met/zonder/met_tenzij is schema-keuze's finding.
  if (key === 'toestemming') return entry[key] == null;
  return textState(entry[key]) !== 'ingevuld';
}

export const informatiedelingOnvolledig = defineRule({
  id: 'informatiedeling-onvolledig',
  severity: 'waarschuwing',
  titel: 'Een afspraak over informatiedeling noemt niet wat, van wie, aan wie, de grondslag, de toestemming of hoe het gezin het hoort.',
  hulp: 'Vul bij elke regel onder `informatiedeling.stromen` in: `wat`, `van`, `naar`, `grondslag` (zoals de partner die zelf noemt), `toestemming` (met, zonder of met_tenzij) en `gezin_informeren`. Het document laat weg wat nog open is.',
  grondslag: null,
  bron: INFORMATIEDELING_LEIDRAAD.bron,
  run(context) {
    const stromen = getIn(context.data, ['informatiedeling', 'stromen']);
    if (!Array.isArray(stromen)) return;
    stromen.forEach((entry, index) => {
      // Not a map at all is the schema's finding.
      if (!isMap(entry)) return;
      const missing = VELDEN.filter(([key]) => open(entry, key)).map(([, wat]) => wat);
      if (missing.length === 0) return;
      const moment = textState(entry.moment) === 'ingevuld' ? ` (${String(entry.moment).trim()})` : '';
      const path: PathSegment[] = ['informatiedeling', 'stromen', index];
      context.report({
        path,
        onderdeel: null,
        message: `Informatiestroom nr. ${index + 1}${moment} noemt nog niet: ${dutchList(missing)}. Het document laat dat weg. ${CITAAT}`,
      });
    });
  },
});

export const piaOntbreekt = defineRule({
  id: 'pia-ontbreekt',
  severity: 'waarschuwing',
  titel: 'De afspraken over informatiedeling zeggen niet of er een privacy impact assessment (PIA) is gedaan.',
  hulp: 'Zet onder `informatiedeling.pia.status` of een PIA op de samenwerking is `uitgevoerd`, `gepland` of `niet_nodig`, met liefst een datum en een toelichting. Een PIA kan leemtes blootleggen in de voorwaarden die de AVG stelt, waarna de partners aanvullende afspraken maken.',
  grondslag: null,
  bron: INFORMATIEDELING_LEIDRAAD.bron,
  run(context) {
    // Without any agreements on informatiedeling, informatiedeling-ontbreekt says what to write, PIA included.
    const stromen = getIn(context.data, ['informatiedeling', 'stromen']);
    if (!Array.isArray(stromen) || stromen.length === 0) return;
    if (getIn(context.data, ['informatiedeling', 'pia', 'status']) != null) return;
    const pia = getIn(context.data, ['informatiedeling', 'pia']);
    context.report({
      path: isMap(pia) ? ['informatiedeling', 'pia', 'status'] : ['informatiedeling', 'pia'],
      onderdeel: null,
      message:
        'Noem onder `informatiedeling.pia.status` of er een privacy impact assessment (PIA) op de samenwerking is gedaan: `uitgevoerd`, `gepland` of `niet_nodig`. De leidraad (§6a.3) noemt de PIA als manier om leemtes te vinden in de voorwaarden die de AVG stelt.',
    });
  },
});
