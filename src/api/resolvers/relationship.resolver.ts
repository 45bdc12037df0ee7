import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Source } from '../types/source.type';
import { Entity, Event, Person } from '../types/entity.type';
import { Participation, Position, Relationship } from '../types/relationship.type';
import type { ParticipationRecord, PositionRecord, RelationshipRecord } from '../../model/relationship.model';

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Entity, { description: 'The entity at the other end.' })
  other(@Root() r: RelationshipRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(r.otherId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() r: RelationshipRecord) {
    return r.sources;
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Entity, { description: 'A person, organization or country.' })
  actor(@Root() p: ParticipationRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.actorId);
  }

  @FieldResolver(() => Event)
  event(@Root() p: ParticipationRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.eventId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() p: ParticipationRecord) {
    return p.sources;
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Person)
  person(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.personId);
  }

  @FieldResolver(() => Entity, { description: 'The organization (or country) the office belongs to.' })
  organization(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.organizationId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() p: PositionRecord) {
    return p.sources;
  }
}
