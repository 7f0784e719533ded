/** How many `..` a relative path starts with: how far above its starting directory it reaches. */
export function levelsUp(relative: string): number {
  let count = 0;
  for (const segment of relative.split('/')) {
    if (segment !== '..') break;
    count += 1;
  }
  return count;
}
