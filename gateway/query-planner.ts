import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import type { ExecutionRequest, ExecutionResult, Executor } from "@graphql-tools/utils";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionNode,
  type SelectionSetNode,
  execute,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isUnionType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from "graphql";
import { fragmentsOf } from "./fragments.js";

type Handler = typeof unifiedGraphHandler;

/**
 * Hive's Rust query planner (@graphql-hive/router-runtime), fed documents in the normal form it
 * expects. The planner loses selections when one response key is selected twice with different
 * sub-selections (`a { x } a { y }`), and cannot place `__schema` or `__type` reached through a
 * fragment, though both are valid GraphQL. So each operation is normalised first, once per
 * document: fragments inlined, fragments on the type already in scope flattened, and the
 * selections of one response key merged, as execution would merge them (GraphQL spec,
 * CollectFields). Introspection fields at the root are answered from the supergraph's schema,
 * the rest by the planner, and the two merged.
 */
export const plannedHandler: Handler = async (opts) => {
  const planned = await unifiedGraphHandler(opts);
  const schema = planned.unifiedGraph;
  const plan = planned.executor!;
  const normalised = new WeakMap<DocumentNode, Map<string, Split | null>>();
  const executor = ((request: ExecutionRequest) => {
    let byName = normalised.get(request.document);
    if (!byName) normalised.set(request.document, (byName = new Map()));
    const name = request.operationName ?? "";
    if (!byName.has(name)) byName.set(name, splitOperation(schema, request.document, name));
    const split = byName.get(name);
    return split ? executeSplit(schema, plan, request, split) : plan(request);
  }) as Executor;
  return { ...planned, executor };
};

interface Split {
  /** Root fields other than introspection, for the planner (null when there are none). */
  planned: DocumentNode | null;
  /** Root `__schema` and `__type` fields, answered here (null when there are none). */
  introspection: DocumentNode | null;
  /** Response keys in document order, to merge the two answers in. */
  keys: string[];
}

function executeSplit(
  schema: GraphQLSchema,
  plan: Executor,
  request: ExecutionRequest,
  split: Split,
): ReturnType<Executor> {
  const introspected = split.introspection
    ? (execute({
        schema,
        document: split.introspection,
        variableValues: request.variables,
        contextValue: request.context,
      }) as ExecutionResult)
    : null;
  if (!split.planned) return introspected!;
  const rest = plan({ ...request, document: split.planned });
  const merge = (result: ExecutionResult): ExecutionResult => {
    if (!introspected) return result;
    const parts = { ...introspected.data, ...result.data } as Record<string, unknown>;
    const errors = [...(introspected.errors ?? []), ...(result.errors ?? [])];
    return {
      ...result,
      data:
        result.data === null
          ? null
          : Object.fromEntries(split.keys.filter((k) => k in parts).map((k) => [k, parts[k]])),
      ...(errors.length ? { errors } : {}),
    };
  };
  return rest instanceof Promise
    ? rest.then((r) => merge(r as ExecutionResult))
    : merge(rest as ExecutionResult);
}

const INTROSPECTION = new Set(["__schema", "__type"]);

