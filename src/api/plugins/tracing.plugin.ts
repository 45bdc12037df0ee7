import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { GraphQLContext } from '../context';

/**
 * Names and annotates the request's span (opened around the request by the HTTP layer, so that resolver
 * and Cypher spans nest under it) once the operation is known: "query WhoMediatedDoha", its type, name,
 * and the error codes of the answer. Without tracing there is no recording span and this does nothing.
 */
export function createTracingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return Promise.resolve(undefined);
      return Promise.resolve({
        didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'unknown';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.length) {
            const codes = [
              ...new Set(errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'))),
            ];
            span.setAttribute('graphql.error.codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
