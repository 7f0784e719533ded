// Generates N realistic agreements files (342 = the Dutch gemeenten of 2025) from the bundled
// example, for benchmarks: names and CBS codes vary, and every third file is a draft with gaps,
// so that checking and rendering do the work they do on a real region.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefixes = ['Noord', 'Zuid', 'Oost', 'West', 'Groot', 'Klein', 'Oud', 'Nieuw', 'Hoog', 'Laag', 'Sint', 'Ter'];
const stems = ['broek', 'dijk', 'veen', 'horst', 'wijk', 'dam', 'hoven', 'ende', 'sloot', 'rade', 'beek', 'hem', 'burg', 'loo', 'zand', 'waard'];

export function gemeenteName(index) {
  const prefix = prefixes[index % prefixes.length];
  const stem = stems[Math.floor(index / prefixes.length) % stems.length];
  const round = Math.floor(index / (prefixes.length * stems.length));
  return `${prefix}${stem}${round ? ` ${round + 1}` : ''}`;
}

/** Writes `count` files into `dir` and returns their paths. */
export function generateGemeenten(count, dir) {
  const template = readFileSync(join(root, 'examples/voorbeeldstad.yaml'), 'utf8');
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (let index = 0; index < count; index += 1) {
    const name = gemeenteName(index);
    const code = `GM${String(index + 1).padStart(4, '0')}`;
    let text = template.replaceAll('Voorbeeldstad', name).replaceAll('GM9999', code);
    if (index % 3 === 2) {
      // A draft: an open point, an empty agreement and a placeholder, as real drafts have.
      text = text.replace(/status: vastgesteld/, 'status: concept').replace(/(\n {4}kwaliteit_veiligheidsbeoordeling:)[^\n]*(\n {6}[^\n]*)*/, '$1 TODO');
      text = text.replace(/(\n {2}g_jeugdhulp_op_indicatie:)[^\n]*(\n {4}[^\n]*)*/, '$1');
    }
    const path = join(dir, `${code.toLowerCase()}-${name.toLowerCase().replaceAll(' ', '-')}.yaml`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count = '342', dir = '.bench/gemeenten'] = process.argv.slice(2);
  console.log(`${generateGemeenten(Number(count), dir).length} bestanden geschreven in ${dir}`);
}
