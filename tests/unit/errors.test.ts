import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createErrorMasker } from '../../src/api/error.masker';
import { ErrorCode, KhabarError } from '../../src/core/errors';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

const asResolverError = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['entity'] });

describe('error taxonomy', () => {
  it('masks unexpected errors to clients and logs them with detail', () => {
    const { log, lines } = capture();
    const mask = createErrorMasker(log);
    const error = asResolverError(new Error('Neo.ClientError.Statement.SyntaxError: secret query text'));
    const out = mask({ message: error.message, path: ['entity'] }, error);
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['entity'],
      locations: undefined,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(lines.join('')).toContain('secret query text');
  });

  it('passes expected errors through with their stable code', () => {
    const { log, lines } = capture();
    const error = asResolverError(new KhabarError(ErrorCode.NOT_FOUND, "entity 'x' does not exist"));
    const formatted = { message: error.message, extensions: { code: 'NOT_FOUND' } };
    expect(createErrorMasker(log)(formatted, error)).toBe(formatted);
    expect(lines).toEqual([]);
  });

  it('turns a graphql-armor rejection into LIMIT_EXCEEDED naming the limit', () => {
    const { log } = capture();
    const formatted = {
      message: 'Syntax Error: Query depth limit of 10 exceeded, found 12.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(createErrorMasker(log)(formatted, new GraphQLError(formatted.message))).toEqual({
      message: 'Query depth limit of 10 exceeded, found 12.',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'query depth', max: 10 },
    });
  });
});
