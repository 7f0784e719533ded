import { ONDERDELEN, type Onderdeel } from '../../findings.js';
import { dutchList } from '../domain/dutch-list.js';
import { getIn } from '../domain/data-access.js';
import { defineRule, type Rule, type RuleFinding } from './define-rule.js';

/**
 * An overdue evaluation happens to an adopted document by the calendar alone: it asks for an
 * evaluation (evaluatie-verlopen says so), not for the document to go back to concept.
 */
const NOT_A_GAP = new Set(['evaluatie-verlopen']);

/**
 * A document marked `vastgesteld` while §6c still has gaps: the signed version would promise
 * agreements that were never made. The gaps are what the given rules report as `fout` for an
 * onderdeel (a–j or a voorwaarde): what they reported earlier in the same check, or, where they
 * did not run, what they report when run here. So the definition of "open punt" stays in one place.
 */
export function vastgesteldMetOpenPunten(rules: readonly Rule[]): Rule {
  const gapRules = rules.filter((rule) => rule.severity === 'fout' && !NOT_A_GAP.has(rule.id));
  return defineRule({
    id: 'vastgesteld-met-open-punten',
    severity: 'waarschuwing',
    titel: 'Het document staat op vastgesteld, maar de afspraken zijn nog niet compleet.',
    hulp: 'Een vastgesteld document hoort geen open punten te hebben. Werk de open punten uit, of zet `document.status` terug op `concept` tot dat gebeurd is.',
    grondslag: null,
    run(context) {
      // A base file leaves gaps on purpose: the gemeente files fill them in.
      if (getIn(context.data, ['document', 'status']) !== 'vastgesteld' || context.data.basis === true) return;
      let count = 0;
      const open = new Set<Onderdeel>();
      const countGap = (found: RuleFinding): void => {
        if (found.onderdeel === null) return;
        count += 1;
        open.add(found.onderdeel);
      };
      for (const rule of gapRules) {
        const earlier = context.reportedBy?.(rule);
        if (earlier) for (const found of earlier) countGap(found);
        else rule.run({ ...context, report: countGap });
      }
      if (count === 0) return;
      const where = dutchList(ONDERDELEN.filter((o) => open.has(o)));
      context.report({
        path: ['document', 'status'],
        onderdeel: null,
        message: `Het document staat op \`vastgesteld\`, maar er ${count === 1 ? 'is nog 1 open punt' : `zijn nog ${count} open punten`} (bij ${where}). Zet de status op \`concept\` of werk eerst de open punten uit.`,
        at: 'value',
      });
    },
  });
}
