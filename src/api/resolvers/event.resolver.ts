import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLContext } from '../context';
import { boundedInt, dateRange, list } from '../../core/args';
import { nameFilter } from '../../model/names';
import { keysetWindow } from '../../core/keyset';
import { PageArgs } from '../types/connection.type';
import { EventConnection } from '../types/connections';
import { EntitySort, EventStatus, SortDirection } from '../types/enums';
import { eventStatusOf } from '../../model/account.model';
import { Figure } from '../types/claim.type';
import { EntityOrder, EventFilter } from '../types/entity.inputs';
import { Event, Place } from '../types/entity.type';
import { Participation } from '../types/relationship.type';
import { dateLabel } from '../../model/date-label';
import { TimelineEntry } from '../types/timeline.type';
import type { EntityRecord } from '../../model/entity.model';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events, filtered and sorted (default: by start date, oldest first).' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events; default all.' })
    filter: EventFilter | undefined,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; default START_DATE ascending.' })
    order: EntityOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const f = filter ?? {};
    const sort = { sort: order?.sort ?? EntitySort.START_DATE, direction: order?.direction ?? SortDirection.ASC };
    return ctx.entities.list(
      'EVENT',
      {
        nameKey: nameFilter('filter.name', f.name),
        eventTypes: list(f.eventTypes),
        subTypes: list(f.subTypes),
        placeId: f.placeId ?? null,
        ...dateRange(f.from, f.to),
        participantId: f.participantId ?? null,
        organizationId: f.organizationId ?? null,
      },
      sort,
      keysetWindow(`events:${sort.sort}:${sort.direction}`, page, ctx.config.limits.maxPageSize),
    );
  }

  @Query(() => [TimelineEntry], {
    description:
      'Events in date order for an entity: those it took part in; for a place, those in it or in places within ' +
      'it; for an event series, its parts. Month- or year-precision events sit at the start of their period.',
  })
  async timeline(
    @Arg('id', () => ID, { description: 'An actor, a place or an event series.' }) id: string,
    @Arg('from', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Events whose period ends on or after this day.',
    })
    from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Events whose period starts on or before this day.',
    })
    to: string | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 100,
      description: 'Most events returned (1 to five times the page size limit).',
    })
    limit: number,
    @Arg('statuses', () => [EventStatus], {
      nullable: true,
      description:
        'Only events in these states, e.g. [ONGOING, CONCLUDED] for what happened (an event no source gives a ' +
        'status is ONGOING while still going on, else CONCLUDED). Default: all, planned ones marked as such.',
    })
    statuses: string[] | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const range = dateRange(from, to);
    const events = await ctx.entities.timeline(
      id,
      range.from,
      range.to,
      boundedInt('limit', limit, 1, ctx.config.limits.maxPageSize * 5),
      list(statuses),
    );
    return events.map((event) => ({ event, dateLabel: dateLabel(event), status: eventStatusOf(event) }));
  }

  @FieldResolver(() => EventStatus, {
    description:
      "PLANNED, ONGOING, CONCLUDED or CANCELLED, from the sources' accounts (an article dating the event after its " +
      'own publication reports it planned); when none says, ONGOING while still going on, else CONCLUDED.',
  })
  status(@Root() e: EntityRecord) {
    return eventStatusOf(e);
  }

  @FieldResolver(() => [Participation], { description: 'Who took part, in which role.' })
  participants(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.participantsOf(e.id);
  }

  @FieldResolver(() => [Place], { description: 'Where it happened.' })
  places(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.placesOf(e.id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The series or process this event is part of.' })
  partOf(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.seriesOf(e.id);
  }

  @FieldResolver(() => [Event], { description: 'Events that are part of this one, oldest first.' })
  parts(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.partsOf(e.id);
  }

  @FieldResolver(() => [Figure], { description: 'Counts for this one event (scope EVENT).' })
  figures(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.figuresOfEvent(e.id);
  }

  @FieldResolver(() => String, { description: '"19 October 2025", "October 2025" or "2025", by precision.' })
  dateLabel(@Root() e: EntityRecord) {
    return dateLabel(e);
  }
}
