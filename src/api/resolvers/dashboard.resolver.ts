import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLContext } from '../context';
import type {
  ActorRanking as ActorRankingName,
  EventGrouping as EventGroupingName,
  Granularity as GranularityName,
} from '../../model/dashboard.model';
import {
  ActorRanking,
  ClaimKind,
  EntityKind,
  EventGrouping,
  EventType,
  FigureScope,
  Granularity,
} from '../types/enums';
import {
  claimStancesQuery,
  eventsOverTimeQuery,
  figureSeriesQuery,
  topActorsQuery,
} from '../../read/dashboard/dashboard.query';
import { ActorActivity, ClaimStanceCounts, EventsOverTime, FigureSeries, GraphSummary } from '../types/dashboard.type';

@Resolver()
export class DashboardResolver {
  @Query(() => EventsOverTime, {
    description:
      'Events per day, week, month or year between from and to, as series by type, place or actor; every bucket ' +
      'present, zeros included. An event counts in the bucket holding its start only when its date is at least as ' +
      'precise as the bucket; coarser ones are reported as imprecise. Same data: GET ' +
      '/export/events-over-time.csv|json.',
  })
  eventsOverTime(
    @Arg('granularity', () => Granularity, { description: 'Bucket size.' }) granularity: GranularityName,
    @Arg('from', () => GraphQLLocalDate, { description: 'First day of the window.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day of the window.' }) to: string,
    @Arg('groupBy', () => EventGrouping, {
      defaultValue: EventGrouping.TYPE,
      description: 'What a series is (default TYPE).',
    })
    groupBy: EventGroupingName,
    @Arg('eventTypes', () => [EventType], { nullable: true, description: 'Only events of these types; default all.' })
    eventTypes: string[] | undefined,
    @Arg('placeId', () => ID, { nullable: true, description: 'Events in this place or any place within it.' })
    placeId: string | undefined,
    @Arg('actorId', () => ID, { nullable: true, description: 'Events this actor took part in.' })
    actorId: string | undefined,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'Most series returned (1 to 100), largest first.' })
    limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.dashboard.eventsOverTime(
      eventsOverTimeQuery({ granularity, from, to, groupBy, eventTypes, placeId, actorId, limit }),
    );
  }

  @Query(() => [FigureSeries], {
    description:
      'Reported figures as series by metric, unit, scope and place, each point with its period and speakers. ' +
      'AGGREGATE and EVENT figures are separate series and nothing is summed. Same data: GET ' +
      '/export/figure-series.csv|json.',
  })
  figureSeries(
    @Arg('metrics', () => [String], {
      nullable: true,
      description: 'e.g. ["militants_killed"]; default: every metric.',
    })
    metrics: string[] | undefined,
    @Arg('scope', () => FigureScope, {
      nullable: true,
      description: 'Only AGGREGATE or only EVENT figures; default both, as separate series.',
    })
    scope: string | undefined,
    @Arg('placeId', () => ID, {
      nullable: true,
      description: 'Figures for this place or places within it, one series per place.',
    })
    placeId: string | undefined,
    @Arg('speakerId', () => ID, { nullable: true, description: 'Figures stated in claims this actor asserts.' })
    speakerId: string | undefined,
    @Arg('from', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Figures whose period ends on or after this day.',
    })
    from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Figures whose period starts on or before this day.',
    })
    to: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.dashboard.figureSeries(figureSeriesQuery({ metrics, scope, placeId, speakerId, from, to }));
  }

  @Query(() => [ActorActivity], {
    description:
      'People, organizations and countries ranked by events taken part in (within the event filters) or by ' +
      'connections. Same data: GET /export/top-actors.csv|json.',
  })
  topActors(
    @Arg('by', () => ActorRanking, {
      defaultValue: ActorRanking.EVENTS,
      description: 'Rank by events taken part in (default) or by connections.',
    })
    by: ActorRankingName,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'PERSON, ORGANIZATION and/or PLACE (countries).' })
    kinds: string[] | undefined,
    @Arg('eventTypes', () => [EventType], { nullable: true, description: 'Count only events of these types.' })
    eventTypes: string[] | undefined,
    @Arg('placeId', () => ID, { nullable: true, description: 'Count only events in this place or places within it.' })
    placeId: string | undefined,
    @Arg('from', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Count only events whose period ends on or after this day.',
    })
    from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Count only events whose period starts on or before this day.',
    })
    to: string | undefined,
    @Arg('limit', () => Int, { defaultValue: 10, description: '1 to 100.' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.dashboard.topActors(topActorsQuery({ by, kinds, eventTypes, placeId, from, to, limit }));
  }

  @Query(() => ClaimStanceCounts, {
    description:
      'Claims by stance and speaker: how many of the matching claims each actor asserts and denies. Filters as in ' +
      'claims(). Same data: GET /export/claim-stances.csv|json.',
  })
  claimStances(
    @Arg('about', () => ID, {
      nullable: true,
      description: 'Claims about this entity; for a place, also about places within it.',
    })
    about: string | undefined,
    @Arg('kinds', () => [ClaimKind], { nullable: true, description: 'Only claims of these kinds.' })
    kinds: string[] | undefined,
    @Arg('from', () => GraphQLLocalDate, { nullable: true, description: 'Claims dated on or after this day.' })
    from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true, description: 'Claims dated on or before this day.' })
    to: string | undefined,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'Most speakers returned (1 to 100).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.dashboard.claimStances(claimStancesQuery({ about, kinds, from, to, limit }));
  }

  @Query(() => GraphSummary, {
    description: 'Counts of everything, for a header panel. Same data: GET /export/summary.csv|json.',
  })
  graphSummary(@Ctx() ctx: GraphQLContext) {
    return ctx.dashboard.summary();
  }
}
