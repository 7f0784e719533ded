import type { Finding, Severity } from '../../findings.js';

/**
 * At most this many findings are reported per file. A real agreements file has a few dozen; a
 * file with thousands is generated or broken, and reporting every one only makes reports huge (a
 * 1 MB input once gave a 136 MB JSON report) and slow. What is left out is counted in one closing
 * finding, so the reader knows the list is not complete.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

export const TOO_MANY_RULE = 'te-veel-meldingen';

/**
 * The first MAX_FINDINGS_PER_FILE findings, then one `te-veel-meldingen` finding for the rest. It
 * carries the highest severity among the findings left out, so the exit code and `--fail-on` come
 * out the same as with the full list. Findings must already be in report order.
 */
export function capFindings(findings: Finding[], max: number = MAX_FINDINGS_PER_FILE): Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max);
  const left = findings.slice(max);
  const counts: Record<Severity, number> = { fout: 0, waarschuwing: 0, info: 0 };
  for (const finding of left) counts[finding.severity] += 1;
  const severity: Severity = counts.fout > 0 ? 'fout' : counts.waarschuwing > 0 ? 'waarschuwing' : 'info';
  const first = left[0]!;
  const parts = [
    counts.fout > 0 ? `${counts.fout} ${counts.fout === 1 ? 'fout' : 'fouten'}` : '',
    counts.waarschuwing > 0 ? `${counts.waarschuwing} ${counts.waarschuwing === 1 ? 'waarschuwing' : 'waarschuwingen'}` : '',
    counts.info > 0 ? `${counts.info} info` : '',
  ].filter(Boolean);
  kept.push({
    rule: TOO_MANY_RULE,
    severity,
    onderdeel: null,
    file: first.file,
    line: first.line,
    column: first.column,
    path: [],
    message: `Er zijn nog ${left.length} meldingen weggelaten (${parts.join(', ')}), vanaf hier: swa toont er hooguit ${max} per bestand. Los de meldingen hierboven op en controleer opnieuw.`,
  });
  return kept;
}
