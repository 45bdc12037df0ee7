import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { FigurePoint as FigurePointRecord } from '../../model/dashboard.model';
import type { EntityRef as EntityRefRecord } from '../../model/entity.model';
import type { EntityKind as EntityKindName } from '../../model/vocabulary';
import type { Granularity as GranularityName, EventGrouping as EventGroupingName } from '../../model/dashboard.model';
import { DatePrecision, EntityKind, EventGrouping, FigureScope, Granularity } from './enums';

// Chart-shaped results: every field is computed by one query, so a panel costs one round trip and
// nothing below these types is resolved lazily.

@ObjectType('EntityRef', {
  description: 'Id, name and kind of an entity: enough to label a chart; entity(id:) gives the rest.',
})
class EntityRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => EntityKind) kind!: EntityKindName;
}

@ObjectType('TimeBucket')
export class TimeBucket {
  @Field(() => GraphQLLocalDate, { description: 'First day of the bucket.' }) start!: string;
  @Field(() => GraphQLLocalDate, { description: 'Last day of the bucket.' }) end!: string;
}

@ObjectType('EventCountSeries', {
  description: 'Counts of one series, one number per bucket of the parent EventsOverTime.',
})
export class EventCountSeries {
  @Field(() => String, {
    nullable: true,
    description:
      'Event type, place id or actor id; "all" for NONE; null for the events with no place (or no participant).',
  })
  key!: string | null;
  @Field(() => String) label!: string;
  @Field(() => [Int], {
    description: 'Events whose start falls in each bucket, dated at least as finely as the bucket; zeros included.',
  })
  counts!: number[];
  @Field(() => [Int], {
    description:
      'Per bucket: events whose start is known only to a coarser period overlapping the bucket, so they may have ' +
      'started in it (a month-precision event in each week of its month). Not in counts, and not additive: such ' +
      'an event appears in every bucket its start period overlaps.',
  })
  imprecise!: number[];
  @Field(() => Int, { description: 'Sum of counts.' }) total!: number;
  @Field(() => Int, { description: 'Distinct imprecise events of this series whose start period overlaps the window.' })
  impreciseTotal!: number;
}

@ObjectType('EventsOverTime', {
  description: 'Event counts per bucket, as series ready for a line or stacked bar chart.',
})
export class EventsOverTime {
  @Field(() => Granularity) granularity!: GranularityName;
  @Field(() => EventGrouping) groupBy!: EventGroupingName;
  @Field(() => GraphQLLocalDate, {
    description: 'Start of the first bucket (from, moved back to the start of its bucket).',
  })
  from!: string;
  @Field(() => GraphQLLocalDate, { description: 'End of the last bucket (to, moved on to the end of its bucket).' })
  to!: string;
  @Field(() => [TimeBucket], { description: 'Every bucket from from to to, in order; series counts line up with it.' })
  buckets!: TimeBucket[];
  @Field(() => [EventCountSeries], { description: 'Largest first (by total, then imprecise), at most limit.' })
  series!: EventCountSeries[];
  @Field(() => Int, { description: 'Series before the limit.' }) seriesCount!: number;
  @Field(() => Int, { description: 'Distinct events counted in some bucket.' }) total!: number;
  @Field(() => Int, {
    description: 'Distinct events that may have started in the window but are dated too coarsely for its buckets.',
  })
  imprecise!: number;
}

@ObjectType('FigurePoint', { description: 'One reported figure of a series.' })
class FigurePoint {
  @Field(() => ID) figureId!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => Float, { nullable: true }) low?: number | null;
  @Field(() => Float, { nullable: true }) best?: number | null;
  @Field(() => Float, { nullable: true }) high?: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'One number to plot: value, else best, else low (an "at least" bound), else high. See approximation for the ' +
      'wording.',
  })
  chartValue?: number | null;
  @Field(() => String, { nullable: true, description: 'The source wording when not exact: "dozens", "over 200".' })
  approximation?: string | null;
  @Field(() => String, { nullable: true }) qualifier?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodEnd?: string | null;
  @Field(() => DatePrecision, { nullable: true }) periodPrecision?: string | null;
  @Field(() => Boolean, {
    description: 'True when the figure states no period and the one shown is that of the event it counts.',
  })
  periodFromEvent!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The claim stating the figure; null when the article gives it in its own voice.',
  })
  claimId?: string | null;
  @Field(() => EntityRef, { nullable: true, description: 'For scope EVENT: the event counted.' })
  event?: EntityRefRecord | null;
  @Field(() => [EntityRef], {
    description: "Actors asserting the claim that states the figure; empty for the article's own voice.",
  })
  speakers!: EntityRefRecord[];
}

@ObjectType('FigureSeries', {
  description: 'Figures of one metric, unit, scope and place, oldest period first. Points are reports, never summed.',
})
export class FigureSeries {
  @Field(() => String) metric!: string;
  @Field(() => String) unit!: string;
  @Field(() => FigureScope) scope!: string;
  @Field(() => EntityRef, { nullable: true, description: 'The place the figures are for; null when they name none.' })
  place?: EntityRefRecord | null;
  @Field(() => [FigurePoint]) points!: FigurePointRecord[];
}

@ObjectType('ActorActivity')
export class ActorActivity {
  @Field(() => EntityRef) actor!: EntityRefRecord;
  @Field(() => Int, { description: 'Distinct events taken part in, within the event filters.' }) events!: number;
  @Field(() => Int, { description: 'Distinct entities linked by a fact relationship (event filters do not apply).' })
  connections!: number;
}

@ObjectType('SpeakerStances')
export class SpeakerStances {
  @Field(() => EntityRef) speaker!: EntityRefRecord;
  @Field(() => Int, { description: 'Matching claims this actor asserts.' }) asserts!: number;
  @Field(() => Int, { description: 'Matching claims this actor denies.' }) denies!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('ClaimStanceCounts', { description: 'Claims by stance and speaker, for a stacked bar chart.' })
export class ClaimStanceCounts {
  @Field(() => Int, { description: 'Claims matching the filters.' }) claims!: number;
  @Field(() => Int, { description: 'ASSERTS stances on them.' }) asserts!: number;
  @Field(() => Int, { description: 'DENIES stances on them.' }) denies!: number;
  @Field(() => Int, { description: 'Speakers before the limit.' }) speakerCount!: number;
  @Field(() => [SpeakerStances], { description: 'Most stances first, at most limit.' }) speakers!: SpeakerStances[];
}

@ObjectType('GraphSummary', { description: 'Counts of everything in the graph, for a header panel.' })
export class GraphSummary {
  @Field(() => Int) people!: number;
  @Field(() => Int) organizations!: number;
  @Field(() => Int, { description: 'Every place, countries included.' }) places!: number;
  @Field(() => Int) countries!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) claims!: number;
  @Field(() => Int, { description: 'ASSERTS stances.' }) asserts!: number;
  @Field(() => Int, { description: 'DENIES stances.' }) denies!: number;
  @Field(() => Int) figures!: number;
  @Field(() => Int) aggregateFigures!: number;
  @Field(() => Int) eventFigures!: number;
  @Field(() => Int) articles!: number;
  @Field(() => Int) offices!: number;
  @Field(() => Int, { description: 'Fact relationships: every relationship but SOURCED_FROM and MENTIONS.' })
  relationships!: number;
  @Field(() => Int, { description: 'SOURCED_FROM links from facts to their articles.' }) sourceLinks!: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) firstEventStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) lastEventStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) latestArticleDate?: string | null;
}
