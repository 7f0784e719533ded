import type { PathSegment } from '../../findings.js';
import { codePointName, firstXmlInvalid } from '../domain/xml-chars.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';
import { unusualTexts } from './walk-text.js';

/**
 * Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder how text is shown, so that
 * "evil" can be displayed as "live" (the "Trojan Source" trick): what reviewers read in a pull
 * request is then not what the document says. The marks U+200E, U+200F and U+061C only set the
 * direction of neighbouring characters; Arabic and Hebrew text legitimately needs them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

function where(path: PathSegment[], key: boolean): { path: PathSegment[]; at: 'key' | 'value'; onderdeel: ReturnType<typeof onderdeelOfPath> } {
  return { path, at: key ? 'key' : 'value', onderdeel: onderdeelOfPath(path) };
}

function what(key: boolean): string {
  return key ? 'Deze sleutel' : 'Deze tekst';
}

export const tekenOngeldig = defineRule({
  id: 'teken-ongeldig',
  severity: 'fout',
  titel: 'Een tekst bevat een teken dat niet in een Word-document kan staan.',
  hulp: 'Stuurtekens (behalve tab en regeleinde), U+FFFE, U+FFFF en de andere "non-characters", en losse surrogaten (bijvoorbeeld uit "\\ud800") mogen in XML 1.0 niet voorkomen; Word en LibreOffice weigeren een document waarin ze staan. Meestal komen ze mee bij kopiëren uit een ander programma. Haal het teken weg; swa render vervangt het door � zolang het er staat.',
  grondslag: null,
  run(context: RuleContext) {
    for (const { text, path, key } of unusualTexts(context.data)) {
      const found = firstXmlInvalid(text);
      if (!found) continue;
      context.report({
        ...where(path, key),
        message: `${what(key)} bevat op positie ${found.index + 1} het teken ${codePointName(found.char)}, dat niet in een Word-document kan staan (het document zou niet te openen zijn). Haal het teken weg.`,
      });
    }
  },
});

export const tekenBidi = defineRule({
  id: 'teken-bidi',
  severity: 'waarschuwing',
  titel: 'Een tekst bevat een onzichtbaar teken dat de leesrichting omdraait.',
  hulp: 'Tekens als U+202E (right-to-left override) keren de volgorde om waarin tekst getoond wordt: "evil" kan er dan uitzien als "live". Wat een beoordelaar in de wijziging leest, is dan niet wat in het document komt. Haal het teken weg, tenzij u het bewust voor Arabische of Hebreeuwse tekst gebruikt.',
  grondslag: null,
  run(context: RuleContext) {
    for (const { text, path, key } of unusualTexts(context.data)) {
      const match = BIDI_CONTROL.exec(text);
      if (!match) continue;
      context.report({
        ...where(path, key),
        message: `${what(key)} bevat op positie ${match.index + 1} het onzichtbare teken ${codePointName(match[0])}, dat de leesrichting omdraait: wat u ziet is dan niet wat er staat. Haal het teken weg.`,
      });
    }
  },
});
