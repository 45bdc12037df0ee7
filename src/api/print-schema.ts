import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export function printSchemaFile(schema: GraphQLSchema): string {
  return (
    '# Generated from the type-graphql classes in src/ by `npm run schema:emit`. Do not edit.\n\n' +
    `${printSchema(lexicographicSortSchema(schema))}\n`
  );
}
