import { giFileSlug } from '../domain/slug.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

/**
 * `swa render --per-partner` names each GI's document after its id, made safe for a file name:
 * `a_b` and `a-b` both become `…-gi-a-b.docx`. Render gives the second one `-2`, so nothing is
 * lost; a warning, because a reader cannot tell from `…-gi-a-b-2.docx` whose document it is.
 */
export const giBestandsnaamDubbel = defineRule({
  id: 'gi-bestandsnaam-dubbel',
  severity: 'waarschuwing',
  titel: "Twee GI-id's geven dezelfde bestandsnaam voor hun eigen document.",
  hulp: "De bestandsnaam van het document per GI bevat alleen kleine letters, cijfers en streepjes: `a_b`, `A-B` en `a-b` worden alle drie `gi-a-b`. swa render geeft het tweede document `-2` achter de naam; geef de GI's liever id's die meer verschillen dan een _ of -, zodat elke bestandsnaam zegt voor welke GI het is.",
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    const gi = getIn(context.data, ['partners', 'gi']);
    if (!Array.isArray(gi)) return;
    const firstBySlug = new Map<string, string>();
    gi.forEach((entry, index) => {
      const id = isMap(entry) ? entry.id : undefined;
      if (typeof id !== 'string') return;
      const fileSlug = giFileSlug(id);
      const earlier = firstBySlug.get(fileSlug);
      // The same id twice is gi-dubbel-id's finding.
      if (earlier !== undefined && earlier !== id) {
        context.report({
          path: ['partners', 'gi', index, 'id'],
          onderdeel: 'voorwaarde.aansluiting',
          at: 'value',
          message: `De GI's \`${earlier}\` en \`${id}\` krijgen allebei het document …-gi-${fileSlug}.docx, zodat het ene het andere zou vervangen. Geef deze GI een id dat meer verschilt dan een _ of -.`,
        });
      }
      if (earlier === undefined) firstBySlug.set(fileSlug, id);
    });
  },
});
