import { giFileSlug } from '../slug.js';
import { getIn, isMap } from './data-access.js';
import { defineRule } from './define-rule.js';

/**
 * `swa render --per-partner` names each GI's document after its id, made safe for a file name:
 * `a_b` and `a-b` both become `…-gi-a-b.docx`. Render would then refuse its own second document,
 * or with --force write one over the other, so one GI would silently have no document.
 */
export const giBestandsnaamDubbel = defineRule({
  id: 'gi-bestandsnaam-dubbel',
  severity: 'fout',
  titel: 'Twee GI-id\'s geven dezelfde bestandsnaam voor hun eigen document.',
  hulp: 'De bestandsnaam van het document per GI bevat alleen kleine letters, cijfers en streepjes: `a_b`, `A-B` en `a-b` worden alle drie `gi-a-b`. Geef de GI\'s id\'s die meer verschillen dan een _ of -, zodat elke GI een eigen document krijgt.',
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
