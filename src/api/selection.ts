import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

const isTree = (t: ResolveTree | FieldsByTypeName): t is ResolveTree => typeof t.name === 'string';

/**
 * The field names a query selects directly on this resolver's result, whatever the concrete type
 * (fragments and inline fragments on Event, Person … included). Repositories use it to read what
 * will be asked for in the same round trip as the parent.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const tree = parseResolveInfo(info);
  const byType: FieldsByTypeName = tree && isTree(tree) ? tree.fieldsByTypeName : {};
  const names = new Set<string>();
  for (const fields of Object.values(byType)) for (const f of Object.values(fields)) names.add(f.name);
  return names;
}
