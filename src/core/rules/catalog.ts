import type { Finding, Severity } from '../../findings.js';
import { LEIDRAAD_BRON, leidraadReference } from '../domain/onderdelen.js';
import { RULES } from './index.js';
import { INVOER_RULES } from './invoer.js';
import { MAX_FINDINGS_PER_FILE, TOO_MANY_RULE } from './finding-cap.js';

/**
 * Every rule id `swa check` can emit, with what a reader of a report needs to act on it. SARIF
 * rule metadata and the README's rule table are generated from this list, so an id missing here
 * shows up as an unexplained finding in GitHub code scanning (a test guards that).
 */
export interface RuleDescription {
  id: string;
  /** The severity the rule reports with (a YAML warning may be reported one step lower). */
  severity: Severity;
  soort: RuleSoort;
  /** One Dutch line: what is wrong. */
  titel: string;
  /** Dutch: why it matters and how to fix it. */
  hulp: string;
  /** Where in the leidraad the requirement comes from; null for purely technical rules. */
  leidraad: string | null;
}

export type RuleSoort = 'bestand' | 'yaml' | 'schema' | 'basisbestand' | 'volledigheid' | 'aanvullend';

export const RULE_SOORT_TITEL: Record<RuleSoort, string> = {
  bestand: 'Het bestand zelf',
  yaml: 'YAML-opmaak',
  schema: 'Vorm (JSON Schema)',
  basisbestand: 'Basisbestand (extends)',
  volledigheid: 'Volledigheid volgens §6c',
  aanvullend: 'Meer dan §6c (niet verplicht)',
};

type Technical = Omit<RuleDescription, 'soort' | 'leidraad'>;

const FILE_RULES: Technical[] = [
  {
    id: 'bestand-onleesbaar',
    severity: 'fout',
    titel: 'Het bestand kan niet gelezen worden.',
    hulp: 'Het bestand bestaat niet (meer), is een map, is geen gewoon bestand of u hebt geen leesrechten. Controleer de naam en de rechten. De andere bestanden worden wel gecontroleerd; de exitcode is 2.',
  },
  {
    id: 'bestand-leeg',
    severity: 'fout',
    titel: 'Het bestand is leeg.',
    hulp: 'Begin met `schema_versie: 1` en `gemeente:`, of maak een begin met `swa init`.',
  },
  {
    id: 'bestand-te-groot',
    severity: 'fout',
    titel: 'Het bestand is te groot voor een afsprakenbestand.',
    hulp: 'Een afsprakenbestand is enkele tientallen kilobytes; een bestand van meer dan 2 MB is vrijwel zeker een ander bestand. Controleer of u het juiste bestand opgeeft.',
  },
  {
    id: 'bestand-codering',
    severity: 'fout',
    titel: 'Het bestand is niet als UTF-8 opgeslagen.',
    hulp: 'Sla het bestand op als UTF-8 (in de meeste editors: "Opslaan als" en dan codering UTF-8). Oude Windows-bestanden bevatten vaak tekens als é in een andere codering.',
  },
  {
    id: 'bijlage-niet-gevonden',
    severity: 'fout',
    titel: 'Het bestand van een bijlage is niet gevonden.',
    hulp: 'Een bijlage noemt bij `bestand` een bestand dat niet bestaat, een map is of geen gewoon bestand is (of er staat een webadres; dat hoort bij `url`). Het pad wordt gelezen vanaf de map van het afsprakenbestand dat de bijlage noemt. Het document toont de bijlage als open punt.',
  },
  {
    id: 'bijlage-buiten-repository',
    severity: 'fout',
    titel: 'Het bestand van een bijlage ligt buiten de repository.',
    hulp: 'Het pad gaat buiten de repository (de dichtstbijzijnde map met `.git`), is een volledig pad (`/…`, `C:\\…`) of is een snelkoppeling (symlink) naar een bestand buiten de repository. Zet de bijlage in de repository en verwijs ernaar met een pad gezien vanaf het afsprakenbestand.',
  },
  {
    id: TOO_MANY_RULE,
    severity: 'fout',
    titel: `Er zijn meer dan ${MAX_FINDINGS_PER_FILE} meldingen voor één bestand; de rest is weggelaten.`,
    hulp: `swa toont hooguit ${MAX_FINDINGS_PER_FILE} meldingen per bestand en telt de rest in deze ene melding, die de zwaarste ernst van de weggelaten meldingen krijgt (zodat de exitcode niet verandert). Zoveel meldingen wijzen op een gegenereerd of beschadigd bestand: los de eerste op en controleer opnieuw.`,
  },
];

