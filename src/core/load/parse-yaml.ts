import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../../findings.js';

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** Plain data; undefined when the YAML is broken, because half-broken data only misleads the checks after it. */
  data: unknown;
  findings: Finding[];
}

/** Dutch wording for the yaml library's error codes (https://eemeli.org/yaml/#errors). */
const yamlMessages: Record<string, string> = {
  DUPLICATE_KEY: 'Deze sleutel staat twee keer in dezelfde groep. Voeg de twee samen of verwijder er één.',
  TAB_AS_INDENT: 'Inspringen met een tab is in YAML niet toegestaan. Gebruik spaties.',
  BAD_INDENT: 'Deze regel springt niet goed in. Zorg dat sleutels op hetzelfde niveau precies even ver inspringen (met spaties).',
  MULTILINE_IMPLICIT_KEY: 'Een sleutel moet op één regel staan en eindigen met een dubbele punt. Mist er een dubbele punt of springt een regel verkeerd in?',
  BLOCK_AS_IMPLICIT_KEY: 'Hier staat een sleutel waar een waarde verwacht wordt. Mist er een dubbele punt of springt een regel verkeerd in?',
  MISSING_CHAR: 'Er ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje.',
  UNEXPECTED_TOKEN: 'Onverwacht teken. Staat er tekst met een dubbele punt of # zonder aanhalingstekens?',
  BAD_SCALAR_START: 'Deze waarde begint met een teken dat YAML een speciale betekenis geeft (zoals @, ` of %). Zet de waarde tussen aanhalingstekens.',
  BAD_DQ_ESCAPE: 'Ongeldige \\-code tussen dubbele aanhalingstekens. Gebruik enkele aanhalingstekens of schrijf \\\\.',
  BAD_ALIAS: 'Verwijzing (*naam) naar een anker dat niet bestaat.',
  MULTIPLE_DOCS: 'Het bestand bevat meer dan één document (gescheiden door ---). Zet elke gemeente in een eigen bestand.',
  KEY_OVER_1024_CHARS: 'Deze sleutel is langer dan 1024 tekens. Mist er een dubbele punt na de sleutel?',
  BLOCK_IN_FLOW: 'Tussen { } of [ ] kan geen blok met inspringing staan.',
  NON_STRING_KEY: 'Een sleutel moet een woord zijn, geen lijst of groep.',
};

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const findings = [...doc.errors.map((error) => yamlFinding(error, file, 'fout', lineCounter, text))];
  findings.push(...doc.warnings.map((warning) => yamlFinding(warning, file, 'waarschuwing', lineCounter, text)));
  if (findings.some((f) => f.severity === 'fout')) return { doc, lineCounter, data: undefined, findings };

  try {
    const data = doc.toJS({ maxAliasCount: 100 });
    return { doc, lineCounter, data, findings };
  } catch {
    // yaml throws when aliases expand past maxAliasCount: the "billion laughs" guard.
    findings.push({
      rule: 'yaml-verwijzingen',
      severity: 'fout',
      onderdeel: null,
      message: 'Het bestand gebruikt zoveel verwijzingen (&anker en *anker) dat het uitgeschreven te groot wordt. Schrijf de waarden uit in plaats van ze te laten verwijzen.',
      file,
      line: 1,
      column: 1,
      path: [],
    });
    return { doc, lineCounter, data: undefined, findings };
  }
}

function yamlFinding(error: YAMLError, file: string, severity: 'fout' | 'waarschuwing', lineCounter: LineCounter, text: string): Finding {
  const start = lineCounter.linePos(error.pos[0]);
  const duplicate = error.code === 'DUPLICATE_KEY';
  // yaml reports an unclosed [ or { as a BAD_INDENT; its own message says which bracket is missing.
  const unclosed = /end with a ([\]}])/.exec(error.message)?.[1];
  return {
    rule: duplicate ? 'yaml-dubbele-sleutel' : 'yaml-syntax',
    severity,
    onderdeel: null,
    message: duplicate
      ? `De sleutel \`${text.slice(error.pos[0], error.pos[1])}\` staat twee keer in dezelfde groep. Voeg de twee samen of verwijder er één.`
      : unclosed ? `Hier ontbreekt een afsluitende ${unclosed}: een lijst met [ of groep met { moet op dezelfde manier worden afgesloten.` : yamlMessages[error.code] ?? "De YAML-opmaak klopt hier niet. Controleer de inspringing, de dubbele punten en de aanhalingstekens op deze regel en de regel erboven.",
    file,
    line: start.line,
    column: start.col,
    path: [],
  };
}
