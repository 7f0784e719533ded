import { isIsoDate } from './dates.js';

/** Dates as people write them in Dutch, read back to the one form an agreements file uses. */
const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** "1 maart 2025", "01-03-2025", "1/3/2025", "2025-3-1" → "2025-03-01"; undefined when it is not one certain day. */
export function dutchDateToIso(written: string): string | undefined {
  const value = written.trim().toLowerCase();
  let parts: [number, number, number] | undefined;
  const named = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(value);
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(value);
  if (named && MONTHS[named[2]!]) parts = [Number(named[3]), MONTHS[named[2]!]!, Number(named[1])];
  else if (dayFirst) parts = [Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1])];
  else if (yearFirst) parts = [Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])];
  if (!parts) return undefined;
  const iso = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
