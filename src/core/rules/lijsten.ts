import { MELDCODE_BRON } from '../domain/onderdelen.js';
import { textState } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';

export const meldcodeOntbreekt = defineRule({
  id: 'meldcode-ontbreekt',
  severity: 'info',
  titel: 'De afspraken noemen de meldcode niet.',
  hulp: 'De afspraken over advies (onderdeel a) en melden (onderdeel b) rusten op de Meldcode huiselijk geweld en kindermishandeling. Zonder `meldcode` noemt het document die in algemene woorden. Noem onder `meldcode` de naam, hoe de afspraken erop aansluiten en wie aandachtsfunctionaris is.',
  grondslag: null,
  bron: MELDCODE_BRON,
  run(context) {
    if (textState(getIn(context.data, ['meldcode', 'naam'])) === 'ingevuld') return;
    const meldcode = getIn(context.data, ['meldcode']);
    context.report({
      path: isMap(meldcode) ? ['meldcode', 'naam'] : ['meldcode'],
      onderdeel: null,
      message:
        'Noem onder `meldcode.naam` de meldcode waarop de afspraken over advies (onderdeel a) en melden (onderdeel b) rusten; zonder naam noemt het document de wettelijke Meldcode huiselijk geweld en kindermishandeling in algemene woorden.',
    });
  },
});

export const begripOnvolledig = defineRule({
  id: 'begrip-onvolledig',
  severity: 'waarschuwing',
  titel: 'Een begrip in de begrippenlijst heeft geen betekenis (of een betekenis zonder begrip).',
  hulp: 'Vul bij elke regel onder `begrippen` zowel `begrip` als `betekenis` in. Het document laat een onvolledige regel weg.',
  grondslag: null,
  bron: null,
  run(context) {
    const list = getIn(context.data, ['begrippen']);
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      if (!isMap(entry)) return;
      const begrip = textState(entry.begrip) === 'ingevuld';
      const betekenis = textState(entry.betekenis) === 'ingevuld';
      if (begrip && betekenis) return;
      const subject = begrip ? `Het begrip ‘${String(entry.begrip).trim()}’ (nr. ${index + 1})` : `Begrip nr. ${index + 1}`;
      const key = begrip ? 'betekenis' : 'begrip';
      context.report({
        path: Object.hasOwn(entry, key) ? ['begrippen', index, key] : ['begrippen', index],
        onderdeel: null,
        message: `${subject} heeft nog geen ${begrip ? '`betekenis`' : '`begrip`'}; het document laat deze regel weg tot beide zijn ingevuld.`,
      });
    });
  },
});

export const bijlageZonderTitel = defineRule({
  id: 'bijlage-zonder-titel',
  severity: 'waarschuwing',
  titel: 'Een bijlage heeft geen titel.',
  hulp: 'De tekst verwijst met de titel naar een bijlage. Vul bij elke regel onder `bijlagen` een `titel` in; het document laat een bijlage zonder titel weg.',
  grondslag: null,
  bron: null,
  run(context) {
    const list = getIn(context.data, ['bijlagen']);
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      if (!isMap(entry) || textState(entry.titel) === 'ingevuld') return;
      context.report({
        path: Object.hasOwn(entry, 'titel') ? ['bijlagen', index, 'titel'] : ['bijlagen', index],
        onderdeel: null,
        message: `Bijlage nr. ${index + 1} heeft nog geen \`titel\`; het document laat haar weg tot die is ingevuld.`,
      });
    });
  },
});
