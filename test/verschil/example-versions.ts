/** Two versions of the example for the verschil tests. */

/** The example, one year on: a new version with one agreement reworded, one dropped, one added, and the gemeente's telephone number gone (the last line of a table cell). */
export function nextVersion(text: string): string {
  const replaced = text
    .replace('versie: "1.1"', 'versie: "2.0"')
    .replace('datum: 2026-03-15', 'datum: 2026-11-20')
    .replace('    telefoon: "0999-100200"\n', '')
    .replace('heeft het minimaal elke twee weken contact met het gezin.', 'heeft het minimaal elke week contact met het gezin en de school.')
    .replace(/      - afspraak: >-\n          De RvdK start een onderzoek[\s\S]*?termijn: 10 dagen, bij crisis direct\n/, '')
    .replace(
      '    wachtlijsten:\n',
      '    wachtlijsten:\n      - afspraak: De gemeente bespreekt de wachtlijsten elk kwartaal met alle partners.\n        verantwoordelijk: gemeente\n',
    );
  if (replaced === text) throw new Error('voorbeeld niet gewijzigd');
  return replaced;
}
