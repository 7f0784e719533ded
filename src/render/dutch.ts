import type { Partner } from '../core/model/types.js';

const FREQUENTIES: Record<string, string> = {
  jaarlijks: 'jaarlijks',
  halfjaarlijks: 'elk half jaar',
  tweejaarlijks: 'eens in de twee jaar',
  per_kwartaal: 'elk kwartaal',
};

export function dutchFrequentie(value: string | null): string | null {
  return value === null ? null : (FREQUENTIES[value] ?? value);
}

/**
 * The nouns an organisation's name can start with, and their article: "de Raad voor de
 * Kinderbescherming", "het Sociaal Wijkteam", "de William Schrikker Stichting". A name that is a
 * name only ("Veilig Thuis Waterland-Zuid", "Jeugdbescherming Randstad") takes none.
 */
const LIDWOORDEN: Record<string, 'de' | 'het'> = {
  raad: 'de',
  stichting: 'de',
  gemeente: 'de',
  ggd: 'de',
  dienst: 'de',
  afdeling: 'de',
  vereniging: 'de',
  coöperatie: 'de',
  organisatie: 'de',
  instelling: 'de',
  team: 'het',
  wijkteam: 'het',
  jeugdteam: 'het',
  buurtteam: 'het',
  gebiedsteam: 'het',
  centrum: 'het',
  leger: 'het',
  loket: 'het',
};
/** Words that start a name used without an article ("Veilig Thuis Team Noord" stays as it is). */
const ZONDER_LIDWOORD = new Set(['veilig', 'jeugdbescherming', 'jeugdreclassering']);

/**
 * An organisation's name as it stands in a sentence: with "de" or "het" where Dutch puts one
 * ("tussen het Sociaal Wijkteam Voorbeeldstad en de Raad voor de Kinderbescherming"): the first
 * of its first three words that is a noun of the list decides ("Sociaal Wijkteam", "William
 * Schrikker Stichting"); a name that starts as a name of its own takes none.
 */
export function metLidwoord(naam: string): string {
  const words = naam
    .split(/[\s,]+/)
    .slice(0, 3)
    .map((w) => w.toLocaleLowerCase('nl'));
  if (words[0] === 'de' || words[0] === 'het' || words[0] === "'t") return naam;
  for (const word of words) {
    if (ZONDER_LIDWOORD.has(word)) return naam;
    const lidwoord = LIDWOORDEN[word];
    if (lidwoord) return `${lidwoord} ${naam}`;
  }
  return naam;
}

/** A partner as a sentence names it: its name with the article Dutch puts before it, else its role ("de Raad voor de Kinderbescherming"). */
export function partnerInZin(partner: Pick<Partner, 'key' | 'naam'>): string {
  if (partner.naam) return metLidwoord(partner.naam);
  if (partner.key === 'lokaal_team') return 'het lokaal team';
  if (partner.key === 'veilig_thuis') return 'Veilig Thuis';
  if (partner.key === 'rvdk') return 'de Raad voor de Kinderbescherming';
  if (partner.key.startsWith('partner.')) return 'de partner';
  return 'de gecertificeerde instelling';
}
