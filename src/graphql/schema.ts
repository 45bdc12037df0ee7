import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { paths } from '../paths';
import { ClaimResolver, ClaimStanceResolver, FigureResolver } from '../claim/claim.resolver';
import { DashboardResolver } from '../dashboard/dashboard.resolver';
import { EntityResolver } from '../entity/entity.resolver';
import { Event, Organization, Person, Place } from '../entity/entity.type';
import { ParticipationResolver, PositionResolver, RelationshipResolver } from '../entity/relationship.resolver';
import { EventResolver } from '../event/event.resolver';
import { GraphResolver, PathHopResolver } from '../graph/graph.resolver';
import { OrganizationResolver } from '../organization/organization.resolver';
import { PersonResolver } from '../person/person.resolver';
import { PlaceResolver } from '../place/place.resolver';
import { ArticleResolver, MentionResolver, SourceResolver } from '../source/source.resolver';
import { WriteResolver } from '../write/write.resolver';

export const SCHEMA_FILE = paths.sdl;

export const RESOLVERS = [
  EntityResolver,
  PersonResolver,
  OrganizationResolver,
  PlaceResolver,
  EventResolver,
  RelationshipResolver,
  ParticipationResolver,
  PositionResolver,
  ClaimResolver,
  ClaimStanceResolver,
  FigureResolver,
  SourceResolver,
  ArticleResolver,
  MentionResolver,
  GraphResolver,
  PathHopResolver,
  WriteResolver,
  DashboardResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    // Types reachable only through interfaces must be listed, or they vanish from the schema.
    orphanedTypes: [Person, Organization, Place, Event],
    validate: false,
  });
}
