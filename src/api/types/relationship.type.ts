import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Direction as DirectionName } from '../../model/relationship.model';
import type { ProvenanceRecord } from '../../model/source.model';
import { Direction, ParticipantRole, RelationshipType } from './enums';

@ObjectType('Relationship', {
  description: 'A relationship of an entity with another, with its properties and sources.',
})
export class Relationship {
  @Field(() => RelationshipType, { description: 'The relationship type.' }) type!: string;
  @Field(() => Direction, {
    description: 'OUT when this entity is the start of the stored relationship, IN when it is the end.',
  })
  direction!: DirectionName;
  @Field(() => ParticipantRole, { nullable: true, description: 'For PARTICIPATED_IN.' }) role?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it began, where known.' }) startDate?:
    string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When it ended, where known; null while it lasts or when unknown.',
  })
  endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'A note from the source or an editor.' }) note?: string | null;
  otherId!: string;
  sources!: ProvenanceRecord[];
}

@ObjectType('Participation', { description: 'An actor taking part in an event, in a role.' })
export class Participation {
  @Field(() => ParticipantRole, { description: 'The part the actor played.' }) role!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A note from the source ("led the delegation", "claimed responsibility").',
  })
  note?: string | null;
  actorId!: string;
  eventId!: string;
  sources!: ProvenanceRecord[];
}

@ObjectType('Position', {
  description: 'A person holding an office of an organization (or a country), with dates where known.',
})
export class Position {
  @Field(() => String, { description: 'Stable id of the office ("office:…"), shared by everyone who held it.' })
  officeId!: string;
  @Field(() => String, { description: '"Defence Minister of Pakistan".' }) officeName!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the term began, where known.' }) startDate?:
    string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When the term ended, where known; null while in office or when unknown.',
  })
  endDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Latest date a source shows the person in office.' })
  asOf?: string | null;
  personId!: string;
  organizationId!: string;
  sources!: ProvenanceRecord[];
}
