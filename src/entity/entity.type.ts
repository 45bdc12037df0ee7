import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { EntityKind } from './entity-kind.enum';

/** Plain shape the repository returns for any named entity. */
export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  description?: string | null;
  [key: string]: unknown;
}

@InterfaceType('Entity', {
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
  kind!: EntityKind;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType('Person', { implements: Entity })
export class Person extends Entity {}

@ObjectType('Organization', { implements: Entity })
export class Organization extends Entity {}

@ObjectType('Place', { implements: Entity })
export class Place extends Entity {}

@ObjectType('Event', { implements: Entity })
export class Event extends Entity {}

const KIND_TO_TYPE: Record<EntityKind, string> = {
  [EntityKind.PERSON]: 'Person',
  [EntityKind.ORGANIZATION]: 'Organization',
  [EntityKind.PLACE]: 'Place',
  [EntityKind.EVENT]: 'Event',
};
