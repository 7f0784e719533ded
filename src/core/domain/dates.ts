/** Calendar dates as the agreements write them (YYYY-MM-DD, no time, no time zone) and as a Dutch reader reads them. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(iso: string): [year: number, month: number, day: number] | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? [year, month, day] : null;
}

/** YYYY-MM-DD of a day that exists: 2024-02-29 is one, 2023-02-29 and 2024-13-45 are not. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parts(value) !== null;
}

/** "2027-03-01" → "1 maart 2027"; anything that is not an existing date is returned as written. */
export function dutchDate(value: string): string;
export function dutchDate(value: string | null): string | null;
export function dutchDate(value: string | null): string | null {
  if (value === null) return null;
  const date = parts(value);
  if (!date) return value;
  const [year, month, day] = date;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

function numbers(iso: string): [year: number, month: number, day: number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2025-08-31 plus 6 months is 2026-02-28: the day is kept where the month has it. Expects an existing date. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = numbers(iso);
  const index = year * 12 + (month - 1) + months;
  const [newYear, newMonth] = [Math.floor(index / 12), (index % 12) + 1];
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole months from `from` to `to` (both existing dates, `from` first), and whether days are left over. */
export function monthsBetween(from: string, to: string): { months: number; daysLeft: boolean } {
  const [[fromYear, fromMonth], [toYear, toMonth]] = [numbers(from), numbers(to)];
  let months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  if (addMonths(from, months) > to) months -= 1;
  return { months, daysLeft: addMonths(from, months) < to };
}
