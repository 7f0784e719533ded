/** inquirer-style validation: true, or the Dutch reason. */
export function validateCbsCode(value: string): true | string {
  const code = value.trim().toUpperCase();
  return code === '' || /^GM[0-9]{4}$/.test(code) ? true : 'Een CBS-gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363. Laat leeg als u die niet weet.';
}

/** A file name from a gemeente's name: "Súdwest-Fryslân" → "sudwest-fryslan.yaml". */
export function fileNameFor(gemeente: string | undefined): string {
  const slug = (gemeente ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'samenwerkingsafspraken'}.yaml`;
}
