import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { EntityRecord } from '../../model/entity.model';
import type { EntityKind as EntityKindName } from '../../model/vocabulary';
import { DatePrecision, EntityKind, EventSubType, EventType, OrganizationType, PlaceType } from './enums';
import { Node } from './node.type';

@InterfaceType('Entity', {
  implements: Node,
  description: 'Anything with a name in the graph: a person, organization, place or event.',
  resolveType: (value: EntityRecord) => KIND_TO_TYPE[value.kind],
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable id, e.g. "person:khawaja-muhammad-asif".' })
  id!: string;

  @Field(() => String, { description: 'Preferred display name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names: acronyms, short forms, transliterations.' })
  aliases!: string[];

  @Field(() => EntityKind)
  kind!: EntityKindName;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, {
    description: 'Fact relationships with other entities (the CONNECTIONS sort), kept up to date as facts are written.',
  })
  connectionCount!: number;

  @Field(() => Int, {
    description:
      'Writes to the entity so far (1 when created). Send it back as expectedVersion to refuse a write ' +
      'when someone changed the entity since you read it.',
  })
  version!: number;
}

@ObjectType('Person', { implements: [Node, Entity] })
export class Person extends Entity {}

@ObjectType('Organization', { implements: [Node, Entity] })
export class Organization extends Entity {
  @Field(() => OrganizationType) orgType!: string;
}

@ObjectType('Place', {
  implements: [Node, Entity],
  description: 'A place; a COUNTRY place is also an actor (mediator, party ...).',
})
export class Place extends Entity {
  @Field(() => PlaceType) placeType!: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for countries.' }) countryCode?:
    string | null;
}

@ObjectType('Event', { implements: [Node, Entity] })
export class Event extends Entity {
  @Field(() => EventType) eventType!: string;
  @Field(() => EventSubType) subType!: string;
  @Field(() => GraphQLLocalDate, {
    description: 'First day of the period the event is known to (start of its precision).',
  })
  startDate!: string;
  @Field(() => GraphQLLocalDate, {
    description: 'Last day: the end of the event, or of the month/year when that is all that is known.',
  })
  endDate!: string;
  @Field(() => DatePrecision) datePrecision!: string;
  @Field(() => Boolean, {
    description: 'Still going on when last reported; endDate is then the end of the start period.',
  })
  ongoing!: boolean;
}

const KIND_TO_TYPE: Record<EntityKindName, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  EVENT: 'Event',
};
