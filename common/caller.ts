/** Who is asking, as the gateway authenticated it and signed it to the subgraphs. */
export interface Caller {
  subject: string | null;
  client: string | null;
  scopes: readonly string[];
}

export const ANONYMOUS: Caller = Object.freeze({ subject: null, client: null, scopes: [] });
