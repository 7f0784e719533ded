/**
 * What went wrong with a file, in Dutch, as the rest of a sentence about it: "Het basisbestand
 * regio.yaml bestaat niet". One wording for every place that reads or writes a file, by the code
 * of the Node error (ENOTFILE and EOUTSIDE are swa's own: a device or pipe, a path that leaves the
 * repository). The core never touches the file system; this is only the wording.
 */
const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'bestaat niet',
  ENOTDIR: 'bestaat niet: een deel van het pad is een bestand, geen map',
  EISDIR: 'is een map, geen bestand',
  ENOTFILE: 'is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat)',
  EACCES: 'mag niet gelezen worden (geen rechten)',
  EPERM: 'mag niet gelezen worden (geen rechten)',
  ELOOP: 'is een kring van snelkoppelingen',
  EFBIG: 'is te groot voor een afsprakenbestand',
  ENAMETOOLONG: 'heeft een te lange naam',
  EMFILE: 'kan nu niet geopend worden: er staan te veel bestanden tegelijk open',
};

export function readProblem(code: string | undefined): string {
  return READ_PROBLEMS[code ?? ''] ?? `kan niet gelezen worden (${code || 'onbekende oorzaak'})`;
}

/** Why a file could not be written, as a short clause: "… niet geschreven (de schijf is vol)". */
const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'geen schrijfrechten',
  EPERM: 'geen schrijfrechten',
  EROFS: 'de schijf is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  ENOTDIR: 'een deel van het pad is een bestand, geen map',
  EISDIR: 'het is een map',
  ENOENT: 'de map bestaat niet',
};

export function writeProblem(code: string | undefined): string {
  return WRITE_PROBLEMS[code ?? ''] ?? code ?? 'onbekende oorzaak';
}

/** The code of a Node-style error, or undefined for anything else that was thrown. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
