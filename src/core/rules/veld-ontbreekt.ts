import { openVelden } from '../domain/open-punten.js';
import { defineRule } from './define-rule.js';

export const veldOntbreekt = defineRule({
  id: 'veld-ontbreekt',
  severity: 'fout',
  titel:
    'Een gegeven dat het document toont, ontbreekt: de looptijd, wie de evaluatie organiseert, de afspraak bij acute onveiligheid, of de naam van een instrument of visiedocument.',
  hulp: 'Het document zou hier "[nog af te spreken]" tonen, dus de afspraken zijn nog niet klaar om te tekenen. Vul het gegeven in. Een afspraak bij acute onveiligheid (`acuut`) en een instrument of visiedocument mag u ook weghalen.',
  grondslag: null,
  run(context) {
    for (const open of openVelden(context.data)) context.report({ ...open, at: 'key' });
  },
});
