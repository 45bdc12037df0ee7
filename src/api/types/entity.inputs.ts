import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { EntitySort as EntitySortName } from '../../read/entity/entity.repository';
import { EntitySort, EventSubType, EventType, OrganizationType, PlaceType, SortDirection } from './enums';

@InputType('EntityOrder')
export class EntityOrder {
  @Field(() => EntitySort, { nullable: true }) sort?: EntitySortName;
  @Field(() => SortDirection, { nullable: true }) direction?: SortDirection;
}

@InputType('EventFilter')
export class EventFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alias (case, diacritics and honorifics ignored).',
  })
  name?: string;
  @Field(() => [EventType], { nullable: true }) eventTypes?: string[];
  @Field(() => [EventSubType], { nullable: true }) subTypes?: string[];
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

@InputType('PersonFilter')
export class PersonFilter {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'People holding an office in, or members of, this organization (or country).',
  })
  organizationId?: string;
}

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => [OrganizationType], { nullable: true }) orgTypes?: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'Based in, operating in or governing this place or a place within it.',
  })
  placeId?: string;
}

@InputType('PlaceFilter')
export class PlaceFilter {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => [PlaceType], { nullable: true }) placeTypes?: string[];
  @Field(() => ID, { nullable: true, description: 'Places within this place, at any depth.' }) withinId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Places that share a border with this place (a BORDERS relationship either way round).',
  })
  borders?: string;
}
