import type { FileCheck } from '../../core/check.js';
import type { BaseFiles } from '../base-files.js';

export interface SourceToCheck {
  file: string;
  bytes: Uint8Array;
}

/**
 * Checks all sources in this one thread. Worker threads were measured (ci branch): about 5% on
 * two cores, because YAML parsing is what costs; parsing clean files without positions
 * (core/load/fast-parse.ts) gained far more, so the threads went.
 */
export async function checkSources(sources: readonly SourceToCheck[], today: string, baseFiles: BaseFiles): Promise<FileCheck[]> {
  const { checkSource } = await import('../../core/check.js');
  return sources.map((source) => checkSource(source.file, source.bytes, { today, ...baseFiles(source.file) }));
}
