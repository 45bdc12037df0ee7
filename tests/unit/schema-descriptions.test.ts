import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema';

type Kind = 'types' | 'fields' | 'arguments' | 'inputFields' | 'enumValues';

interface Coverage {
  total: Record<Kind, number>;
  missing: Record<Kind, string[]>;
}

function described(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length > 0;
}

// What a generated client shows in its hover text and docs: every named type, field, argument, input
// field and enum value the schema defines (not GraphQL's own scalars and introspection types).
function coverage(schema: GraphQLSchema): Coverage {
  const kinds: Kind[] = ['types', 'fields', 'arguments', 'inputFields', 'enumValues'];
  const total = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>;
  const missing = Object.fromEntries(kinds.map((k) => [k, [] as string[]])) as Record<Kind, string[]>;
  const count = (kind: Kind, name: string, description: string | null | undefined) => {
    total[kind] += 1;
    if (!described(description)) missing[kind].push(name);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    count('types', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('fields', `${type.name}.${field.name}`, field.description);
        for (const arg of field.args) count('arguments', `${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('inputFields', `${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) count('enumValues', `${type.name}.${value.name}`, value.description);
    }
  }
  return { total, missing };
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field and enum value', async () => {
    const { total, missing } = coverage(await createSchema());
    const lines = (Object.keys(total) as Kind[]).map((kind) => {
      const done = total[kind] - missing[kind].length;
      const pct = total[kind] === 0 ? 100 : (100 * done) / total[kind];
      return `${kind}: ${done}/${total[kind]} (${pct.toFixed(1)}%)`;
    });
    const undescribed = (Object.keys(missing) as Kind[]).flatMap((kind) => missing[kind].map((n) => `  ${kind} ${n}`));
    if (undescribed.length > 0) {
      console.log(`Description coverage:\n${lines.join('\n')}\nWithout a description:\n${undescribed.join('\n')}`);
    }
    expect(undescribed, `without a description (${lines.join('; ')})`).toEqual([]);
  });
});
