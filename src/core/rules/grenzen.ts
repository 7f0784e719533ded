import type { PathSegment } from '../../findings.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';
import { unusualTexts, walkContainersSharedPath } from './walk-text.js';

/**
 * The limits of what swa processes, far above real use: a region has at most about five GI's, an
 * escalation ladder three to six steps, an agreement a few sentences. Past them a document takes
 * minutes to build and cannot be opened (60,000 escalation steps: 73 s, LibreOffice gave up; 138
 * GI's: table columns of width 0). A file over a limit is reported, and `swa render` refuses it
 * (the rule id starts with `bestand-`, like other problems with the file itself). README "Grenzen".
 */
export const GRENZEN = {
  /** Entries under `partners.gi`. */
  gis: 50,
  /** Items in any one list. */
  lijst: 200,
  /** Characters in any one text. */
  tekst: 20_000,
  /** Levels of nesting (maps and lists inside each other); the schema itself needs about eight. */
  diepte: 32,
} as const;

const GI_PATH: PathSegment[] = ['partners', 'gi'];
const isGiList = (path: PathSegment[]): boolean => path.length === 2 && path[0] === GI_PATH[0] && path[1] === GI_PATH[1];
/**
 * Thousands with a dot, as in Dutch (20.000). Not toLocaleString('nl-NL'): its first call loads
 * ICU's locale data, ~10% of the start of `swa check`, and this text is built at every start.
 */
const n = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const bestandGrens = defineRule({
  id: 'bestand-grens',
  severity: 'fout',
  titel: "Het bestand gaat over een grens van swa: te veel GI's, een te lange lijst of tekst, of te diep ingesprongen.",
  hulp: `swa verwerkt hooguit ${GRENZEN.gis} GI's, ${GRENZEN.lijst} onderdelen per lijst, ${n(GRENZEN.tekst)} tekens per tekst en ${GRENZEN.diepte} niveaus inspringing. Echte afspraken blijven daar ver onder; daarboven wordt het document onleesbaar of niet meer te openen, dus swa render maakt het niet. Controleer of het bestand klopt (is er iets dubbel geplakt of gegenereerd?).`,
  grondslag: null,
  run(context: RuleContext) {
    walkContainersSharedPath(context.data, (node, shared, depth) => {
      const past = depth > GRENZEN.diepte || (Array.isArray(node) && node.length > Math.min(GRENZEN.gis, GRENZEN.lijst));
      // Most lists and maps are far inside every limit: only those that may not be get a path of their own.
      if (!past) return true;
      const path = [...shared];
      const onderdeel = onderdeelOfPath(path);
      if (depth > GRENZEN.diepte) {
        context.report({
          path,
          onderdeel,
          message: `Hier is het bestand dieper ingesprongen dan ${GRENZEN.diepte} niveaus (groepen en lijsten in elkaar). Zo diep gaan afspraken nooit; controleer de inspringing.`,
        });
        return false;
      }
      if (!Array.isArray(node)) return true;
      if (isGiList(path) && node.length > GRENZEN.gis) {
        context.report({
          path,
          onderdeel,
          message: `Onder \`partners.gi\` staan ${n(node.length)} GI's; swa verwerkt er hooguit ${GRENZEN.gis} (een regio werkt in de praktijk met een handvol). Controleer of de lijst klopt.`,
        });
      } else if (node.length > GRENZEN.lijst) {
        context.report({
          path,
          onderdeel,
          message: `Deze lijst heeft ${n(node.length)} onderdelen; swa verwerkt er hooguit ${GRENZEN.lijst} per lijst. Een document met zoveel regels is niet meer te lezen of te openen; controleer of de lijst klopt.`,
        });
      }
      return true;
    });
    for (const { text, path, key } of unusualTexts(context.data)) {
      if (key || text.length <= GRENZEN.tekst) continue;
      context.report({
        path,
        onderdeel: onderdeelOfPath(path),
        at: 'value',
        message: `Deze tekst is ${n(text.length)} tekens lang; swa verwerkt hooguit ${n(GRENZEN.tekst)} tekens per tekst (zo'n tien bladzijden). Korter opschrijven, of verwijs naar een apart document.`,
      });
    }
  },
});
