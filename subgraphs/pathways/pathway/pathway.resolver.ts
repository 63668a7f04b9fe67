import { KeyFact, toKeyFact } from "../../kit/key-fact.js";
import { SECTOR_OF_KIND } from "./partner-sectors.js";
import { ChangeRecord, toChangeRecords } from "../../kit/change-log.js";
import { readersOf } from "../../kit/scopes.js";
import { CROSS } from "../../kit/entity-stub.js";
import { listSize } from "../../kit/list-size.js";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Directive } from "type-graphql";
import { ref, type EntityStub } from "../../kit/entity-stub.js";
import { badUserInput } from "../../kit/errors.js";
import { searchText } from "../../kit/fts.js";
import { type StatusChange, toStatusChange } from "../../kit/lifecycle.js";
import {
  connectionTypes,
  decodeCursor,
  pageSize,
  toPage,
  listIdentity,
} from "../../kit/pagination.js";
import { Place } from "../federation/entities.js";
import type { PathwaysContext } from "../loaders.js";
import {
  ParticipantRole,
  PathwayOrder,
  type PathwayStatus,
  Sector,
  SECTORS,
} from "./pathway-enums.js";
import { SharedPathwayFilter } from "./pathway.inputs.js";
import { toParticipant, toPathway, toReferralRoute, toStep } from "./pathway.mapper.js";
import { listPathways, participantPartnerIds } from "./pathway.queries.js";
import {
  PathwayParticipant,
  PathwayStatusChange,
  PathwayStep,
  ReferralRoute,
  SharedPathway,
} from "./pathway.type.js";

export const SharedPathwayConnection = connectionTypes(SharedPathway, "SharedPathway");

/** The partners taking part in pathways whose kind falls in one of `sectors`, asked of partners. */
async function partnersInSectors(ctx: PathwaysContext, sectors: Sector[]): Promise<string[]> {
  const kinds = await ctx.owners.lookup<{ id: string; kind: string }>(
    "Partner",
    participantPartnerIds(ctx.db),
    "kind",
  );
  return [...kinds.values()]
    .filter((partner) => {
      const sector = SECTOR_OF_KIND[partner.kind];
      return sector !== null && sector !== undefined && sectors.includes(sector);
    })
    .map((partner) => partner.id);
}

export async function loadPathway(ctx: PathwaysContext, id: string): Promise<SharedPathway | null> {
  const row = await ctx.loaders.pathway.load(id);
  return row ? toPathway(row) : null;
}

