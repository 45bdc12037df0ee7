import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ParticipantRole, RelationshipType } from '../graphql/enums';
import type { ProvenanceRecord } from '../source/source.type';

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
}
registerEnumType(Direction, { name: 'Direction', description: 'OUT: this entity is the start of the relationship.' });

export interface RelationshipRecord {
  type: string;
  direction: Direction;
  otherId: string;
  role?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  note?: string | null;
  sources: ProvenanceRecord[];
}

@ObjectType('Relationship', {
  description: 'A relationship of an entity with another, with its properties and sources.',
})
export class Relationship {
  @Field(() => RelationshipType) type!: string;
  @Field(() => Direction) direction!: Direction;
  @Field(() => ParticipantRole, { nullable: true, description: 'For PARTICIPATED_IN.' }) role?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) startDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  otherId!: string;
  sources!: ProvenanceRecord[];
}

export interface ParticipationRecord {
  actorId: string;
  eventId: string;
  role: string;
  note?: string | null;
  sources: ProvenanceRecord[];
}

@ObjectType('Participation', { description: 'An actor taking part in an event, in a role.' })
export class Participation {
  @Field(() => ParticipantRole) role!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  actorId!: string;
  eventId!: string;
  sources!: ProvenanceRecord[];
}

export interface PositionRecord {
  personId: string;
  officeId: string;
  officeName: string;
  organizationId: string;
  startDate?: string | null;
  endDate?: string | null;
  asOf?: string | null;
  sources: ProvenanceRecord[];
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
