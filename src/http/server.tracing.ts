import {
  SpanKind,
  SpanStatusCode,
  context,
  createContextKey,
  defaultTextMapGetter,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator, hrTime } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import type { RequestHandler } from 'express';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AppConfig } from '../core/config';

// OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: a span per request (named after
// the GraphQL operation by the tracing plugin), a span per resolver that reaches the database, and a span
// per Cypher file under it. Resolvers that only read what their parent loaded (most of them) get no span:
// a resolver's span is opened, backdated to when it started, by its first Cypher query.

export interface Tracing {
  tracer: Tracer;
  /** Flushes pending spans and stops exporting. */
  shutdown(): Promise<void>;
}

let contextManagerInstalled = false;

/** Parent/child links across awaits need a context manager; there is one per process. */
function installContextManager(): void {
  if (contextManagerInstalled) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  contextManagerInstalled = true;
}

/**
 * The tracer for this server: exporting to the configured OTLP/HTTP collector, or to `exporter` (tests);
 * undefined when tracing is off.
 */
export function createTracing(config: AppConfig['tracing'], exporter?: SpanExporter): Tracing | undefined {
  if (!exporter && !config.otlpEndpoint) return undefined;
  installContextManager();
  const processor = exporter
    ? new SimpleSpanProcessor({ exporter })
    : new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: `${config.otlpEndpoint!.replace(/\/+$/, '')}/v1/traces` }),
      });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [processor],
  });
  return { tracer: provider.getTracer('khabar'), shutdown: () => provider.shutdown() };
}

const propagator = new W3CTraceContextPropagator();

/** Opens the request's server span (continuing the caller's trace when it sends `traceparent`). */
export function traceRequests(tracer: Tracer, name: string): RequestHandler {
  return (req, res, next) => {
    const parent = propagator.extract(context.active(), req.headers, defaultTextMapGetter);
    const span = tracer.startSpan(
      name,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': req.originalUrl.split('?')[0] },
      },
      parent,
    );
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** A resolver that has started and may yet open its span (when it reaches the database). */
interface PendingResolver {
  name: string;
  path: string;
  started: ReturnType<typeof hrTime>;
  parent: Context;
  span?: Span;
}

const PENDING = createContextKey('khabar.pending-resolver');

function pathOf(path: { prev: unknown; key: string | number } | undefined): string {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.prev as typeof path) keys.unshift(p.key);
  return keys.join('.');
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Wraps the schema's resolvers so that those reaching the database get a span (the schema is changed). */
export function traceResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const name = `${type.name}.${field.name}`;
      const traced: GraphQLFieldResolver<unknown, unknown> = (source, args, ctx, info) => {
        const pending: PendingResolver = { name, path: pathOf(info.path), started: hrTime(), parent: context.active() };
        const end = () => pending.span?.end();
        const fail = (err: unknown) => {
          pending.span?.recordException(err as Error);
          pending.span?.setStatus({ code: SpanStatusCode.ERROR });
          end();
        };
        return context.with(context.active().setValue(PENDING, pending), () => {
          let out: unknown;
          try {
            out = resolve(source, args, ctx, info);
          } catch (err) {
            fail(err);
            throw err;
          }
          if (!isPromise(out)) {
            end();
            return out;
          }
          return out.then(
            (value) => {
              end();
              return value;
            },
            (err: unknown) => {
              fail(err);
              throw err;
            },
          );
        });
      };
      field.resolve = traced;
    }
  }
}

/** The observer for each Cypher query: a span under its resolver's (opened now if it was still pending). */
export function startCypherSpan(tracer: Tracer, query: string): (error?: unknown) => void {
  const active = context.active();
  const pending = active.getValue(PENDING) as PendingResolver | undefined;
  let parent = active;
  if (pending) {
    pending.span ??= tracer.startSpan(
      `resolve ${pending.name}`,
      {
        startTime: pending.started,
        attributes: { 'graphql.field.name': pending.name, 'graphql.field.path': pending.path },
      },
      pending.parent,
    );
    parent = trace.setSpan(active, pending.span);
  }
  const span = tracer.startSpan(
    `cypher ${query}`,
    { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'neo4j', 'db.query.summary': query } },
    parent,
  );
  return (error) => {
    if (error !== undefined) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  };
}
