import type { PathSegment } from '../../findings.js';
import { textState } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';
import { FIXED_PARTNERS } from '../domain/partner-refs.js';

export const gemeenteOntbreekt = defineRule({
  id: 'gemeente-ontbreekt',
  severity: 'fout',
  titel: 'Het bestand zegt niet voor welke gemeente de afspraken gelden.',
  hulp: 'Zonder gemeentenaam is niet te zien voor wie de afspraken gelden. Vul `gemeente.naam` (en liefst `gemeente.cbs_code`, bijvoorbeeld GM0363).',
  grondslag: null,
  run(context) {
    if (textState(getIn(context.data, ['gemeente', 'naam'])) === 'ingevuld') return;
    const path = isMap(getIn(context.data, ['gemeente'])) ? ['gemeente', 'naam'] : ['gemeente'];
    context.report({ path, onderdeel: null, message: 'Zet onder `gemeente.naam` de naam van de gemeente waarvoor deze afspraken gelden.' });
  },
});

export const ondertekenaarOntbreekt = defineRule({
  id: 'ondertekenaar-ontbreekt',
  severity: 'waarschuwing',
  titel: 'Voor een partner staat niet wie de afspraken namens haar ondertekent.',
  hulp: 'Zonder `ondertekenaar` (naam en functie) blijft de handtekeningtabel in het document leeg.',
  grondslag: null,
  run(context) {
    const partners: Array<[PathSegment[], string]> = FIXED_PARTNERS.map((key) => [['partners', key], key]);
    const gi = getIn(context.data, ['partners', 'gi']);
    if (Array.isArray(gi)) {
      gi.forEach((entry, index) =>
        partners.push([['partners', 'gi', index], isMap(entry) && typeof entry.id === 'string' ? `gi.${entry.id}` : `gi nr. ${index + 1}`]),
      );
    }
    for (const [path, label] of partners) {
      const partner = getIn(context.data, path);
      if (!isMap(partner)) continue;
      const { ondertekenaar } = partner;
      if (isMap(ondertekenaar) && textState(ondertekenaar.naam) === 'ingevuld' && textState(ondertekenaar.functie) === 'ingevuld') continue;
      context.report({
        path,
        onderdeel: null,
        message: `Voor \`${label}\` staat niet wie ondertekent: vul \`ondertekenaar\` met \`naam\` en \`functie\`, anders blijft de handtekeningtabel leeg.`,
      });
    }
  },
});
