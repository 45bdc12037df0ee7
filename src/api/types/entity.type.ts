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

  @Field(() => EntityKind, { description: 'What the entity is; the same as its GraphQL type (PERSON for Person ...).' })
  kind!: EntityKindName;

  @Field(() => String, {
    nullable: true,
    description: 'A short description from the sources (see accounts for who says what); null when none gives one.',
  })
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

@ObjectType('Person', {
  description: 'A person: an official, a commander, a spokesperson, a militant leader.',
  implements: [Node, Entity],
})
export class Person extends Entity {}

@ObjectType('Organization', {
  description: 'An organization: a government or ministry, armed forces, an armed group, a party, an outlet.',
  implements: [Node, Entity],
})
export class Organization extends Entity {
  @Field(() => OrganizationType, { description: 'What kind of organization it is.' }) orgType!: string;
}

@ObjectType('Place', {
  implements: [Node, Entity],
  description: 'A place; a COUNTRY place is also an actor (mediator, party ...).',
})
export class Place extends Entity {
  @Field(() => PlaceType, { description: 'What kind of place it is.' }) placeType!: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for countries.' }) countryCode?:
    string | null;
}

@ObjectType('Event', {
  description: 'Something that happened or is planned: a clash, an attack, talks, a statement, a campaign or series.',
  implements: [Node, Entity],
})
export class Event extends Entity {
  @Field(() => EventType, { description: "ACLED's event type (or DIPLOMACY, COMMUNICATION)." }) eventType!: string;
  @Field(() => EventSubType, { description: 'The sub-type within eventType.' }) subType!: string;
  @Field(() => GraphQLLocalDate, {
    description: 'First day of the period the event is known to (start of its precision).',
  })
  startDate!: string;
  @Field(() => GraphQLLocalDate, {
    description: 'Last day: the end of the event, or of the month/year when that is all that is known.',
  })
  endDate!: string;
  @Field(() => DatePrecision, { description: 'How exact startDate and endDate are.' }) datePrecision!: string;
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
