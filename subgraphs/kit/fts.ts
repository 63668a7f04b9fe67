import { badUserInput } from "./errors.js";

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

export const MAX_SEARCH_LENGTH = 200;

/** A client's search text, trimmed (null when blank); refused when longer than anyone types. */
export function searchText(
  value: string | null | undefined,
  field = "filter.search",
): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput([{ field, message: `must be at most ${MAX_SEARCH_LENGTH} characters` }]);
  }
  return text;
}
