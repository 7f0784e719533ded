import { leidraadQuote } from '../domain/onderdelen.js';
import { textState } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

const STAPPEN = ['afspraken', 'i_escalatie', 'stappen'];
/** A ladder needs somewhere to go: one step is just the starting situation. */
const MIN_STAPPEN = 2;

export const escalatieOntbreekt = defineRule({
  id: 'escalatie-ontbreekt',
  severity: 'fout',
  titel: 'Er is geen escalatieladder (onderdeel i).',
  hulp: 'Onderdeel i vraagt welke stappen door wie worden gezet als medewerkers het niet eens worden. Beschrijf dat als ladder onder `afspraken.i_escalatie.stappen`.',
  grondslag: 'i',
  run(context) {
    const stappen = getIn(context.data, STAPPEN);
    if (Array.isArray(stappen) && stappen.length > 0) return;
    const path = isMap(getIn(context.data, ['afspraken', 'i_escalatie'])) ? STAPPEN : ['afspraken', 'i_escalatie'];
    context.report({ path, onderdeel: 'i', message: `Onderdeel i (escalatie) ontbreekt. ${leidraadQuote('i')}` });
  },
});

export const escalatieTeKort = defineRule({
  id: 'escalatie-te-kort',
  severity: 'fout',
  titel: `De escalatieladder heeft minder dan ${MIN_STAPPEN} stappen.`,
  hulp: 'Een ladder met één stap is alleen de beginsituatie. Beschrijf ook de volgende stap: wie er dan bij komt en binnen welke termijn.',
  grondslag: 'i',
  run(context) {
    const stappen = getIn(context.data, STAPPEN);
    if (!Array.isArray(stappen) || stappen.length === 0 || stappen.length >= MIN_STAPPEN) return;
    context.report({
      path: STAPPEN,
      onderdeel: 'i',
      message: `De escalatieladder heeft ${stappen.length} stap; spreek er minstens ${MIN_STAPPEN} af (bijvoorbeeld professionals → teamleiders → managers → bestuurders), elk met wie en een termijn.`,
    });
  },
});

export const escalatieStapOnvolledig = defineRule({
  id: 'escalatie-stap-onvolledig',
  severity: 'fout',
  titel: 'Een stap van de escalatieladder noemt niet wie de stap zet of binnen welke termijn.',
  hulp: 'Elke stap noemt wie de stap zet (`wie`) en binnen welke termijn (`termijn`).',
  grondslag: 'i',
  run(context) {
    const stappen = getIn(context.data, STAPPEN);
    if (!Array.isArray(stappen)) return;
    stappen.forEach((stap, index) => {
      for (const [field, explanation] of [
        ['wie', 'wie deze stap zet'],
        ['termijn', 'binnen welke termijn de stap wordt gezet'],
      ] as const) {
        const value = isMap(stap) ? stap[field] : undefined;
        if (textState(value) === 'ingevuld') continue;
        const hasField = isMap(stap) && Object.hasOwn(stap, field);
        context.report({
          path: hasField ? [...STAPPEN, index, field] : [...STAPPEN, index],
          onderdeel: 'i',
          message: `Bij escalatiestap ${index + 1} staat niet ${explanation} (\`${field}\`).`,
          at: hasField ? 'value' : 'key',
        });
      }
    });
  },
});
