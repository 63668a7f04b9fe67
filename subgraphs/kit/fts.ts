/**
 * Turns what a person types into an FTS5 MATCH expression that cannot be a syntax error: each
 * word becomes a quoted prefix term, so `mental heal` matches "Mental Health" and operators or
 * quotes typed by a client are treated as text. Returns null when nothing searchable is left.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(" ");
}
