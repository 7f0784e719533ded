import { dutchDate, isIsoDate } from '../domain/dates.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';
import { isMisspeltThere } from '../domain/typo-key.js';

export const evaluatieOntbreekt = defineRule({
  id: 'evaluatie-ontbreekt',
  severity: 'fout',
  titel: 'Er is geen ritme of volgende datum voor de gezamenlijke evaluatie.',
  hulp: 'De leidraad vraagt periodieke gezamenlijke evaluatie. Zet onder `evaluatie` hoe vaak (`frequentie`) en wanneer de volgende is (`volgende`).',
  grondslag: 'voorwaarde.evaluatie',
  run(context) {
    const evaluatie = getIn(context.data, ['evaluatie']);
    if (!isMap(evaluatie)) {
      context.report({
        path: ['evaluatie'],
        onderdeel: 'voorwaarde.evaluatie',
        message: 'Beschrijf onder `evaluatie` hoe vaak de afspraken samen worden geëvalueerd (`frequentie`) en wanneer de volgende evaluatie is (`volgende`).',
      });
      return;
    }
    if (typeof evaluatie.frequentie !== 'string' && !isMisspeltThere(context.data, ['evaluatie', 'frequentie'])) {
      context.report({
        path: ['evaluatie', 'frequentie'],
        onderdeel: 'voorwaarde.evaluatie',
        message: 'Zeg onder `evaluatie.frequentie` hoe vaak de afspraken samen worden geëvalueerd, bijvoorbeeld `jaarlijks`.',
      });
    }
    if (typeof evaluatie.volgende !== 'string' && !isMisspeltThere(context.data, ['evaluatie', 'volgende'])) {
      context.report({
        path: ['evaluatie', 'volgende'],
        onderdeel: 'voorwaarde.evaluatie',
        message: 'Zet onder `evaluatie.volgende` de datum van de volgende gezamenlijke evaluatie (JJJJ-MM-DD).',
      });
    }
  },
});

export const evaluatieVerlopen = defineRule({
  id: 'evaluatie-verlopen',
  severity: 'fout',
  titel: 'De datum van de volgende evaluatie ligt in het verleden.',
  hulp: 'De geplande evaluatie is voorbij. Zet de datum van de volgende evaluatie, en na afloop die van de laatste onder `evaluatie.laatste`.',
  grondslag: 'voorwaarde.evaluatie',
  run(context) {
    const volgende = getIn(context.data, ['evaluatie', 'volgende']);
    // A date that does not exist (2024-13-45) is a schema-formaat finding; comparing it would only garble this one.
    if (!isIsoDate(volgende) || volgende >= context.today) return;
    context.report({
      path: ['evaluatie', 'volgende'],
      onderdeel: 'voorwaarde.evaluatie',
      message: `De volgende evaluatie stond gepland op ${dutchDate(volgende)}; die datum is voorbij (vandaag is het ${dutchDate(context.today)}). Evalueer de afspraken samen en zet de nieuwe datum in \`evaluatie.volgende\`.`,
      at: 'value',
    });
  },
});

export const evaluatieVolgorde = defineRule({
  id: 'evaluatie-volgorde',
  // A fout: the document would print a next evaluation before the last one, which no partner can plan by.
  severity: 'fout',
  titel: 'De volgende evaluatie ligt niet na de laatste.',
  hulp: 'De volgende evaluatie hoort na de laatste te liggen. Waarschijnlijk is een van de twee datums verwisseld of verouderd.',
  grondslag: 'voorwaarde.evaluatie',
  run(context) {
    const laatste = getIn(context.data, ['evaluatie', 'laatste']);
    const volgende = getIn(context.data, ['evaluatie', 'volgende']);
    if (!isIsoDate(laatste) || !isIsoDate(volgende) || volgende > laatste) return;
    context.report({
      path: ['evaluatie', 'volgende'],
      onderdeel: 'voorwaarde.evaluatie',
      message: `De volgende evaluatie (${dutchDate(volgende)}) ligt niet na de laatste (${dutchDate(laatste)}). Klopt een van de twee datums niet?`,
      at: 'value',
    });
  },
});

export const evaluatieLaatsteToekomst = defineRule({
  id: 'evaluatie-laatste-in-toekomst',
  severity: 'fout',
  titel: 'De datum van de laatste evaluatie ligt na vandaag.',
  hulp: '`evaluatie.laatste` is de evaluatie die al geweest is. Een geplande evaluatie hoort onder `evaluatie.volgende`.',
  grondslag: 'voorwaarde.evaluatie',
  run(context) {
    const laatste = getIn(context.data, ['evaluatie', 'laatste']);
    if (!isIsoDate(laatste) || laatste <= context.today) return;
    // Reversed dates are one mistake, which evaluatie-volgorde names.
    const volgende = getIn(context.data, ['evaluatie', 'volgende']);
    if (isIsoDate(volgende) && volgende <= laatste) return;
    context.report({
      path: ['evaluatie', 'laatste'],
      onderdeel: 'voorwaarde.evaluatie',
      message: `De laatste evaluatie staat op ${dutchDate(laatste)}, maar die datum moet nog komen (vandaag is het ${dutchDate(context.today)}). Zet hier de datum van de evaluatie die al geweest is; een geplande evaluatie hoort onder \`evaluatie.volgende\`.`,
      at: 'value',
    });
  },
});
