import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

export const COMPLETE = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8');
export const DRAFT = readFileSync(join(ROOT, 'examples/concept-middenwaard.yaml'), 'utf8');
export const DATUM = ['--datum', '2026-11-23'];

/** A fresh temporary directory, optionally with the example region repository copied in. */
export function workspace(withRegio = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'swa-ci-'));
  if (withRegio) cpSync(join(ROOT, 'test/fixtures/ci/regio'), dir, { recursive: true });
  return dir;
}
