import { describe, expect, it } from 'vitest';
import { addMonths, dutchDate, isIsoDate, monthsBetween } from '../../src/core/domain/dates.js';

// The edges of each date check, where a file can be wrong in a way dates.test.ts does not show.

describe('isIsoDate at the edges of month and day', () => {
  it('refuses month 13 even with a day every month has, and day 32', () => {
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-01-32')).toBe(false);
    expect(isIsoDate('2026-12-01')).toBe(true);
    expect(isIsoDate('2026-01-01')).toBe(true);
  });

  it('knows the length of each month', () => {
    const last = ['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];
    last.forEach((day, index) => {
      const month = String(index + 1).padStart(2, '0');
      expect(isIsoDate(`2026-${month}-${day}`), `${month}-${day}`).toBe(true);
      expect(isIsoDate(`2026-${month}-${Number(day) + 1}`), `${month}-${Number(day) + 1}`).toBe(false);
    });
  });

  it('refuses a list holding a date (YAML `datum: [2026-01-05]`), although it prints as one', () => {
    expect(String(['2026-01-05'])).toBe('2026-01-05');
    expect(isIsoDate(['2026-01-05'])).toBe(false);
  });
});

describe('dutchDate', () => {
  it('names every month', () => {
    const names = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    names.forEach((name, index) => expect(dutchDate(`2026-${String(index + 1).padStart(2, '0')}-09`)).toBe(`9 ${name} 2026`));
  });
});

describe('addMonths and monthsBetween', () => {
  it('writes a year below 1000 with four digits, as ISO does', () => {
    expect(addMonths('0999-12-15', 1)).toBe('1000-01-15');
    expect(addMonths('0500-01-31', 1)).toBe('0500-02-28');
  });

  it('crosses a year boundary backwards and forwards', () => {
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('counts a month that ends on the same day number as whole, one day short as not', () => {
    expect(monthsBetween('2026-03-10', '2026-04-10')).toEqual({ months: 1, daysLeft: false });
    expect(monthsBetween('2026-03-10', '2026-04-09')).toEqual({ months: 0, daysLeft: true });
    expect(monthsBetween('2026-03-10', '2026-03-10')).toEqual({ months: 0, daysLeft: false });
  });
});
