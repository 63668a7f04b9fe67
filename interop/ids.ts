import { v5 as uuidv5 } from "uuid";

/**
 * The namespace of every UUID the standards' interfaces give: UUID v5 of this URL (RFC 9562),
 * so an id is the same on every run and every machine, and names one record forever.
 */
export const NAMESPACE = uuidv5("https://github.com/partnership-web/interop", uuidv5.URL);

/** A stable UUID for one of our records: its kind and our own id ("pathway", "eput"). */
export function stableUuid(kind: string, id: string): string {
  return uuidv5(`${kind}:${id}`, NAMESPACE);
}
