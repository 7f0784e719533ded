const FREQUENTIES: Record<string, string> = {
  jaarlijks: 'jaarlijks',
  halfjaarlijks: 'elk half jaar',
  tweejaarlijks: 'eens in de twee jaar',
  per_kwartaal: 'elk kwartaal',
};

export function dutchFrequentie(value: string | null): string | null {
  return value === null ? null : (FREQUENTIES[value] ?? value);
}
