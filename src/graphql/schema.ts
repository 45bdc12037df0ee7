import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EntityResolver } from '../entity/entity.resolver';
import { Event, Organization, Person, Place } from '../entity/entity.type';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema/schema.graphql');

export const RESOLVERS = [EntityResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    // Types reachable only through interfaces must be listed, or they vanish from the schema.
    orphanedTypes: [Person, Organization, Place, Event],
    validate: false,
  });
}
