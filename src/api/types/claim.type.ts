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
  @Field(() => ID) id!: string;
  @Field(() => ClaimKind) kind!: string;
  @Field(() => String, { description: 'The claim in one neutral sentence.' }) text!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) date?: string | null;
  @Field(() => DatePrecision, { nullable: true }) datePrecision?: string | null;
  @Field(() => [String], { description: 'Verbatim quotes of its speakers.' }) quotes!: string[];
}

@ObjectType('ClaimStance', {
  description:
    'A speaker asserting or denying a claim (a named actor, an unnamed source, or the outlet), with their words ' +
    'where quoted.',
})
export class ClaimStance {
  @Field(() => Stance) stance!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) date?: string | null;
  @Field(() => DatePrecision, { nullable: true }) datePrecision?: string | null;
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
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'A controlled metric (see the metrics query), e.g. security_personnel_killed.',
  })
  metric!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The article\'s own name for the measure, when it differs ("soldiers_killed", "troops martyred").',
  })
  label?: string | null;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => Float, { nullable: true }) low?: number | null;
  @Field(() => Float, { nullable: true }) best?: number | null;
  @Field(() => Float, { nullable: true }) high?: number | null;
  @Field(() => String, { nullable: true, description: 'The source wording when not exact: "dozens", "over 200".' })
  approximation?: string | null;
  @Field(() => String) unit!: string;
  @Field(() => FigureScope) scope!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodEnd?: string | null;
  @Field(() => DatePrecision, { nullable: true }) periodPrecision?: string | null;
  @Field(() => String, { nullable: true }) qualifier?: string | null;
  claimId?: string | null;
  placeId?: string | null;
  placeIds?: string[];
  eventId?: string | null;
  groupKey?: string | null;
}
