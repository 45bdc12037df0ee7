import type { Express, Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Authenticator } from '../auth/auth.service';
import { requireRead } from '../core/principal';
import { ErrorCode, KhabarError, badInput, httpStatusOf } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Database } from '../db/database';
import { ACTOR_RANKINGS, EVENT_GROUPINGS, GRANULARITIES } from '../model/dashboard.model';
import { CLAIM_KINDS, ENTITY_KINDS, EVENT_TYPES, FIGURE_SCOPES } from '../model/vocabulary';
import {
  claimStancesQuery,
  eventsOverTimeQuery,
  figureSeriesQuery,
  topActorsQuery,
} from '../read/dashboard/dashboard.query';
import { DashboardRepository } from '../read/dashboard/dashboard.repository';
import {
  claimStancesTable,
  eventsOverTimeTable,
  figureSeriesTable,
  summaryTable,
  topActorsTable,
  type Cell,
  type Table,
} from './export.tables';
import { sendError, sendKhabarError } from './http.errors';

// GET /export/<name>.csv and /export/<name>.json: the dashboard aggregates for spreadsheets and BI
// tools. Query parameters carry the GraphQL field's arguments under the same names; lists may be
// repeated (?kinds=PERSON&kinds=ORGANIZATION) or comma-separated. A bad or unknown parameter is a 400
// whose body, shaped like a GraphQL error, names it in extensions.parameter.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

class Params {
  constructor(
    private readonly query: Record<string, unknown>,
    allowed: string[],
  ) {
    const known = new Set([...allowed, 'bom']);
    const unknown = Object.keys(query).find((k) => !known.has(k));
    if (unknown !== undefined) throw badInput(unknown, `unknown parameter; this export takes ${[...known].join(', ')}`);
  }

