import { and, eq, ne } from "drizzle-orm";
import { type InputProblems, notFound } from "../../kit/errors.js";
import { optionalText, httpUrl } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PartnersDb } from "../loaders.js";
import type { IdentifierInput } from "./partner.inputs.js";

const SCHEME = /^[A-Z][A-Z0-9_]{1,19}$/;
/** ODS organisation codes are three to six capitals and digits, e.g. R1L, QH8, RAJ. */
const ODS_CODE = /^[A-Z0-9]{3,6}$/;

export const LIMITS = {
  name: 200,
  description: 2000,
  website: 500,
  role: 100,
  identifier: 64,
} as const;

/** Checks identifiers and returns them normalised; `partnerId` is the partner they will belong to. */
export function checkIdentifiers(
  db: PartnersDb,
  problems: InputProblems,
  field: string,
  identifiers: IdentifierInput[],
  partnerId: string,
): IdentifierInput[] {
  const seen = new Set<string>();
  return identifiers.map((identifier, i) => {
    const scheme = identifier.scheme.trim().toUpperCase();
    const value =
      scheme === "ODS" ? identifier.value.trim().toUpperCase() : identifier.value.trim();
    const at = `${field}[${i}]`;
    if (!SCHEME.test(scheme))
      problems.add(`${at}.scheme`, "must be 2-20 capitals, digits or underscores, e.g. ODS");
    if (seen.has(scheme)) problems.add(`${at}.scheme`, `${scheme} is given more than once`);
    seen.add(scheme);
    if (scheme === "ODS" && !ODS_CODE.test(value)) {
      problems.add(`${at}.value`, "an ODS code is 3 to 6 capital letters and digits, e.g. R1L");
    } else if (value.length === 0 || value.length > LIMITS.identifier) {
      problems.add(`${at}.value`, `must be 1 to ${LIMITS.identifier} characters`);
    }
    const holder = db
      .select({ partnerId: t.partnerIdentifiers.partnerId })
      .from(t.partnerIdentifiers)
      .where(
        and(
          eq(t.partnerIdentifiers.scheme, scheme),
          eq(t.partnerIdentifiers.value, value),
          ne(t.partnerIdentifiers.partnerId, partnerId),
        ),
      )
      .get();
    if (holder)
      problems.add(
        `${at}.value`,
        `${scheme} ${value} already identifies partner "${holder.partnerId}"`,
      );
    return { scheme, value };
  });
}

export function checkWebsite(
  problems: InputProblems,
  field: string,
  website: string | null | undefined,
) {
  const value = optionalText(problems, field, website, LIMITS.website);
  if (value) httpUrl(problems, field, value);
  return value;
}

export function requirePartner(db: PartnersDb, id: string, field: string): t.PartnerRow {
  const row = db.select().from(t.partners).where(eq(t.partners.id, id)).get();
  if (!row) throw notFound("Partner", id, field);
  return row;
}
