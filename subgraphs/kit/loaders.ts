import DataLoader from "dataloader";

/**
 * A loader that fetches rows by key in one statement per batch and answers in key order
 * (null for a key with no row).
 */
export function loaderByKey<K, V>(
  fetch: (keys: readonly K[]) => V[],
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader for one-to-many: every row whose group key is among the keys, grouped in key order. */
export function loaderOfGroups<K, V>(
  fetch: (keys: readonly K[]) => V[],
  groupOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const row of fetch(keys)) {
      const key = groupOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Loads many keys through a loader and keeps the rows found, in key order; errors are rethrown. */
export async function loadAll<K, V>(
  loader: DataLoader<K, V | null>,
  keys: readonly K[],
): Promise<V[]> {
  const results = await loader.loadMany(keys);
  return results.flatMap((result) => {
    if (result instanceof Error) throw result;
    return result === null ? [] : [result];
  });
}

/**
 * A one-to-many loader for a field with arguments: keys are (arguments, key) pairs, and each
 * distinct set of arguments in a batch is one statement, so a list of N entities asking the same
 * question is still one statement.
 */
export function loaderOfGroupsWithArgs<A, K, V>(
  fetch: (args: A, keys: readonly K[]) => V[],
  groupOf: (row: V) => K,
): DataLoader<{ args: A; key: K }, V[], string> {
  return new DataLoader<{ args: A; key: K }, V[], string>(
    async (requests) => {
      const byArgs = new Map<string, { args: A; keys: K[] }>();
      for (const { args, key } of requests) {
        const id = JSON.stringify(args);
        const batch = byArgs.get(id) ?? { args, keys: [] };
        batch.keys.push(key);
        byArgs.set(id, batch);
      }
      const groups = new Map<string, V[]>();
      for (const [id, batch] of byArgs) {
        for (const row of fetch(batch.args, batch.keys)) {
          const group = `${id} ${JSON.stringify(groupOf(row))}`;
          const list = groups.get(group);
          if (list) list.push(row);
          else groups.set(group, [row]);
        }
      }
      return requests.map(
        ({ args, key }) => groups.get(`${JSON.stringify(args)} ${JSON.stringify(key)}`) ?? [],
      );
    },
    { cacheKeyFn: ({ args, key }) => JSON.stringify([args, key]) },
  );
}
