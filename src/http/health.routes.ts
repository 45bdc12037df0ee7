import type { Express, RequestHandler } from 'express';
import { UNAVAILABLE_RETRY_AFTER_SEC } from './http.errors';
import type { Neo4jAvailability } from './neo4j.availability';

// Two questions for orchestrators: is the process alive (/health/live: restart it if not), and can it serve
// (/health/ready: Neo4j reachable and the schema applied; take it out of rotation if not, but do not restart
// it, since it recovers by itself when Neo4j returns). /health is the readiness check, as it always was.

export function registerHealthRoutes(app: Express, availability: Neo4jAvailability): void {
  app.get('/health/live', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  const ready: RequestHandler = async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (await availability.check()) {
      res.json({ status: 'ok', neo4j: 'up' });
      return;
    }
    res.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SEC));
    res.status(503).json({ status: 'unavailable', neo4j: 'down' });
  };
  app.get('/health/ready', ready);
  app.get('/health', ready);
}
