import type { PathSegment } from '../../findings.js';
import { textState } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';
import { REQUIRED_ONDERDELEN } from '../domain/required-afspraken.js';

const EXAMPLE = '`verantwoordelijk: [veilig_thuis, lokaal_team]`';

/**
 * Onderdeel c is the division of tasks: "wie welke taak heeft". An agreement there that names no
 * one responsible divides nothing, however well written. Only agreements whose text is filled in
 * are judged: an empty or deferred one already has its own finding.
 */
export const taakZonderVerantwoordelijke = defineRule({
  id: 'taak-zonder-verantwoordelijke',
  severity: 'fout',
  titel: 'Een afspraak over de taakverdeling (onderdeel c) noemt niet wie verantwoordelijk is.',
  hulp: 'Onderdeel c gaat over wie welke taak heeft. Schrijf elke afspraak daar als groep met `afspraak:` en `verantwoordelijk:` (lokaal_team, veilig_thuis, rvdk, gi, gi.<id> of gemeente).',
  grondslag: 'c',
  run(context) {
    const c = REQUIRED_ONDERDELEN.find((r) => r.onderdeel === 'c');
    for (const topic of c?.afspraken ?? []) {
      const value = getIn(context.data, topic.path);
      const items: Array<[unknown, PathSegment[]]> = Array.isArray(value) ? value.map((item, index) => [item, [...topic.path, index]]) : [[value, topic.path]];
      for (const [item, path] of items) {
        const group = isMap(item) ? item : null;
        if (textState(group ? group.afspraak : item) !== 'ingevuld' || names(group?.verantwoordelijk)) continue;
        if (group && Object.hasOwn(group, 'verantwoordelijk')) {
          context.report({
            path: [...path, 'verantwoordelijk'],
            onderdeel: 'c',
            message: `Bij de afspraak over ${topic.over} is \`verantwoordelijk\` leeg. Noem de partner(s) die deze taak uitvoeren, bijvoorbeeld ${EXAMPLE}.`,
            at: 'value',
          });
        } else if (group) {
          context.report({
            path: [...path, 'afspraak'],
            onderdeel: 'c',
            message: `Bij de afspraak over ${topic.over} staat niet wie verantwoordelijk is. Voeg \`verantwoordelijk:\` toe met de partner(s) die deze taak uitvoeren, bijvoorbeeld ${EXAMPLE}.`,
            at: 'value',
          });
        } else {
          context.report({
            path,
            onderdeel: 'c',
            message: `Bij de afspraak over ${topic.over} staat niet wie verantwoordelijk is. Schrijf de afspraak als groep: de tekst onder \`afspraak:\` en daarnaast wie de taak uitvoert, bijvoorbeeld ${EXAMPLE}.`,
            at: 'value',
          });
        }
      }
    }
  },
});

/** At least one partner named; whether each one exists is partner-onbekend's question. */
function names(verantwoordelijk: unknown): boolean {
  const list = Array.isArray(verantwoordelijk) ? verantwoordelijk : [verantwoordelijk];
  return list.some((ref) => typeof ref === 'string' && ref.trim() !== '');
}
