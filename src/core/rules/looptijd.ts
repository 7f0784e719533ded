import { dutchDate, isIsoDate } from '../domain/dates.js';
import { getIn } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

const VAN = ['document', 'looptijd', 'van'];
const TOT = ['document', 'looptijd', 'tot'];

/** Both ends of the looptijd when they are dates that exist; a wrong date is a schema-formaat finding. */
function looptijd(data: unknown): { van: string | null; tot: string | null } {
  const [van, tot] = [getIn(data, VAN), getIn(data, TOT)];
  return { van: isIsoDate(van) ? van : null, tot: isIsoDate(tot) ? tot : null };
}

/* The looptijd belongs to the document, not to an onderdeel (like `ondertekenaar`): its findings have no onderdeel. */

export const looptijdVolgorde = defineRule({
  id: 'looptijd-volgorde',
  severity: 'fout',
  titel: 'De looptijd eindigt voordat hij begint.',
  hulp: '`document.looptijd.tot` ligt vóór `van`. Waarschijnlijk zijn de twee datums verwisseld of is een jaartal verkeerd getypt.',
  grondslag: null,
  run(context) {
    const { van, tot } = looptijd(context.data);
    if (van === null || tot === null || van <= tot) return;
    context.report({
      path: TOT,
      onderdeel: null,
      message: `De looptijd eindigt op ${dutchDate(tot)}, vóór hij begint (${dutchDate(van)}). Zijn \`van\` en \`tot\` verwisseld?`,
      at: 'value',
    });
  },
});

/**
 * A fout, like an overdue evaluation: the partners committed to this period, and after it the
 * agreements only carry on until new ones are adopted (so the document says). Whoever signs or
 * publishes the file now must give it a new looptijd first. A calendar matter, not a gap in the
 * agreements: the finding has no onderdeel, so `vastgesteld-met-open-punten` does not count it.
 */
export const looptijdVerlopen = defineRule({
  id: 'looptijd-verlopen',
  severity: 'fout',
  titel: 'De looptijd van de afspraken is voorbij.',
  hulp: 'De periode waarvoor de partners de afspraken hebben vastgesteld, is voorbij. Evalueer de afspraken samen, stel ze opnieuw vast en zet de nieuwe looptijd onder `document.looptijd`.',
  grondslag: null,
  run(context) {
    const { van, tot } = looptijd(context.data);
    // A reversed looptijd is one mistake, which looptijd-volgorde names.
    if (tot === null || tot >= context.today || (van !== null && van > tot)) return;
    context.report({
      path: TOT,
      onderdeel: null,
      message: `De looptijd van deze afspraken liep tot en met ${dutchDate(tot)}; die datum is voorbij (vandaag is het ${dutchDate(context.today)}). Evalueer de afspraken samen, stel ze opnieuw vast en zet de nieuwe looptijd onder \`document.looptijd\`.`,
      at: 'value',
    });
  },
});
