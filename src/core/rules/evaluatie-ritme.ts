import { getIn } from './data-access.js';
import { defineRule } from './define-rule.js';
import { DATE, datumNl } from './evaluatie.js';

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
    if (!ritme || typeof laatste !== 'string' || typeof volgende !== 'string' || !DATE.test(laatste) || !DATE.test(volgende)) return;
    // Not after the last one: evaluatie-volgorde. Already past: evaluatie-verlopen asks for a new date anyway.
    if (volgende <= laatste || volgende < context.today) return;
    if (volgende <= addMonths(laatste, ritme.maanden + MARGE_MAANDEN)) return;
    const opRitme = addMonths(laatste, ritme.maanden);
    const advies =
      opRitme < context.today
        ? `Volgens dat ritme was de evaluatie rond ${datumNl(opRitme)} aan de beurt: plan haar zo snel mogelijk, of pas de frequentie aan.`
        : `Plan de volgende evaluatie rond ${datumNl(opRitme)}, of pas de frequentie aan.`;
    context.report({
      path: ['evaluatie', 'volgende'],
      onderdeel: 'voorwaarde.evaluatie',
      message: `Volgens \`evaluatie.frequentie\` evalueren de partners ${ritme.zoals}, maar tussen de laatste evaluatie (${datumNl(laatste)}) en de volgende (${datumNl(volgende)}) ${maandenTussen(laatste, volgende)}. ${advies}`,
      at: 'value',
    });
  },
});

/** 2025-08-31 plus 6 months is 2026-02-28: the day is kept where the month has it. */
export function addMonths(iso: string, months: number): string {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  const index = jaar * 12 + (maand - 1) + months;
  const [nieuwJaar, nieuweMaand] = [Math.floor(index / 12), (index % 12) + 1];
  const schrikkeljaar = (nieuwJaar % 4 === 0 && nieuwJaar % 100 !== 0) || nieuwJaar % 400 === 0;
  const laatsteDag = nieuweMaand === 2 ? (schrikkeljaar ? 29 : 28) : [4, 6, 9, 11].includes(nieuweMaand) ? 30 : 31;
  return `${String(nieuwJaar).padStart(4, '0')}-${String(nieuweMaand).padStart(2, '0')}-${String(Math.min(dag, laatsteDag)).padStart(2, '0')}`;
}

/** "zitten 16 maanden", or "zitten ruim 16 maanden" when some days are left over. */
function maandenTussen(van: string, tot: string): string {
  const [[j1, m1], [j2, m2]] = [van, tot].map((iso) => iso.split('-').map(Number)) as [[number, number], [number, number]];
  let maanden = (j2 - j1) * 12 + (m2 - m1);
  if (addMonths(van, maanden) > tot) maanden -= 1;
  return `${maanden === 1 ? 'zit' : 'zitten'} ${addMonths(van, maanden) < tot ? 'ruim ' : ''}${maanden} ${maanden === 1 ? 'maand' : 'maanden'}`;
}