const YAML_RULES: Technical[] = [
  {
    id: 'yaml-syntax',
    severity: 'fout',
    titel: 'De YAML-opmaak klopt niet.',
    hulp: 'Controleer op de genoemde regel de inspringing (alleen spaties, geen tabs), de dubbele punt na elke sleutel en de aanhalingstekens. Tekst met een dubbele punt of # zet u tussen aanhalingstekens.',
  },
  {
    id: 'yaml-dubbele-sleutel',
    severity: 'fout',
    titel: 'Een sleutel staat twee keer in dezelfde groep.',
    hulp: 'YAML zou één van de twee stilzwijgend negeren. Voeg de twee samen of verwijder er één.',
  },
  {
    id: 'tekst-afgebroken',
    severity: 'waarschuwing',
    titel: 'Een tekst wordt afgebroken bij ` #`: de rest van de regel is commentaar.',
    hulp: 'YAML leest alles vanaf een spatie gevolgd door # als commentaar, dus `besproken #veiligheid, zie bijlage 2` komt in het document als "besproken". Zet de hele tekst tussen aanhalingstekens (`swa check --herstel` doet dat), of zet een spatie na # als het echt commentaar is.',
  },
  {
    id: 'yaml-verwijzingen',
    severity: 'fout',
    titel: 'Het bestand gebruikt te veel verwijzingen (&anker en *anker).',
    hulp: 'Uitgeschreven wordt het bestand te groot om te controleren. Schrijf de waarden uit in plaats van ze te laten verwijzen.',
  },
];

const SCHEMA_RULES: Technical[] = [
  {
    id: 'schema-onbekende-sleutel',
    severity: 'fout',
    titel: 'Een sleutel die het schema niet kent.',
    hulp: 'Vaak een tikfout: de melding noemt de sleutel die waarschijnlijk bedoeld is. `swa schema` toont welke sleutels er mogen staan.',
  },
  {
    id: 'schema-verplicht',
    severity: 'fout',
    titel: 'Een verplichte sleutel ontbreekt.',
    hulp: 'Voeg de genoemde sleutel toe op de plek die de melding aanwijst.',
  },
  {
    id: 'schema-type',
    severity: 'fout',
    titel: 'Een waarde is van de verkeerde soort (tekst, getal, lijst of groep).',
    hulp: 'De melding zegt wat er verwacht wordt, bijvoorbeeld een lijst (regels die met - beginnen) in plaats van losse tekst.',
  },
  {
    id: 'schema-keuze',
    severity: 'fout',
    titel: 'Een waarde is niet een van de toegestane keuzes.',
    hulp: 'De melding noemt de keuzes die mogen, bijvoorbeeld voor `status`: concept of vastgesteld.',
  },
  {
    id: 'schema-formaat',
    severity: 'fout',
    titel: 'Een waarde heeft niet het juiste formaat (datum, e-mailadres, webadres, code).',
    hulp: 'Datums schrijft u als JJJJ-MM-DD, webadressen beginnen met https://, de gemeentecode is GM gevolgd door vier cijfers.',
  },
  {
    id: 'schema-overig',
    severity: 'fout',
    titel: 'Een waarde voldoet niet aan het schema.',
    hulp: 'Zie `swa schema` voor wat op deze plek mag staan.',
  },
];

