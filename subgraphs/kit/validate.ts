import type { InputProblems } from "./errors.js";

/** Trims a required piece of text and checks its length; returns the trimmed text. */
export function requiredText(
  problems: InputProblems,
  field: string,
  value: string,
  maxLength: number,
): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) problems.add(field, "must not be empty");
  else if (trimmed.length > maxLength)
    problems.add(field, `must be at most ${maxLength} characters`);
  return trimmed;
}

/** Like requiredText, but null/undefined stay absent and an empty string clears the value. */
export function optionalText(
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
  maxLength: number,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  if (trimmed.length > maxLength) problems.add(field, `must be at most ${maxLength} characters`);
  return trimmed.length === 0 ? null : trimmed;
}

export function httpUrl(problems: InputProblems, field: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.add(field, "must be an absolute http(s) URL");
    return;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    problems.add(field, "must be an http(s) URL");
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable identifiers are lower-case words joined by hyphens, e.g. "essex-county-council". */
export function slugId(problems: InputProblems, field: string, value: string): void {
  if (value.length > 80 || !SLUG.test(value)) {
    problems.add(field, "must be lower-case letters and digits joined by single hyphens (max 80)");
  }
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export function dateOrder(
  problems: InputProblems,
  field: string,
  start: string | null | undefined,
  end: string | null | undefined,
): void {
  if (start && end && end < start)
    problems.add(field, `must not be before the start date ${start}`);
}

/**
 * The id of a new record: the one given, or a slug of its name. Checked either way, and the
 * problem is put on the field it came from.
 */
export function newId(
  problems: InputProblems,
  given: string | null | undefined,
  nameField: string,
  name: string,
): string {
  const id = given?.trim() || slugify(name);
  slugId(problems, given ? "input.id" : nameField, id);
  return id;
}
