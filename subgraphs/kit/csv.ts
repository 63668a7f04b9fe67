/**
 * Reads CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) into
 * rows of fields. Returns the rows, or where the text stops being CSV.
 */
export function parseCsv(text: string): { rows: string[][] } | { error: string; line: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a spreadsheet's byte order mark
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field.length > 0) return { error: "a quote inside an unquoted field", line };
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += c;
  }
  if (quoted) return { error: "a quoted field is never closed", line };
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows: rows.filter((r) => !(r.length === 1 && r[0] === "")) };
}

/** A plain decimal number as a person writes one: no hex (`0x10`), binary, octal or exponents. */
export const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Text that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage
 * return) is kept with a leading apostrophe, so exporting it can never run it (OWASP's advice).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
