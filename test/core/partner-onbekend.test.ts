import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';

const check = (yaml: string) => checkSource('afspraken.yaml', Buffer.from(yaml), { today: '2026-11-23' }).findings;

describe('partner references', () => {
  it('a missing partner is one partner-ontbreekt finding, not one per mention', () => {
    const findings = check(`schema_versie: 1
gemeente: { naam: Toetsdorp }
partners:
  veilig_thuis: { naam: VT }
afspraken:
  c_taakverdeling:
    veiligheidsplannen: { afspraak: Het wijkteam maakt het plan., verantwoordelijk: lokaal_team }
    informeren_betrokkenen: { afspraak: Het wijkteam informeert., verantwoordelijk: [lokaal_team, gi] }
`);
    expect(findings.filter((f) => f.rule === 'partner-onbekend')).toEqual([]);
    const missing = findings.filter((f) => f.rule === 'partner-ontbreekt').map((f) => f.message);
    expect(missing.some((m) => m.includes('lokaal team'))).toBe(true);
    expect(missing.some((m) => m.includes('GI'))).toBe(true);
  });

  it('a GI id that does not exist is reported where it is used, naming the known ids', () => {
    const findings = check(`schema_versie: 1
partners:
  gi: [{ id: jbrv, naam: Jeugdbescherming }]
afspraken:
  g_jeugdhulp_op_indicatie: { afspraak: De GI bepaalt., verantwoordelijk: gi.jbvr }
`).filter((f) => f.rule === 'partner-onbekend');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 5, onderdeel: 'voorwaarde.aansluiting' });
    expect(findings[0]!.message).toContain('gi.jbrv');
  });
});
