import { leidraadQuote, ONDERDEEL_INFO } from '../domain/onderdelen.js';
import { assessAfspraken, quoted, textState } from '../domain/afspraak-text.js';
import { getIn, hasKey, isMap } from '../domain/data-access.js';
import { defineRule, type RuleContext, type RuleFinding } from './define-rule.js';
import { perData } from './per-data.js';
import { isMisspeltThere } from '../domain/typo-key.js';
import { REQUIRED_ONDERDELEN } from '../domain/required-afspraken.js';
import { UITSTEL_ADVIES, uitstelSoort } from '../domain/uitstel.js';

type Kind = 'onderdeel' | 'ontbreekt' | 'leeg' | 'placeholder' | 'uitstel';

type Gap = RuleFinding & { kind: Kind };

/**
 * Each rule below reports its own kind of gap; the gaps of all kinds come from one walk over the
 * required agreements per data object (five rules each walking them cost as much again four times).
 */
function reportGaps(context: RuleContext, kind: Kind): void {
  for (const { kind: found, ...gap } of gapsOf(context.data)) if (found === kind) context.report(gap);
}

const gapsOf = perData(findGaps);

/** Every gap in the order of the walk; within one kind, the order in which its rule reports. */
function findGaps(data: Record<string, unknown>): Gap[] {
  const gaps: Gap[] = [];
  for (const required of REQUIRED_ONDERDELEN) {
    const { onderdeel } = required;
    if (getIn(data, required.container) === undefined) {
      if (!isMisspeltThere(data, required.container)) {
        gaps.push({
          kind: 'onderdeel',
          path: required.container,
          onderdeel,
          message: `Onderdeel ${onderdeel} (${ONDERDEEL_INFO[onderdeel].titel}) ontbreekt. ${leidraadQuote(onderdeel)}`,
        });
      }
      continue;
    }
    for (const afspraak of required.afspraken) {
      if (!hasKey(data, afspraak.path)) {
        if (!isMisspeltThere(data, afspraak.path))
          gaps.push({ kind: 'ontbreekt', path: afspraak.path, onderdeel, message: `Er is nog geen afspraak over ${afspraak.over}.` });
        continue;
      }
      for (const issue of assessAfspraken(getIn(data, afspraak.path), afspraak.path).issues) {
        gaps.push({ kind: issue.state, path: issue.path, onderdeel, message: gapMessage(issue.state, afspraak.over, getIn(data, issue.path)), at: 'value' });
      }
    }
  }
  findOptionalGaps(data, gaps);
  return gaps;
}

const ACUUT = ['afspraken', 'i_escalatie', 'acuut'];
const H = ['afspraken', 'h_methoden_en_instrumenten'];

/**
 * Texts the document prints that no required topic covers: the acute route of onderdeel i (may be
 * left out, but once written it is an agreement) and each instrument's name in h (an instrument
 * named `TODO` would silently drop out of the overview).
 */
function findOptionalGaps(data: Record<string, unknown>, gaps: Gap[]): void {
  const acuut = getIn(data, ACUUT);
  if (acuut !== undefined && acuut !== null) {
    for (const issue of assessAfspraken(acuut, ACUUT).issues) {
      gaps.push({
        kind: issue.state,
        path: issue.path,
        onderdeel: 'i',
        message: gapMessage(issue.state, 'de aanpak bij acute onveiligheid', getIn(data, issue.path)),
        at: 'value',
      });
    }
  }
  const instrumenten = getIn(data, H);
  if (!Array.isArray(instrumenten)) return;
  instrumenten.forEach((instrument, index) => {
    // A name that is no text at all is the schema's finding.
    if (!isMap(instrument) || typeof instrument.naam !== 'string') return;
    const state = textState(instrument.naam);
    if (state === 'ingevuld') return;
    gaps.push({
      kind: state,
      path: [...H, index, 'naam'],
      onderdeel: 'h',
      message: gapMessage(state, `de naam van instrument ${index + 1} in het overzicht van methoden en instrumenten`, instrument.naam),
      at: 'value',
    });
  });
}

function gapMessage(state: Exclude<Kind, 'onderdeel' | 'ontbreekt'>, over: string, value: unknown): string {
  if (state === 'leeg') return `De afspraak over ${over} is leeg.`;
  if (state === 'placeholder') return `De afspraak over ${over} is nog niet ingevuld: er staat \`${quoted(value)}\`.`;
  const soort = uitstelSoort(String(value)) ?? 'uitstel';
  return `De afspraak over ${over} is nog niet gemaakt (er staat \`${quoted(value)}\`). ${UITSTEL_ADVIES[soort]}`;
}

export const onderdeelOntbreekt = defineRule({
  id: 'onderdeel-ontbreekt',
  severity: 'fout',
  titel: 'Een onderdeel van §6c ontbreekt helemaal.',
  hulp: 'Elk van de onderdelen a tot en met j van §6c moet een afspraak hebben. De melding citeert wat de leidraad voor dit onderdeel vraagt; `swa init` maakt een opzet met alle onderdelen.',
  grondslag: null,
  run: (context) => reportGaps(context, 'onderdeel'),
});

export const afspraakOntbreekt = defineRule({
  id: 'afspraak-ontbreekt',
  severity: 'fout',
  titel: 'Binnen een onderdeel ontbreekt een afspraak die de leidraad vraagt.',
  hulp: 'Het onderdeel staat er, maar een van de afspraken die de leidraad erin noemt (bijvoorbeeld wie informeert en wanneer) ontbreekt nog.',
  grondslag: null,
  run: (context) => reportGaps(context, 'ontbreekt'),
});

export const afspraakLeeg = defineRule({
  id: 'afspraak-leeg',
  severity: 'fout',
  titel: 'Een afspraak staat in het bestand maar is leeg.',
  hulp: 'Schrijf de afspraak uit, of haal de sleutel weg als de afspraak echt nog niet gemaakt is (dan meldt de controle dat ze ontbreekt).',
  grondslag: null,
  run: (context) => reportGaps(context, 'leeg'),
});

export const afspraakPlaceholder = defineRule({
  id: 'afspraak-placeholder',
  severity: 'fout',
  titel: 'Een afspraak bevat alleen een invulaanwijzing (TODO, nog invullen, ..., xxx, -).',
  hulp: 'Er staat alleen een invulaanwijzing zoals TODO of nog invullen. Vervang die door de afspraak die de partners hebben gemaakt.',
  grondslag: null,
  run: (context) => reportGaps(context, 'placeholder'),
});

export const afspraakNietGemaakt = defineRule({
  id: 'afspraak-niet-gemaakt',
  severity: 'fout',
  titel: 'Een afspraak wordt uitgesteld of verwijst alleen (n.v.t., nader te bepalen, volgt, in overleg, zie bijlage …).',
  hulp: 'Er staat geen afspraak maar uitstel (`Nader te bepalen.`, `Volgt na overleg met de Raad.`, `n.v.t.`) of alleen een verwijzing (`Zie bijlage 3.`). Schrijf op wat de partners afspreken: wie wat doet en wanneer. Een verwijzing mag erbij, in `toelichting` of na de afspraak.',
  grondslag: null,
  run: (context) => reportGaps(context, 'uitstel'),
});
