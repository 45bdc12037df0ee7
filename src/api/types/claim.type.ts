import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ClaimKind, DatePrecision, FigureScope, Stance } from './enums';
import type { ProvenanceRecord } from '../../model/source.model';
import { Node } from './node.type';

@ObjectType('Claim', {
  implements: Node,
  description: 'Something an actor says: a statement, accusation, denial or statistic.',
})
export class Claim {
  @Field(() => ID, { description: 'Globally unique id ("claim:…").' }) id!: string;
  @Field(() => ClaimKind, { description: 'What sort of claim it is.' }) kind!: string;
  @Field(() => String, { description: 'The claim in one neutral sentence.' }) text!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was said, where known.' }) date?:
    string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How exact date is.' }) datePrecision?: string | null;
  @Field(() => [String], { description: 'Verbatim quotes of its speakers.' }) quotes!: string[];
}

@ObjectType('ClaimStance', {
  description:
    'A speaker asserting or denying a claim (a named actor, an unnamed source, or the outlet), with their words ' +
    'where quoted.',
})
export class ClaimStance {
  @Field(() => Stance, { description: 'Whether the speaker asserts or denies the claim.' }) stance!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the speaker said it, where known.' }) date?:
    string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How exact date is.' }) datePrecision?: string | null;
  @Field(() => String, { nullable: true, description: 'Verbatim words.' }) quote?: string | null;
  @Field(() => String, { nullable: true, description: '"press conference", "televised remarks".' }) via?: string | null;
  speakerKind!: string;
  speakerId!: string;
  actorId!: string | null;
  description!: string | null;
  claimId!: string;
  sources!: ProvenanceRecord[];
}

@ObjectType('Figure', {
  implements: Node,
  description:
    'A number: metric, value or range, unit, period and place. AGGREGATE and EVENT figures are never summed together.',
})
export class Figure {
  @Field(() => ID, { description: 'Globally unique id ("figure:…").' }) id!: string;
  @Field(() => String, {
    description: 'A controlled metric (see the metrics query), e.g. security_personnel_killed.',
  })
  metric!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The article\'s own name for the measure, when it differs ("soldiers_killed", "troops martyred").',
  })
  label?: string | null;
  @Field(() => Float, { nullable: true, description: 'The number, when the source gives one.' }) value?: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower bound of a range ("at least 20" gives low 20).' }) low?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'The best estimate within a range.' }) best?: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound of a range ("up to 50" gives high 50).' }) high?:
    number | null;
  @Field(() => String, { nullable: true, description: 'The source wording when not exact: "dozens", "over 200".' })
  approximation?: string | null;
  @Field(() => String, { description: 'What is counted: people, attacks, strikes, hours ...' }) unit!: string;
  @Field(() => FigureScope, { description: 'AGGREGATE (a period total) or EVENT (one event); never summed together.' })
  scope!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of the period counted, where known.' })
  periodStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the period counted, where known.' })
  periodEnd?: string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How exact the period is.' }) periodPrecision?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What is and is not counted ("CASUALTIES, not deaths"; "do not sum with the 205").',
  })
  qualifier?: string | null;
  claimId?: string | null;
  placeId?: string | null;
  placeIds?: string[];
  eventId?: string | null;
  groupKey?: string | null;
}
