/** The benchmark's operations: every bench/operations/*.graphql, with the subgraph it stays in. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Operation {
  name: string;
  /** Set for an operation one subgraph answers alone: it is also sent to that subgraph directly. */
  subgraph: string | null;
  body: string;
}

const DIR = fileURLToPath(new URL("./operations/", import.meta.url));

export function operations(): Operation[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const query = readFileSync(DIR + file, "utf8");
      return {
        name: file.replace(/\.graphql$/, ""),
        subgraph: /^# subgraph: (\S+)$/m.exec(query)?.[1] ?? null,
        body: JSON.stringify({ query }),
      };
    });
}
