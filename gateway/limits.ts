import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  type ValueNode,
  visit,
} from "graphql";
import { declaredListSize } from "../common/list-size.js";

/**
 * What one request may ask for, chosen from the real operations: the benchmark's and the
 * README's examples, measured by `measure` below (gateway/limits.test.ts keeps them inside).
 * Every list declares its size (`@listSize`: `first`, default 50, or a true maximum), and the
 * cost multiplies by it: the costliest real operation (a care unit's workforce figures and series)
 * is estimated at about 380,000, far above what it really returns, because the estimate takes
 * every list at its largest. Partner connections three hops deep are 385,000; four are 19 million.
 * The limits leave at least twice the largest real operation.
 */
export const QUERY_LIMITS = {
  /** Characters in a document: about four a token at the token limit. */
  maxCharacters: 20_000,
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 20,
  maxCost: 1_000_000,
};

/** A list field that declares no `@listSize` and has no `first` is assumed to hold this many. */
const LIST_SIZE = 5;
/** A `first` given as a variable is costed at the largest page. */
const MAX_PAGE = 100;

export interface QueryMeasures {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

type ArgumentNodes = readonly { name: { value: string }; value: ValueNode }[] | undefined;

function firstArgument(args: ArgumentNodes) {
  const first = args?.find((a) => a.name.value === "first")?.value;
  if (!first) return null;
  return first.kind === Kind.INT ? Math.min(Number(first.value), MAX_PAGE) : MAX_PAGE;
}

/**
 * The items a list field declares with `@listSize`: its `assumedSize`, or the slicing argument
 * as given (a variable costs the largest page) or else its default. Null when it declares none.
 */
function listItems(field: GraphQLField<unknown, unknown>, args: ArgumentNodes) {
  const declared = declaredListSize(field.astNode?.directives);
  if (declared === null) return null;
  if ("assumedSize" in declared) return declared.assumedSize;
  let size = 0;
  for (const name of declared.slicingArguments) {
    const given = args?.find((a) => a.name.value === name)?.value;
    const fallback = field.args.find((a) => a.name === name)?.defaultValue;
    const value =
      given === undefined
        ? Number(fallback ?? LIST_SIZE)
        : given.kind === Kind.INT
          ? Number(given.value)
          : MAX_PAGE;
    size = Math.max(size, Math.min(value, MAX_PAGE));
  }
  return size;
}

/**
 * Depth, aliases, directives and an estimated cost of every operation in a document, fragments
 * expanded. Cost counts each field once per item it may be asked for: a field with `first`
 * multiplies its children by it, any other list field by 5.
 */
export function measure(document: DocumentNode, schema: GraphQLSchema): QueryMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let aliases = 0;
  let directives = 0;
  visit(document, {
    FragmentDefinition: (node) => void fragments.set(node.name.value, node),
    Field: (node) => void (node.alias ? aliases++ : undefined),
    Directive: () => void directives++,
  });

  function walk(
    set: SelectionSetNode,
    parent: GraphQLCompositeType | null,
    seen: Set<string>,
    paged = false,
  ): { depth: number; cost: number } {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const fieldDef =
          parent && "getFields" in parent ? parent.getFields()[selection.name.value] : undefined;
        const named = fieldDef ? getNamedType(fieldDef.type) : null;
        const type =
          fieldDef && isNonNullType(fieldDef.type) ? fieldDef.type.ofType : fieldDef?.type;
        const list = Boolean(type && isListType(type));
        const declared = fieldDef ? listItems(fieldDef, selection.arguments) : null;
        const first = declared === null ? firstArgument(selection.arguments) : null;
        // A page's `nodes` and `edges` are the `first` items already counted on the page.
        const items = list && paged ? 1 : (declared ?? first ?? (list ? LIST_SIZE : 1));
        const child = selection.selectionSet
          ? walk(
              selection.selectionSet,
              named && isCompositeType(named) ? named : null,
              seen,
              first !== null,
            )
          : { depth: 0, cost: 0 };
        depth = Math.max(depth, 1 + child.depth);
        cost += 1 + items * child.cost;
      } else {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        if (!fragment || (name && seen.has(name))) continue; // cycles are refused by validation
        const condition = fragment.typeCondition
          ? schema.getType(fragment.typeCondition.name.value)
          : parent;
        const inner = walk(
          fragment.selectionSet,
          condition && isCompositeType(condition) ? condition : parent,
          name ? new Set([...seen, name]) : seen,
          paged,
        );
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  }

  let depth = 0;
  let cost = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root =
      definition.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
    const result = walk(definition.selectionSet, root ?? null, new Set());
    depth = Math.max(depth, result.depth);
    cost = Math.max(cost, result.cost);
  }
  return { depth, aliases, directives, cost };
}

/** A refusal a client can act on, sent with HTTP 400. */
export function tooLarge(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

const costs = new WeakMap<DocumentNode, number>();

/**
 * A document's estimated cost, measured once: parsed documents are cached and shared, so the
 * refusal at validation and the queue at execution read the same figure.
 */
export function estimatedCost(document: DocumentNode, schema: GraphQLSchema): number {
  let cost = costs.get(document);
  if (cost === undefined) {
    cost = measure(document, schema).cost;
    costs.set(document, cost);
  }
  return cost;
}

/** The cost problem with a document; empty when it is within the limit. */
export function limitErrors(document: DocumentNode, schema: GraphQLSchema): GraphQLError[] {
  const cost = estimatedCost(document, schema);
  if (cost <= QUERY_LIMITS.maxCost) return [];
  return [
    tooLarge(
      "QUERY_TOO_COSTLY",
      `The query's estimated cost is ${cost}; the limit is ${QUERY_LIMITS.maxCost}. Ask for fewer items per page or fewer nested lists.`,
    ),
  ];
}
