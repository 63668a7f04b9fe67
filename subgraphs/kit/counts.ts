/** Turns `GROUP BY` rows into one count per value, listing every value, zeros included. */
export function withZeros<V extends string>(
  values: readonly V[],
  rows: readonly { value: string; count: number }[],
): { value: V; count: number }[] {
  const counts = new Map(rows.map((row) => [row.value, row.count]));
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}
