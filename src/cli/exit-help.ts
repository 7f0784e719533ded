/**
 * The exit codes of each command, at the end of `swa <opdracht> --help`: a pipeline author reads
 * them there first. The full tables are in the README, "Exitcodes".
 */
export const EXIT_CODE_HELP: Record<string, string> = {
  check: `Exitcodes:
  0  geen melding op of boven --fail-on en niet meer waarschuwingen dan --max-waarschuwingen
  1  wel: de samenvatting noemt welke drempel (een YAML-fout is ook een melding)
  2  verkeerd gebruik, een bestand dat niet te lezen is, een patroon zonder bestanden
     of een rapport dat niet geschreven kan worden (de andere bestanden worden wel gecontroleerd)`,
  render: `Exitcodes:
  0  alle documenten gemaakt, of met --check: alle documenten actueel
  1  een bestand geweigerd (fouten, --strict, een ander document zonder --force),
     of met --check: een document is verouderd of ontbreekt
  2  verkeerd gebruik, een onleesbaar bestand, een sjabloonfout, een document dat niet
     geschreven kan worden (de andere worden wel gemaakt) of een interne fout`,
  verwerk: `Exitcodes:
  0  verwerkt (of niets te verwerken); geen melding op of boven --fail-on
  1  wel een melding op of boven --fail-on: een conflict, of een fout in het bestand na het verwerken
  2  verkeerd gebruik, een onleesbaar document of bestand, geen document van swa, het verkeerde
     afsprakenbestand, of een bestand dat niet geschreven kan worden`,
  verschil: `Exitcodes:
  0  de documenten met de wijzigingen zijn gemaakt
  1  een versie heeft fouten in de YAML of het schema, of een ander document staat
     al in --out (zonder --force): niets of niet alles geschreven
  2  verkeerd gebruik, een onleesbaar bestand, een revisie of pad dat git niet
     kent (of git ontbreekt), een sjabloonfout of een document dat niet geschreven kan worden`,
  overzicht: `Exitcodes:
  0  het overzicht is gemaakt (ook als gemeenten nog open punten hebben)
  1  het uitvoerbestand bestaat al en is anders (zonder --force)
  2  verkeerd gebruik, een onleesbaar invoerbestand of een uitvoerbestand dat niet
     geschreven kan worden`,
  init: `Exitcodes:
  0  het bestand is geschreven
  1  gestopt, of het bestand bestaat al (met --ja zonder --force): niets geschreven
  2  geen terminal en geen --ja, een ongeldige CBS-code of een onbruikbaar basisbestand`,
  schema: `Exitcodes:
  0  het schema is getoond`,
};
