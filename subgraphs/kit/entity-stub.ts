import "reflect-metadata";
import { type ClassType, Directive, Field, ID, Int, ObjectType } from "type-graphql";

/**
 * Said of every field holding another subgraph's entity: it is nullable so that one reference
 * gone bad (say, an entity merged away) nulls only itself, with one error naming it.
 */
export const CROSS =
  "Null, with an error naming it, if the entity it refers to no longer exists in its owner.";

export interface EntityStub {
  id: string;
}

/**
 * Another subgraph's entity as this subgraph sees it: only its `id` key. A subgraph adds fields
 * to it with a `@Resolver(() => Stub)` class, and returns stubs wherever it refers to one; the
 * gateway fetches the rest from the owner.
 */
export function entityStub(name: string, description: string): ClassType<EntityStub> {
  @ObjectType(name, { description })
  @Directive('@key(fields: "id")')
  class Stub implements EntityStub {
    @Field(() => ID)
    id!: string;
  }
  return Stub;
}

/** A reference to another subgraph's entity by its key, or null when there is none. */
export function ref<T extends EntityStub>(stub: ClassType<T>, id: string | null): T | null {
  return id === null ? null : Object.assign(new stub(), { id });
}

/** `__resolveReference` for a stub: the representation already holds all this subgraph needs. */
export function stubReference<T extends EntityStub>(stub: ClassType<T>) {
  return { __resolveReference: (representation: { id: string }) => ref(stub, representation.id) };
}

/**
 * Another subgraph's entity with whole-number fields of its owner's marked `@external`, for a
 * field of this subgraph that `@requires` them. The representation carries the values.
 */
export function entityStubWithExternal<F extends string>(
  name: string,
  description: string,
  externals: readonly F[],
): ClassType<EntityStub & Partial<Record<F, number | null>>> {
  @ObjectType(name, { description })
  @Directive('@key(fields: "id")')
  class Stub implements EntityStub {
    @Field(() => ID)
    id!: string;
  }
  for (const external of externals) {
    Field(() => Int, { nullable: true })(Stub.prototype, external);
    Directive("@external")(Stub.prototype, external);
  }
  return Stub as ClassType<EntityStub & Partial<Record<F, number | null>>>;
}

/** `__resolveReference` for such a stub: the representation holds the key and the external field. */
export function stubWithExternalReference<T extends EntityStub>(stub: ClassType<T>) {
  return { __resolveReference: (representation: T) => Object.assign(new stub(), representation) };
}
