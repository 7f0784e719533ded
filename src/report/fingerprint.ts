import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';

/**
 * A fingerprint that survives unrelated edits: the file, the rule and the place in the data
 * (`afspraken.c_taakverdeling`), not the line number. Findings without a data path (YAML syntax)
 * fall back to their line. Identical keys within one file are numbered in order.
 */
export function fingerprints(file: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const where = finding.path.length > 0 ? finding.path.join('.') : `regel ${finding.line}`;
    const key = `${file}\u0000${finding.rule}\u0000${where}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}
