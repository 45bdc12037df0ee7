import { registerEnumType } from 'type-graphql';

export enum EntityKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PLACE = 'PLACE',
  EVENT = 'EVENT',
}

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What a named entity is; each kind is a GraphQL type implementing Entity.',
});
