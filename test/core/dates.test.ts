import { describe, expect, it } from 'vitest';
import { addMonths, dutchDate, isIsoDate, monthsBetween } from '../../src/core/domain/dates.js';

describe('isIsoDate', () => {
  it('accepts a day that exists, leap days included', () => {
    for (const date of ['2026-11-23', '2024-02-29', '2000-02-29', '2026-12-31']) expect(isIsoDate(date), date).toBe(true);
  });

  it('refuses a day that does not exist, another form, or no text', () => {
    for (const value of [
      '2024-13-45',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '1-3-2026',
      ' 2026-01-05',
      '',
      null,
      20260105,
    ]) {
      expect(isIsoDate(value), String(value)).toBe(false);
    }
  });
});

describe('dutchDate', () => {
  it('writes a date as a Dutch reader does', () => {
    expect(dutchDate('2027-03-01')).toBe('1 maart 2027');
    expect(dutchDate('2026-11-23')).toBe('23 november 2026');
  });

  it('leaves anything that is not an existing date as written, and null as null', () => {
    expect(dutchDate('2024-13-45')).toBe('2024-13-45');
    expect(dutchDate('na de zomer')).toBe('na de zomer');
    expect(dutchDate(null)).toBeNull();
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2025-11-01', 15)).toBe('2027-02-01');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});

describe('monthsBetween', () => {
  it('counts whole months and says whether days are left over', () => {
    expect(monthsBetween('2025-01-15', '2026-05-15')).toEqual({ months: 16, daysLeft: false });
    expect(monthsBetween('2025-01-15', '2026-05-20')).toEqual({ months: 16, daysLeft: true });
    expect(monthsBetween('2025-01-31', '2025-02-28')).toEqual({ months: 1, daysLeft: false });
    expect(monthsBetween('2025-01-20', '2025-02-10')).toEqual({ months: 0, daysLeft: true });
  });
});
