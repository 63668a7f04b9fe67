import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
} from "graphql";
import { fragmentsOf } from "./fragments.js";

/**
 * Mutations that write only the rows of the entity they return (its own fields, its lists, its
 * change log), reviewed in their subgraph: a write to pathway X cannot change pathway Y or any
 * other entity's own fields. Each drops the answers holding its entity, and its subgraph's
 * derived answers (lists, counts, fields added to other subgraphs' entities). Any mutation not
 * listed drops every answer that reads its subgraph, which is always safe: list one here only
 * after checking what its resolver writes.
 */
export const ENTITY_WRITES = new Set([
  "proposePathway",
  "updatePathway",
  "movePathway",
  "setPathwayParticipants",
  "setPathwaySteps",
  "setPathwayReferralRoutes",
]);

/** A tag in the plugin's form: a type name alone, or a type name and an entity id. */
export interface CacheTag {
  typename: string;
  id?: string;
}

export const readsTag = (graph: string): CacheTag => ({ typename: `reads:${graph}` });
export const derivedTag = (graph: string): CacheTag => ({ typename: `derived:${graph}` });

export interface SupergraphFacts {
  /** The subgraphs serving each field, by schema coordinate (none for a key field). */
  fieldGraphs: Map<string, string[]>;
  /** Each entity type's home: the subgraph serving most of its fields. */
  homes: Map<string, string>;
  /** The subgraph of each mutation. */
  mutationGraphs: Map<string, string>;
  /** Fields needing a special-category scope, as schema coordinates. */
  specialCategory: string[];
  /** Each subgraph's graph (as tags name it) by the subgraph's name, e.g. partners → PARTNERS. */
  graphsByName: Map<string, string>;
}

const argument = (directive: ConstDirectiveNode, name: string) =>
  directive.arguments?.find((a) => a.name.value === name)?.value;

