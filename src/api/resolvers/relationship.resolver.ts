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

  @FieldResolver(() => [Source], { description: 'The articles that reported the relationship.' })
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

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() p: ParticipationRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.eventId);
  }

  @FieldResolver(() => [Source], { description: 'The articles that reported the participation.' })
  sources(@Root() p: ParticipationRecord) {
    return p.sources;
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Person, { description: 'The office holder.' })
  person(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.personId);
  }

  @FieldResolver(() => Entity, { description: 'The organization (or country) the office belongs to.' })
  organization(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(p.organizationId);
  }

  @FieldResolver(() => [Source], { description: 'The articles that show the person in office.' })
  sources(@Root() p: PositionRecord) {
    return p.sources;
  }
}
