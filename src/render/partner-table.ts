import { ONDERDELEN, type Onderdeel } from '../findings.js';
import { ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import { PARTNER_ROUTES, RELATIONS, type Relation } from '../core/domain/partner-coverage.js';

const KOLOMMEN: Record<Relation, string> = { veilig_thuis: 'Veilig Thuis', rvdk: 'Raad (RvdK)', gi: 'Elke GI', partner: 'Verdere partner met eigen document' };
// Onderdeel a is split per partner of §6c: a further partner gets only what names it there.
const DEEL: Record<Relation, string> = { veilig_thuis: 'het deel over Veilig Thuis', rvdk: 'het deel over de Raad', gi: "het deel over de GI's", partner: '†' };
const H: Record<Relation, string> = {
  veilig_thuis: 'kolommen lokaal team en Veilig Thuis',
  rvdk: 'kolommen lokaal team en Raad',
  gi: 'kolommen lokaal team en die GI',
  partner: 'kolommen lokaal team en die partner',
};

/** The cell of an onderdeel in a partner's column: how much of it that partner's document gets. */
function cell(onderdeel: Onderdeel, relation: Relation): string {
  const route = PARTNER_ROUTES[onderdeel];
  if (onderdeel === 'h') return H[relation];
  if (onderdeel === 'i') return 'hele ladder; bij acute onveiligheid *';
  if (route.perOnderwerp) return DEEL[relation];
  if (route.naar === 'alle') return '✓ *';
  return route.naar.includes(relation) ? '✓' : '†';
}

function dekking(onderdeel: Onderdeel): string {
  const route = PARTNER_ROUTES[onderdeel];
  if (route.dekking === 'fout') return 'fout (`partner-niet-gedekt`)';
  if (route.dekking === 'waarschuwing') return 'waarschuwing (`partner-niet-gedekt-en-of`)';
  return '';
}

/**
 * The README table "Welk onderdeel in welk partnerdocument", written from PARTNER_ROUTES
 * (scripts/readme-partners.mjs; a test keeps the README equal to it).
 */
export function partnerTableMarkdown(): string {
  const rows = ONDERDELEN.filter((o) => !o.startsWith('voorwaarde.')).map((o) => {
    const label = `${o.includes('.') ? o : `${o}.`} ${ONDERDEEL_INFO[o].titel}`;
    return `| ${label} | ${RELATIONS.map((r) => cell(o, r)).join(' | ')} | ${dekking(o)} |`;
  });
  return [
    `| Onderdeel | ${RELATIONS.map((r) => KOLOMMEN[r]).join(' | ')} | Als een afspraak voor een partner ontbreekt |`,
    `|---|${RELATIONS.map(() => '---').join('|')}|---|`,
    ...rows,
    `| Evaluatie en looptijd | ${RELATIONS.map(() => '✓').join(' | ')} | |`,
  ].join('\n');
}
