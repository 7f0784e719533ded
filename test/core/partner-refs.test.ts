import { describe, expect, it } from 'vitest';
import { refCovers } from '../../src/core/domain/partner-refs.js';

describe('refCovers: which partner a reference names (rules, per-partner documents and the instruments table agree)', () => {
  it('a fixed partner only by its own key', () => {
    expect(refCovers('veilig_thuis', 'veilig_thuis')).toBe(true);
    expect(refCovers('veilig_thuis', 'rvdk')).toBe(false);
    expect(refCovers('lokaal_team', 'gi.jbt')).toBe(false);
  });

  it('plain gi names every GI, gi.<id> only that one', () => {
    expect(refCovers('gi', 'gi.jbt')).toBe(true);
    expect(refCovers('gi.jbt', 'gi.jbt')).toBe(true);
    expect(refCovers('gi.jbt', 'gi.wsg')).toBe(false);
    expect(refCovers('gi', 'veilig_thuis')).toBe(false);
  });
});
