// The floor the render benchmark compares with: the docx library alone building a plain document
// of the same content (the same headings, paragraphs, list items and table cells, as text), with
// no templates, styles, footnotes, table of contents, normalising or seal.
//
//   node scripts/bench-docx-floor.mjs prepare <map met .yaml> <inhoud.json>   (not timed: uses swa to get the text)
//   node scripts/bench-docx-floor.mjs build <inhoud.json> <uitvoermap>        (timed by bench.mjs as a whole process)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, from, to] = process.argv.slice(2);

/** The text of a file's integral document, as swa's templates lay it out: [kind, …] entries. */
async function prepare(inputDir, output) {
  const { checkSource } = await import(join(root, 'dist/core/check.js'));
  const { buildModel } = await import(join(root, 'dist/core/model/build-model.js'));
  const { isConcept } = await import(join(root, 'dist/render/render-document.js'));
  const { buildDocumentView } = await import(join(root, 'dist/render/document-view.js'));
  const { loadTemplates } = await import(join(root, 'dist/render/load-templates.js'));
  const { compileTemplates } = await import(join(root, 'dist/render/template-set.js'));
  const { parseMarkup } = await import(join(root, 'dist/render/markup.js'));
  const templates = compileTemplates(await loadTemplates(null));
  const text = (content) => content.map((part) => ('text' in part ? part.text : '')).join('');
  const flatten = (blocks) =>
    blocks.flatMap((block) => {
      if (block.kind === 'heading') return [['h', block.level, text(block.content)]];
      if (block.kind === 'paragraph') return [['p', text(block.content)]];
      if (block.kind === 'list') return block.items.map((item) => ['p', text(item)]);
      if (block.kind === 'table')
        return [
          [
            't',
            block.rows.map((row) =>
              row.cells.map((cell) =>
                flatten(cell.blocks)
                  .map((b) => b.at(-1))
                  .join(' '),
              ),
            ),
          ],
        ];
      return [];
    });
  const documents = readdirSync(inputDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(inputDir, name);
      const check = checkSource(file, readFileSync(file), { today: '2026-11-23', readFile: (path) => readFileSync(path) });
      const model = buildModel(check.data);
      const view = buildDocumentView(model, { partner: null, concept: isConcept(check, model), findings: check.findings, file }, check.data);
      return { name: name.replace(/\.yaml$/, '.docx'), blocks: flatten(parseMarkup(templates.render('document', view))) };
    });
  writeFileSync(output, JSON.stringify(documents));
}

async function build(input, outputDir) {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
  const headings = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  mkdirSync(outputDir, { recursive: true });
  for (const { name, blocks } of JSON.parse(readFileSync(input, 'utf8'))) {
    const children = blocks.map(([kind, a, b]) => {
      if (kind === 'h') return new Paragraph({ heading: headings[a], text: b });
      if (kind === 'p') return new Paragraph({ text: a });
      return new Table({
        rows: a.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph({ text: cell })] })) })),
      });
    });
    const document = new Document({ creator: 'bench', title: name, sections: [{ children }] });
    writeFileSync(join(outputDir, name), await Packer.toBuffer(document));
  }
}

if (mode === 'prepare') await prepare(from, to);
else if (mode === 'build') await build(from, to);
else {
  console.error('gebruik: bench-docx-floor.mjs prepare <map> <inhoud.json> | build <inhoud.json> <uitvoermap>');
  process.exit(2);
}
