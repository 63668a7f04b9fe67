import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CROSS, type EntityStub, ref } from "../../kit/entity-stub.js";
import { toAward } from "../award/award.mapper.js";
import { Award } from "../award/award.type.js";
import { CareUnit, Partner, Place } from "../federation/entities.js";
import type { PathwaysContext } from "../loaders.js";
import { ServiceKind } from "./service-enums.js";
import { toService } from "./service.mapper.js";
import { servicesWhere } from "./service.queries.js";
import { Service } from "./service.type.js";

export async function loadService(ctx: PathwaysContext, id: string): Promise<Service | null> {
  const row = await ctx.loaders.service.load(id);
  return row ? toService(row) : null;
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: "One service, by id." })
  service(@Arg("id", () => ID) id: string, @Ctx() ctx: PathwaysContext): Promise<Service | null> {
    return loadService(ctx, id);
  }

  @Query(() => [Service], {
    description:
      "Services the plans name, by name; narrowed by provider, care unit, place or kind.",
  })
  services(
    @Arg("providerId", () => ID, { nullable: true }) providerId: string | null,
    @Arg("careUnitId", () => ID, { nullable: true }) careUnitId: string | null,
    @Arg("placeId", () => ID, { nullable: true }) placeId: string | null,
    @Arg("kinds", () => [ServiceKind], { nullable: true }) kinds: ServiceKind[] | null,
    @Ctx() ctx: PathwaysContext,
  ): Service[] {
    return servicesWhere(ctx.db, {
      providerIds: providerId ? [providerId] : [],
      careUnitIds: careUnitId ? [careUnitId] : [],
      placeId,
      kinds,
    }).map(toService);
  }

  @FieldResolver(() => [Place], {
    nullable: "items",
    description: `The places it serves, where the plans say. ${CROSS}`,
  })
  async places(@Root() service: Service, @Ctx() ctx: PathwaysContext): Promise<EntityStub[]> {
    const rows = await ctx.loaders.placesByService.load(service.id);
    return rows.map((row) => ref(Place, row.placeId)!);
  }

  @FieldResolver(() => [Award], { description: "Awards and commendations it received." })
  async awards(@Root() service: Service, @Ctx() ctx: PathwaysContext): Promise<Award[]> {
    return (await ctx.loaders.awardsByService.load(service.id)).map(toAward);
  }
}

@Resolver(() => Partner)
export class PartnerServicesResolver {
  @FieldResolver(() => [Service], { description: "The services the plans say it provides." })
  async services(@Root() partner: EntityStub, @Ctx() ctx: PathwaysContext): Promise<Service[]> {
    return (await ctx.loaders.servicesByProvider.load(partner.id)).map(toService);
  }

  @FieldResolver(() => [Award], { description: "Awards it received, alone or jointly." })
  async awards(@Root() partner: EntityStub, @Ctx() ctx: PathwaysContext): Promise<Award[]> {
    return (await ctx.loaders.awardsByPartner.load(partner.id)).map((row) => toAward(row.award));
  }
}

@Resolver(() => CareUnit)
export class CareUnitServicesResolver {
  @FieldResolver(() => [Service], { description: "The services it runs." })
  async services(@Root() careUnit: EntityStub, @Ctx() ctx: PathwaysContext): Promise<Service[]> {
    return (await ctx.loaders.servicesByCareUnit.load(careUnit.id)).map(toService);
  }
}

@Resolver(() => Place)
export class PlaceServicesResolver {
  @FieldResolver(() => [Service], { description: "The services that serve it." })
  async services(@Root() place: EntityStub, @Ctx() ctx: PathwaysContext): Promise<Service[]> {
    return (await ctx.loaders.servicesByPlace.load(place.id)).map((row) => toService(row.service));
  }
}
