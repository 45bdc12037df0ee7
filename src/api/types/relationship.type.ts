import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Direction as DirectionName } from '../../model/relationship.model';
import type { ProvenanceRecord } from '../../model/source.model';
import { Direction, ParticipantRole, RelationshipType } from './enums';

@ObjectType('Relationship', {
  description: 'A relationship of an entity with another, with its properties and sources.',
})
export class Relationship {
  @Field(() => RelationshipType) type!: string;
  @Field(() => Direction) direction!: DirectionName;
  @Field(() => ParticipantRole, { nullable: true, description: 'For PARTICIPATED_IN.' }) role?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  otherId!: string;
  sources!: ProvenanceRecord[];
}

@ObjectType('Participation', { description: 'An actor taking part in an event, in a role.' })
export class Participation {
  @Field(() => ParticipantRole) role!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  actorId!: string;
  eventId!: string;
  sources!: ProvenanceRecord[];
}

@ObjectType('Position', {
  description: 'A person holding an office of an organization (or a country), with dates where known.',
})
export class Position {
  @Field(() => String) officeId!: string;
  @Field(() => String, { description: '"Defence Minister of Pakistan".' }) officeName!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Latest date a source shows the person in office.' })
  asOf?: string | null;
  personId!: string;
  organizationId!: string;
  sources!: ProvenanceRecord[];
}