/** The operation in normal form, split at its root; or null when it is in normal form already. */
function splitOperation(schema: GraphQLSchema, document: DocumentNode, name: string): Split | null {
  const operation = getOperationAST(document, name || undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const selectionSet = normalise(schema, root, operation.selectionSet, fragmentsOf(document));
  const fields = selectionSet.selections as FieldNode[];
  const keys = fields.map((f) => (f.alias ?? f.name).value);
  const isIntrospection = (f: FieldNode) => INTROSPECTION.has(f.name.value);
  const withFields = (selected: FieldNode[]): DocumentNode | null =>
    selected.length === 0
      ? null
      : {
          kind: Kind.DOCUMENT,
          definitions: [
            { ...operation, selectionSet: { kind: Kind.SELECTION_SET, selections: selected } },
          ],
        };
  return {
    planned: withFields(fields.filter((f) => !isIntrospection(f))),
    introspection: withFields(fields.filter(isIntrospection)),
    keys,
  };
}

/**
 * One selection set in normal form for `parent`: fragment spreads become inline fragments,
 * fragments that always apply are flattened, and fields with one response key merged. A
 * selection under @skip or @include is kept as it stands, since whether it applies depends on
 * the variables.
 */
function normalise(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): SelectionSetNode {
  const fields = new Map<string, FieldNode[]>();
  const typed = new Map<string, InlineFragmentNode[]>();
  const order: (string | SelectionNode)[] = [];
  const collect = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.directives?.length) {
        order.push(selection);
        continue;
      }
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        if (!fields.has(key)) {
          fields.set(key, []);
          order.push(`field:${key}`);
        }
        fields.get(key)!.push(selection);
        continue;
      }
      const inline: InlineFragmentNode | null =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : (() => {
              const fragment = fragments.get(selection.name.value);
              return fragment
                ? {
                    kind: Kind.INLINE_FRAGMENT,
                    typeCondition: fragment.typeCondition,
                    selectionSet: fragment.selectionSet,
                  }
                : null;
            })();
      if (!inline) continue;
      const condition = inline.typeCondition?.name.value;
      if (!condition || condition === parent.name || alwaysApplies(schema, parent, condition)) {
        collect(inline.selectionSet.selections);
        continue;
      }
      if (!typed.has(condition)) {
        typed.set(condition, []);
        order.push(`type:${condition}`);
      }
      typed.get(condition)!.push(inline);
    }
  };
  collect(selectionSet.selections);
  const selections = order.map((entry): SelectionNode => {
    if (typeof entry !== "string") return withNormalChildren(schema, parent, entry, fragments);
    const [kind, name] = [entry.slice(0, 5), entry.slice(entry.indexOf(":") + 1)];
    if (kind === "type:") {
      const group = typed.get(name)!;
      const type = schema.getType(name);
      const merged: SelectionSetNode = {
        kind: Kind.SELECTION_SET,
        selections: group.flatMap((g) => g.selectionSet.selections),
      };
      return {
        ...group[0]!,
        selectionSet: isCompositeType(type) ? normalise(schema, type, merged, fragments) : merged,
      };
    }
    const group = fields.get(name)!;
    const first = group[0]!;
    const children = group.flatMap((f) => f.selectionSet?.selections ?? []);
    if (!first.selectionSet) return first;
    return withNormalChildren(
      schema,
      parent,
      { ...first, selectionSet: { kind: Kind.SELECTION_SET, selections: children } },
      fragments,
    );
  });
  return { kind: Kind.SELECTION_SET, selections };
}

/** A selection with its own selection set in normal form. */
function withNormalChildren(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selection: SelectionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): SelectionNode {
  if (selection.kind === Kind.FRAGMENT_SPREAD || !selection.selectionSet) return selection;
  let type: GraphQLCompositeType | undefined = parent;
  if (selection.kind === Kind.INLINE_FRAGMENT) {
    const named = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
    if (named && isCompositeType(named)) type = named;
  } else {
    const field = isUnionType(parent) ? undefined : fieldOf(parent, selection.name.value);
    const named = field && getNamedType(field.type);
    type = named && isCompositeType(named) ? named : undefined;
  }
  if (!type) return selection;
  return { ...selection, selectionSet: normalise(schema, type, selection.selectionSet, fragments) };
}

/**
 * A field of `parent`, introspection's `__schema` and `__type` included: they are in no type's
 * fields, and a selection under them left as it stands would keep fragment spreads whose
 * definitions the split document no longer has (graphql-js's standard introspection query puts
 * named fragments under `__schema`, and every type came back empty).
 */
function fieldOf(parent: GraphQLObjectType | GraphQLInterfaceType, name: string) {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return parent.getFields()[name];
}

/** Whether every object of `parent` is a `condition` (an interface or union it belongs to). */
function alwaysApplies(schema: GraphQLSchema, parent: GraphQLCompositeType, condition: string) {
  const type = schema.getType(condition);
  return isObjectType(parent) && isAbstractType(type) && schema.isSubType(type, parent);
}