/** Problems with `extends:`, the base file a gemeente file builds on (src/core/extends.ts). */
const BASISBESTAND_RULES: Technical[] = [
  {
    id: 'extends-niet-gevonden',
    severity: 'fout',
    titel: 'Het basisbestand bij `extends` is niet gevonden.',
    hulp: 'Het basisbestand bestaat niet, is een map of kan niet gelezen worden, of er staat geen pad. Het pad wordt gelezen vanaf de map van het bestand met `extends`, bijvoorbeeld `../regio.yaml`.',
  },
  {
    id: 'extends-kring',
    severity: 'fout',
    titel: 'De basisbestanden verwijzen in een kring naar elkaar.',
    hulp: 'Bestanden verwijzen via `extends` naar elkaar terug (a → b → a), of de keten is langer dan 16 bestanden. Haal `extends` weg uit het bovenste basisbestand.',
  },
  {
    id: 'extends-geen-map',
    severity: 'fout',
    titel: 'Het basisbestand kan niet als basis dienen.',
    hulp: 'Het basisbestand is leeg, heeft YAML-fouten of is een lijst of losse tekst in plaats van sleutels met waarden. Controleer het met `swa check` en bouw het op als een gewoon afsprakenbestand.',
  },
  {
    id: 'extends-url',
    severity: 'fout',
    titel: '`extends` verwijst naar een webadres.',
    hulp: 'Een basisbestand moet een bestand in de repository zijn, zodat iedereen dezelfde afspraken controleert. Download het bestand en verwijs ernaar met een pad, zoals `../regio.yaml`.',
  },
  {
    id: 'extends-buiten-repository',
    severity: 'fout',
    titel: '`extends` wijst naar een bestand buiten de repository.',
    hulp: 'Het pad gaat buiten de repository (de dichtstbijzijnde map met `.git`; zonder `.git` de map waarin swa start), of is een volledig pad (`/…`, `C:\\…`). Zet het basisbestand in de repository en verwijs ernaar met een pad gezien vanaf dit bestand.',
  },
];

function technical(soort: RuleSoort, rules: Technical[]): RuleDescription[] {
  return rules.map((rule) => ({ ...rule, soort, leidraad: null }));
}

function completeness(): RuleDescription[] {
  return RULES.map((rule) => {
    const onderdeel = rule.grondslag;
    return {
      id: rule.id,
      severity: rule.severity,
      // A rule with a `bron` of its own is about a part beyond §6c (informatiedeling, meldcode, begrippen, bijlagen).
      soort: rule.bron === undefined ? 'volledigheid' : 'aanvullend',
      titel: rule.titel,
      hulp: rule.hulp,
      leidraad: rule.bron === undefined ? (onderdeel ? leidraadReference(onderdeel) : LEIDRAAD_BRON) : rule.bron,
    };
  });
}

export const RULE_CATALOG: readonly RuleDescription[] = [
  ...technical('bestand', FILE_RULES),
  ...technical('yaml', YAML_RULES),
  ...technical('schema', SCHEMA_RULES),
  ...technical('basisbestand', BASISBESTAND_RULES),
  ...INVOER_RULES.map(
    (rule): RuleDescription => ({ id: rule.id, severity: rule.severity, soort: 'bestand', titel: rule.titel, hulp: rule.hulp, leidraad: null }),
  ),
  ...completeness(),
];

const byId = new Map(RULE_CATALOG.map((rule) => [rule.id, rule]));

/** The description of a rule; an id the catalogue does not know still gets a usable one, so no report breaks. */
export function describeRule(id: string): RuleDescription {
  return byId.get(id) ?? { id, severity: 'fout', soort: 'volledigheid', titel: id, hulp: 'Zie de melding zelf.', leidraad: null };
}

export function isCatalogued(id: string): boolean {
  return byId.has(id);
}

/**
 * Whether a finding means the data cannot be used at all: the file itself could not be read or
 * decoded (`bestand-…`; not its bijlagen or characters), or its YAML or shape is wrong. Such a file
 * is never rendered. A file used as a base must also have a usable base of its own (`asBase`).
 */
export function blocksUse(finding: Pick<Finding, 'rule' | 'severity'>, options: { asBase?: boolean } = {}): boolean {
  if (finding.severity !== 'fout') return false;
  const { soort } = describeRule(finding.rule);
  if (soort === 'yaml' || soort === 'schema') return true;
  if (soort === 'basisbestand') return options.asBase === true;
  return soort === 'bestand' && finding.rule.startsWith('bestand-');
}
