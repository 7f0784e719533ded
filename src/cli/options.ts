import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../core/domain/dates.js';
import type { FailOn } from '../core/run.js';

export function parseDatum(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Gebruik een bestaande datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-01.');
  return value;
}

export function parseFailOn(value: string): FailOn {
  if (value === 'fout' || value === 'waarschuwing' || value === 'info' || value === 'nooit') return value;
  throw new InvalidArgumentError('Kies uit: fout, waarschuwing, info, nooit.');
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Gebruik een geheel getal van 0 of meer.');
  return Number(value);
}

/** A path for a file: not empty, and a name rather than `-` (which already means standard input). */
export function parseFilePath(value: string): string {
  if (value.trim() === '' || value === '-') throw new InvalidArgumentError('Geef het pad van het bestand, bijvoorbeeld gemeenten/middenwaard.yaml.');
  if (value.includes('\0')) throw new InvalidArgumentError('Een pad kan geen nul-teken bevatten.');
  return value;
}

/** Today in the machine's own time zone: a beleidsmedewerker's "vandaag". */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** --kernen: how many threads render may use, 1 or more. */
export function parseKernen(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value.trim())) throw new InvalidArgumentError('Gebruik een geheel getal van 1 of meer, bijvoorbeeld 2.');
  return Number(value);
}
