import { Kind, parse, type ConstDirectiveNode, type TypeNode } from 'graphql';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql.typedefs';

// @neo4j/graphql has one field per relationship type and direction, and nothing like khabar's generic
// `relationships` list. The queries that need "every relationship to another entity" therefore select
// every such field; this module reads them off the type definitions, so the queries cannot drift from
// the model.

export interface RelationshipField {
  field: string;
  /** The stored relationship type. */
  type: string;
  direction: 'IN' | 'OUT';
  /** The GraphQL type at the other end (an object type, interface or union). */
  target: string;
  /** The other end is an interface (one UNION branch per implementing type in the generated Cypher). */
  abstract: boolean;
}

/** The entity node types, and the interfaces whose implementations are all entities. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event'];
const ABSTRACT_TARGETS = new Set(['Entity', 'Actor', 'Subject', 'Sourced']);
const ENTITY_TARGETS = new Set([...ENTITY_TYPES, 'Entity', 'Actor']);

function namedType(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type);
}

function stringArg(d: ConstDirectiveNode, name: string): string {
  const arg = d.arguments?.find((a) => a.name.value === name);
  if (!arg) throw new Error(`@${d.name.value} without ${name}`);
  // Enum values (direction: OUT) and strings (type: "WITHIN") both carry .value.
  if (arg.value.kind !== Kind.STRING && arg.value.kind !== Kind.ENUM) throw new Error(`@relationship ${name}`);
  return arg.value.value;
}

function readRelationshipFields(): Map<string, RelationshipField[]> {
  const byType = new Map<string, RelationshipField[]>();
  for (const def of parse(NEO4J_GRAPHQL_TYPEDEFS).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const fields: RelationshipField[] = [];
    for (const f of def.fields ?? []) {
      const rel = f.directives?.find((d) => d.name.value === 'relationship');
      if (!rel) continue;
      fields.push({
        field: f.name.value,
        type: stringArg(rel, 'type'),
        direction: stringArg(rel, 'direction') as 'IN' | 'OUT',
        target: namedType(f.type),
        abstract: ABSTRACT_TARGETS.has(namedType(f.type)),
      });
    }
    byType.set(def.name.value, fields);
  }
  return byType;
}

const RELATIONSHIP_FIELDS = readRelationshipFields();

/** The relationship fields of a node type whose other end is always an entity (what khabar's `relationships` lists). */
export function entityRelationshipFields(typeName: string): RelationshipField[] {
  return (RELATIONSHIP_FIELDS.get(typeName) ?? []).filter((f) => ENTITY_TARGETS.has(f.target));
}