@Resolver(() => SharedPathway)
export class SharedPathwayResolver {
  @Query(() => SharedPathway, { nullable: true, description: "One shared pathway, by id." })
  sharedPathway(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway | null> {
    return loadPathway(ctx, id);
  }

  @Query(() => SharedPathwayConnection, {
    description:
      "Shared pathways matching the filter, in `orderBy` order (by name, or best match first when searching); cursor-paginated.",
  })
  async sharedPathways(
    @Arg("filter", () => SharedPathwayFilter, { nullable: true })
    filter: SharedPathwayFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." })
    first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("orderBy", () => PathwayOrder, {
      nullable: true,
      description: "How to sort: by name, or best match first when searching (the defaults).",
    })
    orderBy: PathwayOrder | null,
    @Ctx() ctx: PathwaysContext,
  ) {
    const size = pageSize(first);
    const search = searchText(filter?.search);
    const order = orderBy ?? (search ? "RELEVANCE" : "NAME");
    if (order === "RELEVANCE" && !search) {
      throw badUserInput([{ field: "orderBy", message: "RELEVANCE needs filter.search" }]);
    }
    const list = listIdentity("sharedPathways", [filter, order], ctx.caller.scopes);
    const cursor = decodeCursor(after, list, order);
    const roles = filter?.roles ?? [];
    if (roles.length > 0 && !filter?.partnerId) {
      throw badUserInput([
        { field: "filter.roles", message: "needs filter.partnerId: whose role to match" },
      ]);
    }
    const { rows, totalCount } = listPathways(
      ctx.db,
      {
        search,
        statuses: filter?.statuses ?? [],
        sectors: filter?.sectors ?? [],
        placeId: filter?.placeId ?? null,
        careUnitId: filter?.careUnitId ?? null,
        partnerId: filter?.partnerId ?? null,
        roles,
        partnerIds: filter?.partnerSectors?.length
          ? await partnersInSectors(ctx, filter.partnerSectors)
          : null,
      },
      order,
      cursor,
      size + 1,
    );
    for (const row of rows) ctx.loaders.pathway.prime(row.id, row);
    return toPage(
      rows,
      size,
      totalCount,
      (row) => [row.sortKey, row.id, order],
      toPathway,
      list,
      cursor,
    );
  }

  @Directive(listSize(SECTORS.length))
  @FieldResolver(() => [Sector], { description: "The sectors it spans." })
  async sectors(@Root() pathway: SharedPathway, @Ctx() ctx: PathwaysContext): Promise<Sector[]> {
    return (await ctx.loaders.sectorsByPathway.load(pathway.id)).map((row) => row.sector as Sector);
  }

  @FieldResolver(() => [Place], {
    nullable: "items",
    description: `The places it covers (empty when trust-wide). ${CROSS}`,
  })
  async places(@Root() pathway: SharedPathway, @Ctx() ctx: PathwaysContext): Promise<EntityStub[]> {
    const links = await ctx.loaders.placesByPathway.load(pathway.id);
    return links.map((link) => ref(Place, link.placeId)!);
  }

  @FieldResolver(() => [PathwayParticipant], {
    description: "The partners taking part, the lead first; optionally only some roles.",
  })
  async participants(
    @Root() pathway: SharedPathway,
    @Arg("roles", () => [ParticipantRole], { nullable: true }) roles: ParticipantRole[] | null,
    @Ctx() ctx: PathwaysContext,
  ): Promise<PathwayParticipant[]> {
    const rows = await ctx.loaders.participantsByPathway.load(pathway.id);
    return rows
      .filter((row) => !roles?.length || roles.includes(row.role as ParticipantRole))
      .map(toParticipant);
  }

  @FieldResolver(() => [PathwayStep], {
    description: "The stages a person goes through, in order.",
  })
  async steps(@Root() pathway: SharedPathway, @Ctx() ctx: PathwaysContext): Promise<PathwayStep[]> {
    return (await ctx.loaders.stepsByPathway.load(pathway.id)).map(toStep);
  }

  @FieldResolver(() => [ReferralRoute], { description: "How to refer someone in." })
  async referralRoutes(
    @Root() pathway: SharedPathway,
    @Ctx() ctx: PathwaysContext,
  ): Promise<ReferralRoute[]> {
    return (await ctx.loaders.routesByPathway.load(pathway.id)).map(toReferralRoute);
  }

  @FieldResolver(() => [KeyFact], {
    description:
      "Its outcomes the plans give as figures (people helped, users who recommend it...), each with its unit, period, the plan's words and citation.",
  })
  async keyFacts(@Root() pathway: SharedPathway, @Ctx() ctx: PathwaysContext): Promise<KeyFact[]> {
    return (await ctx.loaders.factsByPathway.load(pathway.id)).map(toKeyFact);
  }

  @Directive(readersOf("pathways"))
  @FieldResolver(() => [ChangeRecord], {
    nullable: true,
    description:
      "Everything that changed, oldest first: each correction of its details, participants, steps or referral routes, and each status move, with the values before and after, who decided, when and why. Internal: it holds referral contacts.",
  })
  async changes(
    @Root() pathway: SharedPathway,
    @Ctx() ctx: PathwaysContext,
  ): Promise<ChangeRecord[]> {
    return toChangeRecords(await ctx.loaders.changesByPathway.load(pathway.id));
  }

  @FieldResolver(() => [PathwayStatusChange], {
    description: "Every move through the lifecycle, oldest first (`changes` has every edit too).",
  })
  async history(
    @Root() pathway: SharedPathway,
    @Ctx() ctx: PathwaysContext,
  ): Promise<StatusChange<PathwayStatus>[]> {
    const rows = await ctx.loaders.historyByPathway.load(pathway.id);
    return rows.map((row, i) => toStatusChange<PathwayStatus>(row, i + 1));
  }
}