export function supergraphFacts(supergraph: DocumentNode): SupergraphFacts {
  const fieldGraphs = new Map<string, string[]>();
  const homes = new Map<string, string>();
  const mutationGraphs = new Map<string, string>();
  const specialCategory: string[] = [];
  const types = supergraph.definitions.filter(
    (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
  for (const type of types) {
    const keysOf = new Map<string, string>();
    for (const join of type.directives?.filter((d) => d.name.value === "join__type") ?? []) {
      const graph = argument(join, "graph");
      const key = argument(join, "key");
      if (graph?.kind !== Kind.ENUM) continue;
      const keys = `${keysOf.get(graph.value) ?? ""} ${key?.kind === Kind.STRING ? key.value : ""}`;
      keysOf.set(graph.value, keys);
    }
    const served = new Map<string, number>();
    for (const field of type.fields ?? []) {
      const name = field.name.value;
      const joins = field.directives?.filter((d) => d.name.value === "join__field") ?? [];
      const graphs = joins.length
        ? joins.flatMap((join) => {
            const graph = argument(join, "graph");
            const external = argument(join, "external");
            const isExternal = external?.kind === Kind.BOOLEAN && external.value;
            return graph?.kind === Kind.ENUM && !isExternal ? [graph.value] : [];
          })
        : [...keysOf.keys()];
      const isKey = graphs.some((g) => new RegExp(`\\b${name}\\b`).test(keysOf.get(g) ?? ""));
      fieldGraphs.set(`${type.name.value}.${name}`, isKey ? [] : graphs);
      if (!isKey) for (const graph of graphs) served.set(graph, (served.get(graph) ?? 0) + 1);
      if (type.name.value === "Mutation" && graphs[0]) mutationGraphs.set(name, graphs[0]);
      const scopes = field.directives?.find((d) => d.name.value === "requiresScopes");
      if (scopes && /"special-category:/.test(print(scopes))) {
        specialCategory.push(`${type.name.value}.${name}`);
      }
    }
    const isEntity = [...keysOf.values()].some((keys) => keys.trim() !== "");
    const home = [...served].sort((a, b) => b[1] - a[1])[0];
    if (isEntity && home) homes.set(type.name.value, home[0]);
  }
  const graphsByName = new Map<string, string>();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph")
      continue;
    for (const value of definition.values ?? []) {
      const join = value.directives?.find((d) => d.name.value === "join__graph");
      const name = join && argument(join, "name");
      if (name?.kind === Kind.STRING) graphsByName.set(name.value, value.name.value);
    }
  }
  return { fieldGraphs, homes, mutationGraphs, specialCategory, graphsByName };
}

/** A root field that fetches one entity by its id from the entity's home. */
interface Lookup {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  typename: string;
  graph: string;
}

export interface DocumentTags {
  /** `reads:` and `derived:` tags, the same for every request sending the document. */
  tags: CacheTag[];
  /** Root lookups by id, each tagged with the entity asked for (from the request's values). */
  lookups: Lookup[];
}

/**
 * Which subgraphs an operation reads, and which of them it reads derived data from. A field is
 * an entity's own when its entity's home serves it (the plugin tags the answer with that entity,
 * whose id it adds to every selection); a value object's fields are as the field that gave the
 * object. Anything else, and any field of a type the supergraph does not place, is derived.
 */
export function operationTags(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  facts: SupergraphFacts,
): DocumentTags {
  const all = [...new Set([...facts.fieldGraphs.values()].flat())];
  const fragments = fragmentsOf(document);
  const reads = new Set<string>();
  const derived = new Set<string>();
  const lookups: Lookup[] = [];
  const root = schema.getQueryType();

  /** `gave`: the subgraphs that gave a value object, and whether that field was derived. */
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    gave: { graphs: string[]; derived: boolean },
  ): void => {
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FIELD) {
        const condition =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!condition) continue;
        const type = condition.typeCondition
          ? schema.getType(condition.typeCondition.name.value)
          : parent;
        walk(condition.selectionSet, type ?? parent, gave);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith("__")) continue;
      const field =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      const coordinate = `${parent.name}.${name}`;
      const home = facts.homes.get(parent.name);
      let graphs: string[];
      let isDerived: boolean;
      if (parent === root) {
        graphs = facts.fieldGraphs.get(coordinate) ?? all;
        const lookup = field && lookupOf(field, graphs, facts);
        if (lookup) lookups.push({ ...lookup, node: selection });
        isDerived = !lookup;
      } else if (home) {
        graphs = facts.fieldGraphs.get(coordinate) ?? all;
        isDerived = !graphs.every((graph) => graph === home);
      } else if (isObjectType(parent) && gave.graphs.length > 0) {
        ({ graphs, derived: isDerived } = gave);
      } else {
        // An interface's or union's field, or one the supergraph does not place: any subgraph's.
        graphs = facts.fieldGraphs.get(coordinate) ?? all;
        isDerived = true;
      }
      for (const graph of graphs) reads.add(graph);
      if (isDerived) for (const graph of graphs) derived.add(graph);
      if (selection.selectionSet && field) {
        walk(selection.selectionSet, getNamedType(field.type), { graphs, derived: isDerived });
      }
    }
  };
  const rootType = schema.getRootType(operation.operation);
  if (rootType) walk(operation.selectionSet, rootType, { graphs: [], derived: true });
  return {
    tags: [...[...reads].map(readsTag), ...[...derived].map(derivedTag)],
    lookups,
  };
}

function lookupOf(
  field: GraphQLField<unknown, unknown>,
  graphs: string[],
  facts: SupergraphFacts,
): Omit<Lookup, "node"> | undefined {
  const type = getNullableType(field.type);
  if (!isObjectType(type)) return undefined; // a list, or not an entity
  const graph = facts.homes.get(type.name);
  const byId = field.args.some((a) => a.name === "id");
  if (!graph || !byId || graphs.length !== 1 || graphs[0] !== graph) return undefined;
  return { field, typename: type.name, graph };
}

/**
 * The entity each root lookup asks for, so an answer that found nothing is dropped when the
 * entity is written; a lookup not given an id (it may find by another argument) is derived.
 */
export function lookupTags(
  lookups: Lookup[],
  variables: Record<string, unknown> | undefined,
): CacheTag[] {
  return lookups.map(({ field, node, typename, graph }) => {
    const id = getArgumentValues(field, node, variables)["id"];
    return typeof id === "string" ? { typename, id } : derivedTag(graph);
  });
}

/** The root fields an operation selects, through inline fragments and fragment spreads. */
export function rootFieldNames(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): string[] {
  const fragments = fragmentsOf(document);
  const names: string[] = [];
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}
