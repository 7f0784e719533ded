import { extname } from 'node:path';

export const OVERZICHT_FORMATS = ['docx', 'xlsx', 'markdown', 'csv'] as const;
export type OverzichtFormat = (typeof OVERZICHT_FORMATS)[number];

/** The file name extensions that name a format; the first of each is the one to suggest. */
const EXTENSIONS: Record<OverzichtFormat, readonly string[]> = { docx: ['.docx'], xlsx: ['.xlsx'], markdown: ['.md', '.markdown'], csv: ['.csv'] };
const BY_EXTENSION = new Map(OVERZICHT_FORMATS.flatMap((format) => EXTENSIONS[format].map((ext) => [ext, format] as const)));
const KNOWN = '.docx (Word), .xlsx (Excel), .csv of .md (Markdown)';
const NAME: Record<OverzichtFormat, string> = { docx: 'Word (docx)', xlsx: 'Excel (xlsx)', markdown: 'Markdown', csv: 'CSV' };

/**
 * Which format an overview is written in: the one the --out file's extension names, or --format.
 * Never one that contradicts the file name (Markdown in a file called .xlsx); a Dutch reason otherwise.
 */
export function overzichtFormat(given: OverzichtFormat | undefined, out: string | undefined): { format: OverzichtFormat } | { problem: string } {
  if (out === undefined) {
    const format = given ?? 'markdown';
    if (format === 'docx' || format === 'xlsx') {
      const name = format === 'docx' ? 'Een Word-document' : 'Een Excel-werkmap';
      return {
        problem: `${name} kan niet op het scherm worden getoond. Geef een bestandsnaam met --out, bijvoorbeeld: swa overzicht regio/*.yaml --out overzicht${EXTENSIONS[format][0]}`,
      };
    }
    return { format };
  }
  const extension = extname(out).toLowerCase();
  const named = BY_EXTENSION.get(extension);
  if (given !== undefined) {
    if (named !== undefined && named !== given) {
      return {
        problem: `--format ${given} past niet bij de bestandsnaam ${out}: die naam is voor ${NAME[named]}. Laat --format weg (het formaat volgt de extensie), of geef een naam op ${EXTENSIONS[given][0]}.`,
      };
    }
    return { format: given };
  }
  if (named === undefined) {
    return {
      problem: `Bij ${out} weet swa niet welk formaat u wilt: ${extension ? `de extensie ${extension} is onbekend` : 'er staat geen extensie'}. Kies een naam op ${KNOWN}, of geef het formaat met --format.`,
    };
  }
  return { format: named };
}
