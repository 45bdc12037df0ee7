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
  @Field(() => ID, { description: "The entity's id." }) id!: string;
  @Field(() => String, { description: 'Its preferred name.' }) name!: string;
  @Field(() => EntityKind, { description: 'What it is.' }) kind!: EntityKindName;
}

@ObjectType('TimeBucket', { description: 'One bucket of a time series: a day, an ISO week, a month or a year.' })
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
  @Field(() => String, {
    description: 'A name to show: the event type, the place or actor name, "All events", "No place" or "No actor".',
  })
  label!: string;
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
  @Field(() => Granularity, { description: 'Bucket size.' }) granularity!: GranularityName;
  @Field(() => EventGrouping, { description: 'What a series is.' }) groupBy!: EventGroupingName;
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
  @Field(() => ID, { description: "The figure's id (node(id:) fetches it)." }) figureId!: string;
  @Field(() => Float, { nullable: true, description: 'The number, when the source gives one.' }) value?: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower bound of a range.' }) low?: number | null;
  @Field(() => Float, { nullable: true, description: 'The best estimate within a range.' }) best?: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound of a range.' }) high?: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'One number to plot: value, else best, else low (an "at least" bound), else high. See approximation for the ' +
      'wording.',
  })
  chartValue?: number | null;
  @Field(() => String, { nullable: true, description: 'The source wording when not exact: "dozens", "over 200".' })
  approximation?: string | null;
  @Field(() => String, { nullable: true, description: 'What is and is not counted ("CASUALTIES, not deaths").' })
  qualifier?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of the period counted.' }) periodStart?:
    string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the period counted.' }) periodEnd?:
    string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How exact the period is.' }) periodPrecision?:
    string | null;
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
  @Field(() => String, { description: 'The controlled metric counted.' }) metric!: string;
  @Field(() => String, { description: 'What is counted: people, attacks ...' }) unit!: string;
  @Field(() => FigureScope, { description: 'AGGREGATE or EVENT.' }) scope!: string;
  @Field(() => EntityRef, { nullable: true, description: 'The place the figures are for; null when they name none.' })
  place?: EntityRefRecord | null;
  @Field(() => [FigurePoint], { description: 'The figures, oldest period first.' }) points!: FigurePointRecord[];
}

@ObjectType('ActorActivity', { description: 'An actor and how active it is, for a ranking chart.' })
export class ActorActivity {
  @Field(() => EntityRef, { description: 'The person, organization or country.' }) actor!: EntityRefRecord;
  @Field(() => Int, { description: 'Distinct events taken part in, within the event filters.' }) events!: number;
  @Field(() => Int, { description: 'Distinct entities linked by a fact relationship (event filters do not apply).' })
  connections!: number;
}

@ObjectType('SpeakerStances', { description: 'How many matching claims one actor asserts and denies.' })
export class SpeakerStances {
  @Field(() => EntityRef, { description: 'The actor.' }) speaker!: EntityRefRecord;
  @Field(() => Int, { description: 'Matching claims this actor asserts.' }) asserts!: number;
  @Field(() => Int, { description: 'Matching claims this actor denies.' }) denies!: number;
  @Field(() => Int, { description: 'asserts plus denies.' }) total!: number;
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
  @Field(() => Int, { description: 'People.' }) people!: number;
  @Field(() => Int, { description: 'Organizations.' }) organizations!: number;
  @Field(() => Int, { description: 'Every place, countries included.' }) places!: number;
  @Field(() => Int, { description: 'Places of type COUNTRY.' }) countries!: number;
  @Field(() => Int, { description: 'Events.' }) events!: number;
  @Field(() => Int, { description: 'Claims.' }) claims!: number;
  @Field(() => Int, { description: 'ASSERTS stances.' }) asserts!: number;
  @Field(() => Int, { description: 'DENIES stances.' }) denies!: number;
  @Field(() => Int, { description: 'Figures, both scopes.' }) figures!: number;
  @Field(() => Int, { description: 'Figures of scope AGGREGATE.' }) aggregateFigures!: number;
  @Field(() => Int, { description: 'Figures of scope EVENT.' }) eventFigures!: number;
  @Field(() => Int, { description: 'Articles.' }) articles!: number;
  @Field(() => Int, { description: 'Offices people hold.' }) offices!: number;
  @Field(() => Int, { description: 'Fact relationships: every relationship but SOURCED_FROM and MENTIONS.' })
  relationships!: number;
  @Field(() => Int, { description: 'SOURCED_FROM links from facts to their articles.' }) sourceLinks!: number;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Start of the earliest event; null in an empty graph.',
  })
  firstEventStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Start of the latest event; null in an empty graph.' })
  lastEventStart?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Publication date of the newest article; null when there is none.',
  })
  latestArticleDate?: string | null;
}
