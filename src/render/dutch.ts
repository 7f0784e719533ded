const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2025-03-01" → "1 maart 2025"; anything else is returned as written. */
export function dutchDate(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const month = MAANDEN[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

/** ["a", "b", "c"] → "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

const FREQUENTIES: Record<string, string> = {
  jaarlijks: 'jaarlijks',
  halfjaarlijks: 'elk half jaar',
  tweejaarlijks: 'eens in de twee jaar',
  per_kwartaal: 'elk kwartaal',
};

export function dutchFrequentie(value: string | null): string | null {
  return value === null ? null : (FREQUENTIES[value] ?? value);
}
