import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { paths } from '../core/paths';
import {
  AccountResolver,
  EntityAccountResolver,
  HistoryResolver,
  PositionAccountResolver,
  PositionDisputeResolver,
} from './resolvers/account.resolver';
import {
  ClaimConflictResolver,
  ClaimResolver,
  ClaimStanceResolver,
  FigureResolver,
  SpeakerResolver,
} from './resolvers/claim.resolver';
import { CorrectionResolver, CorrectionResultResolver } from './resolvers/correction.resolver';
import { DashboardResolver } from './resolvers/dashboard.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { Event, Organization, Person, Place } from './types/entity.type';
import { ParticipationResolver, PositionResolver, RelationshipResolver } from './resolvers/relationship.resolver';
import { EventResolver } from './resolvers/event.resolver';
import {
  ArticleIngestedResolver,
  ClaimAddedResolver,
  EntityChangedResolver,
  LiveResolver,
} from './resolvers/live.resolver';
import { GraphResolver, PathHopResolver } from './resolvers/graph.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { PlaceResolver } from './resolvers/place.resolver';
import { ArticleResolver, MentionResolver, SourceResolver } from './resolvers/source.resolver';
import { LinkedMentionResolver, WriteResolver } from './resolvers/write.resolver';

export const SCHEMA_FILE = paths.sdl;

const RESOLVERS = [
  NodeResolver,
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
  SpeakerResolver,
  ClaimConflictResolver,
  EntityAccountResolver,
  AccountResolver,
  PositionAccountResolver,
  PositionDisputeResolver,
  HistoryResolver,
  SourceResolver,
  ArticleResolver,
  MentionResolver,
  GraphResolver,
  PathHopResolver,
  WriteResolver,
  LinkedMentionResolver,
  CorrectionResolver,
  CorrectionResultResolver,
  DashboardResolver,
  LiveResolver,
  ArticleIngestedResolver,
  EntityChangedResolver,
  ClaimAddedResolver,
] as const;

// type-graphql wants a PubSub for any subscription, but ours subscribe through the context's feed (the
// server's, possibly shared by replicas), which a schema built once for every use cannot hold.
const SUBSCRIBE_THROUGH_CONTEXT: PubSub = {
  publish() {
    throw new Error('live updates are published through the context (GraphQLContext.live)');
  },
  subscribe() {
    throw new Error('live updates are subscribed through the context (GraphQLContext.live)');
  },
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    // Types reachable only through interfaces must be listed, or they vanish from the schema.
    orphanedTypes: [Person, Organization, Place, Event],
    validate: false,
    pubSub: SUBSCRIBE_THROUGH_CONTEXT,
  });
  describeRootTypes(schema);
  return schema;
}

// type-graphql has no option for the root types' descriptions; generated clients and IDEs show them.
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  if (query)
    query.description ??=
      'Reads: lookups by id, lists with filters as Relay connections, search, graph walks and charts.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description ??=
      'Writes: ingest articles and edit entities, relationships and claims (needs an editor key).';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description ??= 'Live updates from committed writes.';
}
