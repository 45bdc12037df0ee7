import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { EntitySort as EntitySortName } from '../../read/entity/entity.repository';
import { EntitySort, EventSubType, EventType, OrganizationType, PlaceType, SortDirection } from './enums';

@InputType('EntityOrder', { description: 'How to sort a list of entities.' })
export class EntityOrder {
  @Field(() => EntitySort, {
    nullable: true,
    description: 'What to sort by (default per list: NAME, or START_DATE for events).',
  })
  sort?: EntitySortName;
  @Field(() => SortDirection, { nullable: true, description: 'ASC (default) or DESC.' }) direction?: SortDirection;
}

@InputType('EventFilter', { description: 'Which events to list; every field given must match.' })
export class EventFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alias (case, diacritics and honorifics ignored).',
  })
  name?: string;
  @Field(() => [EventType], { nullable: true, description: 'Events of any of these types.' }) eventTypes?: string[];
  @Field(() => [EventSubType], { nullable: true, description: 'Events of any of these sub-types.' })
  subTypes?: string[];
  @Field(() => ID, { nullable: true, description: 'Events in this place or any place within it.' }) placeId?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Events whose period ends on or after this day.' })
  from?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Events whose period starts on or before this day.' })
  to?: string;
  @Field(() => ID, { nullable: true, description: 'Events this actor took part in.' }) participantId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Events the organization, its units, members or office holders took part in.',
  })
  organizationId?: string;
}

@InputType('PersonFilter', { description: 'Which people to list; every field given must match.' })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alias (case, diacritics and honorifics ignored).',
  })
  name?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'People holding an office in, or members of, this organization (or country).',
  })
  organizationId?: string;
}

@InputType('OrganizationFilter', { description: 'Which organizations to list; every field given must match.' })
export class OrganizationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alias (case, diacritics and honorifics ignored).',
  })
  name?: string;
  @Field(() => [OrganizationType], { nullable: true, description: 'Organizations of any of these types.' })
  orgTypes?: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'Based in, operating in or governing this place or a place within it.',
  })
  placeId?: string;
}

@InputType('PlaceFilter', { description: 'Which places to list; every field given must match.' })
export class PlaceFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alias (case, diacritics and honorifics ignored).',
  })
  name?: string;
  @Field(() => [PlaceType], { nullable: true, description: 'Places of any of these types.' }) placeTypes?: string[];
  @Field(() => ID, { nullable: true, description: 'Places within this place, at any depth.' }) withinId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Places that share a border with this place (a BORDERS relationship either way round).',
  })
  borders?: string;
}