  private raw(name: string): string | undefined {
    const v = this.query[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw badInput(name, 'give it once');
    return v.trim() === '' ? undefined : v.trim();
  }

  string(name: string): string | null {
    const v = this.raw(name);
    if (v !== undefined && v.length > 200) throw badInput(name, 'at most 200 characters');
    return v ?? null;
  }

  date(name: string): string | null {
    const v = this.raw(name);
    if (v === undefined) return null;
    const t = Date.parse(`${v}T00:00:00Z`);
    if (!DATE.test(v) || Number.isNaN(t) || !new Date(t).toISOString().startsWith(v))
      throw badInput(name, 'must be a date YYYY-MM-DD');
    return v;
  }

  requiredDate(name: string): string {
    const v = this.date(name);
    if (v === null) throw badInput(name, 'is required (YYYY-MM-DD)');
    return v;
  }

  /** Case-insensitive, so ?granularity=month works as well as MONTH. */
  choice<T extends string>(name: string, values: readonly T[], fallback?: T): T {
    const v = this.raw(name);
    if (v === undefined) {
      if (fallback === undefined) throw badInput(name, `is required: one of ${values.join(', ')}`);
      return fallback;
    }
    const hit = values.find((x) => x === v.toUpperCase());
    if (!hit) throw badInput(name, `must be one of ${values.join(', ')}`);
    return hit;
  }

  optionalChoice<T extends string>(name: string, values: readonly T[]): T | null {
    return this.raw(name) === undefined ? null : this.choice(name, values);
  }

  list<T extends string>(name: string, values?: readonly T[]): T[] | null {
    const v = this.query[name];
    if (v === undefined) return null;
    const items = (Array.isArray(v) ? v : [v])
      .flatMap((x) => String(x).split(','))
      .map((x) => x.trim())
      .filter(Boolean);
    if (items.length > 50) throw badInput(name, 'at most 50 values');
    if (!values) return items.length ? (items as T[]) : null;
    const out = items.map((x) => {
      const hit = values.find((y) => y === x.toUpperCase());
      if (!hit) throw badInput(name, `'${x}' is not one of ${values.join(', ')}`);
      return hit;
    });
    return out.length ? out : null;
  }

  int(name: string, fallback: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if (!/^\d{1,6}$/.test(v)) throw badInput(name, 'must be a whole number');
    return Number(v);
  }

  bool(name: string): boolean {
    const v = this.raw(name);
    if (v === undefined) return false;
    if (!/^(true|false|1|0)$/i.test(v)) throw badInput(name, 'must be true or false');
    return /^(true|1)$/i.test(v);
  }
}

interface ExportDef {
  name: string;
  params: string[];
  /** The table and the parts of its download file name. */
  run(p: Params, repo: DashboardRepository): Promise<{ table: Table; nameParts: string[] }>;
}

const EXPORTS: ExportDef[] = [
  {
    name: 'events-over-time',
    params: ['granularity', 'from', 'to', 'groupBy', 'eventTypes', 'placeId', 'actorId', 'limit'],
    async run(p, repo) {
      const q = eventsOverTimeQuery({
        granularity: p.choice('granularity', GRANULARITIES),
        from: p.requiredDate('from'),
        to: p.requiredDate('to'),
        groupBy: p.choice('groupBy', EVENT_GROUPINGS, 'TYPE'),
        eventTypes: p.list('eventTypes', EVENT_TYPES),
        placeId: p.string('placeId'),
        actorId: p.string('actorId'),
        limit: p.int('limit', 20),
      });
      const result = await repo.eventsOverTime(q);
      return {
        table: eventsOverTimeTable(result),
        nameParts: [q.unit, `by-${q.groupBy.toLowerCase()}`, result.from, result.to],
      };
    },
  },
  {
    name: 'figure-series',
    params: ['metrics', 'scope', 'placeId', 'speakerId', 'from', 'to'],
    async run(p, repo) {
      const q = figureSeriesQuery({
        metrics: p.list('metrics'),
        scope: p.optionalChoice('scope', FIGURE_SCOPES),
        placeId: p.string('placeId'),
        speakerId: p.string('speakerId'),
        from: p.date('from'),
        to: p.date('to'),
      });
      return {
        table: figureSeriesTable(await repo.figureSeries(q)),
        nameParts: q.scope ? [q.scope.toLowerCase()] : [],
      };
    },
  },
  {
    name: 'top-actors',
    params: ['by', 'kinds', 'eventTypes', 'placeId', 'from', 'to', 'limit'],
    async run(p, repo) {
      const q = topActorsQuery({
        by: p.choice('by', ACTOR_RANKINGS, 'EVENTS'),
        kinds: p.list('kinds', ENTITY_KINDS),
        eventTypes: p.list('eventTypes', EVENT_TYPES),
        placeId: p.string('placeId'),
        from: p.date('from'),
        to: p.date('to'),
        limit: p.int('limit', 10),
      });
      return { table: topActorsTable(await repo.topActors(q), q.by), nameParts: [`by-${q.by.toLowerCase()}`] };
    },
  },
  {
    name: 'claim-stances',
    params: ['about', 'kinds', 'from', 'to', 'limit'],
    async run(p, repo) {
      const q = claimStancesQuery({
        about: p.string('about'),
        kinds: p.list('kinds', CLAIM_KINDS),
        from: p.date('from'),
        to: p.date('to'),
        limit: p.int('limit', 20),
      });
      return { table: claimStancesTable(await repo.claimStances(q)), nameParts: [] };
    },
  },
  {
    name: 'summary',
    params: [],
    async run(_p, repo) {
      return { table: summaryTable(await repo.summary()), nameParts: [] };
    },
  },
];

/** Spreadsheets run a cell starting with = + - @ as a formula; a leading quote keeps article text inert. */
function csvCell(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function toCsv(table: Table, bom: boolean): string {
  return stringify(
    table.rows.map((r) => table.columns.map((c) => csvCell(r[c] ?? null))),
    { header: true, columns: table.columns, bom, cast: { boolean: (b) => String(b) } },
  );
}

function sendExportError(res: Response, err: unknown, log: Logger, path: string) {
  if (err instanceof KhabarError && err.code === ErrorCode.BAD_USER_INPUT) {
    // The parameter at fault under a name that says what it is (`field` in GraphQL arguments).
    const { field, ...rest } = err.extensions;
    sendError(res, 400, err.code, err.message, { ...rest, parameter: field });
    return;
  }
  if (err instanceof KhabarError && httpStatusOf(err.code)) {
    sendKhabarError(res, err);
    return;
  }
  log.error({ err, path }, 'export failed');
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}

/** Exports read the graph, so they answer to the same rule as GraphQL reads (AUTH_READS_REQUIRE_AUTH). */
export function registerExportRoutes(app: Express, deps: { db: Database; log: Logger; auth: Authenticator }): void {
  const repo = new DashboardRepository(deps.db);
  for (const def of EXPORTS) {
    for (const format of ['csv', 'json'] as const) {
      app.get(`/export/${def.name}.${format}`, async (req: Request, res: Response) => {
        try {
          requireRead(await deps.auth.authenticate(req.headers), deps.auth.readsRequireAuth);
          const params = new Params(req.query, def.params);
          const bom = params.bool('bom');
          const { table, nameParts } = await def.run(params, repo);
          const file = ['khabar', def.name, ...nameParts].join('-') + `.${format}`;
          res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
          res.setHeader('Cache-Control', 'no-cache');
          if (format === 'csv') {
            res.type('text/csv; charset=utf-8').send(toCsv(table, bom));
          } else {
            res
              .type('application/json; charset=utf-8')
              .send(JSON.stringify({ ...table.meta, columns: table.columns, rows: table.rows }));
          }
        } catch (err) {
          sendExportError(res, err, deps.log, req.path);
        }
      });
    }
  }
}
