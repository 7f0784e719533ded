import { addMonths, dutchDate, isIsoDate, monthsBetween } from '../domain/dates.js';
import { getIn } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

/** Months between two evaluations per `evaluatie.frequentie` (the schema's enum), with how a message says it. */
const RHYTHMS: Record<string, { months: number; phrase: string }> = {
  per_kwartaal: { months: 3, phrase: 'per kwartaal' },
  halfjaarlijks: { months: 6, phrase: 'halfjaarlijks' },
  jaarlijks: { months: 12, phrase: 'jaarlijks' },
  tweejaarlijks: { months: 24, phrase: 'eens in de twee jaar' },
};

/** An evaluation that slips a few months (a summer, a reorganisation) is normal; beyond that the rhythm on paper is not the real one. */
const MARGIN_MONTHS = 3;

export const evaluatieRitme = defineRule({
  id: 'evaluatie-ritme',
  severity: 'waarschuwing',
  titel: 'Tussen de laatste en de volgende evaluatie zit duidelijk meer tijd dan de frequentie zegt.',
  hulp: 'De volgende evaluatie ligt verder na de laatste dan het afgesproken ritme (`evaluatie.frequentie`) toelaat. Plan de evaluatie eerder, of pas het ritme aan als de partners dat hebben afgesproken.',
  grondslag: 'voorwaarde.evaluatie',
  run(context) {
    const frequentie = getIn(context.data, ['evaluatie', 'frequentie']);
    const laatste = getIn(context.data, ['evaluatie', 'laatste']);
    const volgende = getIn(context.data, ['evaluatie', 'volgende']);
    const rhythm = typeof frequentie === 'string' ? RHYTHMS[frequentie] : undefined;
    if (!rhythm || !isIsoDate(laatste) || !isIsoDate(volgende)) return;
    // Not after the last one: evaluatie-volgorde. Already past: evaluatie-verlopen asks for a new date anyway.
    if (volgende <= laatste || volgende < context.today) return;
    if (volgende <= addMonths(laatste, rhythm.months + MARGIN_MONTHS)) return;
    const onSchedule = addMonths(laatste, rhythm.months);
    const advice =
      onSchedule < context.today
        ? `Volgens dat ritme was de evaluatie rond ${dutchDate(onSchedule)} aan de beurt: plan haar zo snel mogelijk, of pas de frequentie aan.`
        : `Plan de volgende evaluatie rond ${dutchDate(onSchedule)}, of pas de frequentie aan.`;
    context.report({
      path: ['evaluatie', 'volgende'],
      onderdeel: 'voorwaarde.evaluatie',
      message: `Volgens \`evaluatie.frequentie\` evalueren de partners ${rhythm.phrase}, maar tussen de laatste evaluatie (${dutchDate(laatste)}) en de volgende (${dutchDate(volgende)}) ${monthsPhrase(laatste, volgende)}. ${advice}`,
      at: 'value',
    });
  },
});

/** "zitten 16 maanden", or "zitten ruim 16 maanden" when some days are left over. */
function monthsPhrase(from: string, to: string): string {
  const { months, daysLeft } = monthsBetween(from, to);
  return `${months === 1 ? 'zit' : 'zitten'} ${daysLeft ? 'ruim ' : ''}${months} ${months === 1 ? 'maand' : 'maanden'}`;
}
