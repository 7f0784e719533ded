import { addMonths, dutchDate, isIsoDate, monthsBetween } from '../dates.js';
import { getIn } from './data-access.js';
import { defineRule } from './define-rule.js';

/** Months between two evaluations per `evaluatie.frequentie` (the schema's enum), with how a message says it. */
const RITME: Record<string, { maanden: number; zoals: string }> = {
  per_kwartaal: { maanden: 3, zoals: 'per kwartaal' },
  halfjaarlijks: { maanden: 6, zoals: 'halfjaarlijks' },
  jaarlijks: { maanden: 12, zoals: 'jaarlijks' },
  tweejaarlijks: { maanden: 24, zoals: 'eens in de twee jaar' },
};

/** An evaluation that slips a few months (a summer, a reorganisation) is normal; beyond that the rhythm on paper is not the real one. */
export const MARGE_MAANDEN = 3;

export const evaluatieRitme = defineRule({
  id: 'evaluatie-ritme',
  severity: 'waarschuwing',
  titel: 'Tussen de laatste en de volgende evaluatie zit duidelijk meer tijd dan de frequentie zegt.',
  grondslag: 'voorwaarde.evaluatie',
  run(context) {
    const frequentie = getIn(context.data, ['evaluatie', 'frequentie']);
    const laatste = getIn(context.data, ['evaluatie', 'laatste']);
    const volgende = getIn(context.data, ['evaluatie', 'volgende']);
    const ritme = typeof frequentie === 'string' ? RITME[frequentie] : undefined;
    if (!ritme || !isIsoDate(laatste) || !isIsoDate(volgende)) return;
    // Not after the last one: evaluatie-volgorde. Already past: evaluatie-verlopen asks for a new date anyway.
    if (volgende <= laatste || volgende < context.today) return;
    if (volgende <= addMonths(laatste, ritme.maanden + MARGE_MAANDEN)) return;
    const opRitme = addMonths(laatste, ritme.maanden);
    const advies =
      opRitme < context.today
        ? `Volgens dat ritme was de evaluatie rond ${dutchDate(opRitme)} aan de beurt: plan haar zo snel mogelijk, of pas de frequentie aan.`
        : `Plan de volgende evaluatie rond ${dutchDate(opRitme)}, of pas de frequentie aan.`;
    context.report({
      path: ['evaluatie', 'volgende'],
      onderdeel: 'voorwaarde.evaluatie',
      message: `Volgens \`evaluatie.frequentie\` evalueren de partners ${ritme.zoals}, maar tussen de laatste evaluatie (${dutchDate(laatste)}) en de volgende (${dutchDate(volgende)}) ${maandenTussen(laatste, volgende)}. ${advies}`,
      at: 'value',
    });
  },
});

/** "zitten 16 maanden", or "zitten ruim 16 maanden" when some days are left over. */
function maandenTussen(from: string, to: string): string {
  const { months, daysLeft } = monthsBetween(from, to);
  return `${months === 1 ? 'zit' : 'zitten'} ${daysLeft ? 'ruim ' : ''}${months} ${months === 1 ? 'maand' : 'maanden'}`;
}
