import { subgraphUrl } from "../common/env.js";
import { signingSecretFromEnv } from "../common/signing.js";
import { Owners } from "./kit/owners.js";

/**
 * Every subgraph as a service: its name and default port. Nothing here loads a subgraph's code,
 * so whoever needs only where subgraphs are (a subgraph asking an owner, a script) loads none.
 */
export const SERVICES = {
  partners: { name: "partners", defaultPort: 4001, portVariable: "PARTNERS_PORT" },
  pathways: { name: "pathways", defaultPort: 4002, portVariable: "PATHWAYS_PORT" },
  "lived-experience": {
    name: "lived-experience",
    defaultPort: 4003,
    portVariable: "LIVED_EXPERIENCE_PORT",
  },
  workforce: { name: "workforce", defaultPort: 4004, portVariable: "WORKFORCE_PORT" },
} as const;
export type ServiceName = keyof typeof SERVICES;

/**
 * How a subgraph process (or a script writing to its database) asks the owners of the keys it
 * stores: each found at `<NAME>_URL` or `<NAME>_PORT`, as the gateway finds them, and signed
 * with the shared secret.
 */
export function ownersFromEnv(self: ServiceName, env: NodeJS.ProcessEnv = process.env): Owners {
  return new Owners({
    self,
    secret: signingSecretFromEnv(env),
    urlOf: (owner) =>
      owner in SERVICES
        ? subgraphUrl(env, owner, SERVICES[owner as ServiceName].defaultPort)
        : undefined,
  });
}
