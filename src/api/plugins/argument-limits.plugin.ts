import type { ApolloServerPlugin } from '@apollo/server';
import {
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from '../../core/errors';
import type { AppConfig } from '../../core/config';
import type { GraphQLContext } from '../context';

// Length limits on every ID and String argument, nested input fields too, checked once per request before
// anything runs: an oversized value is refused as BAD_USER_INPUT (HTTP 400) naming the argument, rather than
// reaching an index seek, a name normaliser or the store.

/** Ids are slugs like `person:sarfraz-bugti`. */
const MAX_ID_LENGTH = 200;
/** Arguments that hold prose (an article, a claim, an excerpt, a quote) rather than a name. */
const TEXT_ARGUMENTS = new Set(['text', 'description', 'evidence', 'quote', 'note']);
/** Cursors are checked where they are read (core/keyset.ts), against a limit of their own. */
const CURSOR_ARGUMENTS = new Set(['after', 'before']);

type Limits = Pick<AppConfig['limits'], 'maxStringLength' | 'maxTextLength'>;

function maxLengthOf(name: string, type: GraphQLInputType, limits: Limits): number | undefined {
  const named = getNamedType(type).name;
  if (named === 'ID') return MAX_ID_LENGTH;
  if (named !== 'String' || CURSOR_ARGUMENTS.has(name)) return undefined;
  return TEXT_ARGUMENTS.has(name) ? limits.maxTextLength : limits.maxStringLength;
}

/** Throws BAD_USER_INPUT for the first value over its limit, named by its path (`input.aliases[2]`). */
function check(path: string, name: string, type: GraphQLInputType, value: unknown, limits: Limits): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((v, i) => check(`${path}[${i}]`, name, inner.ofType, v, limits));
    else check(path, name, inner.ofType, value, limits);
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      check(`${path}.${field.name}`, field.name, field.type, record[field.name], limits);
    }
    return;
  }
  const max = maxLengthOf(name, inner, limits);
  if (max !== undefined && typeof value === 'string' && value.length > max) {
    throw badInput(path, `at most ${max} characters, got ${value.length}`, { maxLength: max, http: { status: 400 } });
  }
}

/** Every field of the document with arguments, in fragments too, against the request's variables. */
function checkDocument(
  schema: GraphQLSchema,
  document: Parameters<typeof visit>[0],
  variables: Record<string, unknown>,
  limits: Limits,
) {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def?.args.length || !node.arguments?.length) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, variables);
        } catch {
          // Values that do not coerce are refused by execution, with graphql-js's own message.
          return;
        }
        for (const arg of def.args) check(arg.name, arg.name, arg.type, values[arg.name], limits);
      },
    }),
  );
}

export function createArgumentLimitsPlugin(limits: Limits): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          checkDocument(schema, document, request.variables ?? {}, limits);
          return Promise.resolve();
        },
      });
    },
  };
}
