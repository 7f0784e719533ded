import { getIn } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

export const visieOntbreekt = defineRule({
  id: 'visie-ontbreekt',
  severity: 'fout',
  titel: 'De afspraken noemen geen integrale visie waarmee ze in lijn zijn.',
  hulp: 'De leidraad vraagt dat de afspraken in lijn zijn met de integrale visie van de gemeente. Noem die visie onder `visie` (titel, en liefst een link).',
  grondslag: 'voorwaarde.visie',
  run(context) {
    const documenten = getIn(context.data, ['visie', 'documenten']);
    if (Array.isArray(documenten) && documenten.length > 0) return;
    context.report({
      path: ['visie', 'documenten'],
      onderdeel: 'voorwaarde.visie',
      message:
        'Noem onder `visie.documenten` minstens één visiedocument (bijvoorbeeld de regiovisie huiselijk geweld en kindermishandeling). De leidraad vraagt dat de afspraken in lijn zijn met de gezamenlijke integrale visie van de gemeente.',
    });
  },
});
