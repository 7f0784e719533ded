/**
 * The last part of a path, after the last `/` or `\`: a path may be typed with either, and a folder
 * name may hold any character, a line break too (which a `.*` regex would not cross).
 */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
