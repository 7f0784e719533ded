import { describe, expect, it } from 'vitest';
import { onderdeelStatuses } from '../../src/core/status.js';
import type { Finding, Onderdeel, Severity } from '../../src/findings.js';

// The status per onderdeel is what `swa check`, the overzicht of a region and the summary show:
// `ontbreekt` (nothing real agreed), `onvolledig` (something agreed, a fout or waarschuwing left)
// or `compleet`. These tests pin each way to each status, one onderdeel at a time.

const AFSPRAAK = 'Het lokaal team neemt binnen vijf werkdagen contact op met de Raad.';

function finding(onderdeel: Onderdeel | null, severity: Severity, rule = 'iets-anders'): Finding {
  return { rule, severity, onderdeel, message: 'm', path: [], file: 'g.yaml', line: 1, column: 1 };
}

const status = (data: unknown, onderdeel: Onderdeel, findings: Finding[] = []) => onderdeelStatuses(data, findings)[onderdeel];

describe('an onderdeel with required afspraken (e)', () => {
  const agreed = { afspraken: { e_nieuwe_zorgen_na_ots: [AFSPRAAK] } };

  it('is ontbreekt without an afspraak, with only placeholders, and compleet with a real one', () => {
    expect(status({}, 'e')).toBe('ontbreekt');
    expect(status({ afspraken: { e_nieuwe_zorgen_na_ots: ['TODO', ''] } }, 'e')).toBe('ontbreekt');
    expect(status(agreed, 'e')).toBe('compleet');
    expect(status({ afspraken: { e_nieuwe_zorgen_na_ots: ['TODO', AFSPRAAK] } }, 'e')).toBe('compleet');
  });

  it('is onvolledig when an afspraak is there but a fout or waarschuwing of that onderdeel remains', () => {
    expect(status(agreed, 'e', [finding('e', 'waarschuwing')])).toBe('onvolledig');
    expect(status(agreed, 'e', [finding('e', 'fout')])).toBe('onvolledig');
  });

  it('stays compleet with only info, or with findings of another onderdeel or of none', () => {
    expect(status(agreed, 'e', [finding('e', 'info')])).toBe('compleet');
    expect(status(agreed, 'e', [finding('f', 'fout'), finding(null, 'fout')])).toBe('compleet');
  });

  it('is ontbreekt when a rule says the onderdeel is missing, even with text in the file', () => {
    expect(status(agreed, 'e', [finding('e', 'fout', 'onderdeel-ontbreekt')])).toBe('ontbreekt');
    expect(status(agreed, 'e', [finding('f', 'fout', 'onderdeel-ontbreekt')])).toBe('compleet');
  });
});

describe('voorwaarde.aansluiting: missing when no partner is named', () => {
  it('is ontbreekt without partners, or with every partner empty', () => {
    expect(status({}, 'voorwaarde.aansluiting')).toBe('ontbreekt');
    expect(status({ partners: 'Veilig Thuis' }, 'voorwaarde.aansluiting')).toBe('ontbreekt');
    expect(status({ partners: { lokaal_team: null, gi: [] } }, 'voorwaarde.aansluiting')).toBe('ontbreekt');
  });

  it('is not ontbreekt as soon as one partner is there, a GI in the list included', () => {
    expect(status({ partners: { lokaal_team: null, veilig_thuis: { naam: 'Veilig Thuis Toetsregio' } } }, 'voorwaarde.aansluiting')).toBe('compleet');
    expect(status({ partners: { gi: [{ id: 'jbt', naam: 'Jeugdbescherming Toets' }] } }, 'voorwaarde.aansluiting')).toBe('compleet');
    expect(status({ partners: { rvdk: { naam: 'Raad' } } }, 'voorwaarde.aansluiting', [finding('voorwaarde.aansluiting', 'waarschuwing')])).toBe('onvolledig');
  });
});

describe('voorwaarde.evaluatie: missing when neither a frequency nor a next date is there', () => {
  it('is ontbreekt without evaluatie, or with both empty', () => {
    expect(status({}, 'voorwaarde.evaluatie')).toBe('ontbreekt');
    expect(status({ evaluatie: { wie: 'de regio' } }, 'voorwaarde.evaluatie')).toBe('ontbreekt');
    expect(status({ evaluatie: [] }, 'voorwaarde.evaluatie')).toBe('ontbreekt');
  });

  it('either one is enough', () => {
    expect(status({ evaluatie: { frequentie: 'jaarlijks' } }, 'voorwaarde.evaluatie')).toBe('compleet');
    expect(status({ evaluatie: { volgende: '2027-06-01' } }, 'voorwaarde.evaluatie')).toBe('compleet');
  });
});

describe('an onderdeel without required afspraken or voorwaarde check (h)', () => {
  it('is compleet unless a finding says otherwise', () => {
    expect(status({}, 'h')).toBe('compleet');
    expect(status({}, 'h', [finding('h', 'fout', 'instrumenten-ontbreken')])).toBe('ontbreekt');
    expect(status({}, 'h', [finding('h', 'waarschuwing')])).toBe('onvolledig');
  });
});
