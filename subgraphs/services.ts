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
