import neo4j, { type Driver } from 'neo4j-driver';
import { FACT_TYPES } from './custom.cypher';
import type { Neo4jConnection } from './target';

// The parameters of the eight questions, picked from whatever graph is loaded (the seed or a generated
// corpus) by a few direct queries before anything is timed, so the same harness works on any corpus.
// Every pick is deterministic: ties are broken by id.

export interface Fixtures {
  /** Q1: a mid-degree entity (75th percentile of relationships to other entities). */
  entityId: string;
  /** Q2: the most common organization type. */
  orgType: string;
  /** Q3: the search text (the hub country's name). */
  searchText: string;
  /** Q4: the country with the most fact relationships, and the node cap (khabar's maximum). */
  hubId: string;
  hoodLimit: number;
  /**
   * Q5: from the Q1 entity to an entity three fact hops away (or fewer when nothing is that far) whose
   * shortest paths all fit in one answer (at most 50).
   */
  pathFromId: string;
  pathToId: string;
  /** Q6: the event with the most participants. */
  eventId: string;
  /** Q7: the person or organization with the most events. */
  actorId: string;
  /** Q8: the year in which the most events start. */
  year: number;
}

export const HOOD_LIMIT = 500;
export const PATH_LIMIT = 50;
export const MAX_HOPS = 4;

type Row = Record<string, unknown>;

async function first(driver: Driver, database: string, query: string, params: Row = {}): Promise<Row> {
  const { records } = await driver.executeQuery(query, params, { database, routing: neo4j.routing.READ });
  const record = records[0];
  if (!record) throw new Error(`fixtures: no row for ${query.trim().split('\n')[0]}`);
  return record.toObject();
}

const MID_DEGREE_ENTITY = `
MATCH (n:Entity)
WITH n, COUNT { (n)--(:Entity) } AS degree WHERE degree > 0
ORDER BY degree, n.id
WITH collect(n.id) AS ids
RETURN ids[toInteger(size(ids) * 0.75)] AS id`;

const COMMON_ORG_TYPE = `
MATCH (o:Organization) RETURN o.orgType AS orgType, count(*) AS n ORDER BY n DESC, orgType LIMIT 1`;

const HUB_COUNTRY = `
MATCH (c:Country)
RETURN c.id AS id, c.name AS name, COUNT { (c)-[:${FACT_TYPES}]-() } AS degree
ORDER BY degree DESC, id LIMIT 1`;

/** The entities farthest from the start within three fact hops (up to 20 of them, by id). */
const FAR_ENTITIES = `
MATCH (a:Entity {id: $id})
MATCH p = (a)-[:${FACT_TYPES}*1..3]-(b:Entity)
WHERE b <> a
WITH b, min(length(p)) AS dist
ORDER BY dist DESC, b.id
WITH dist, collect(b.id) AS ids
RETURN ids[0..20] AS ids, dist ORDER BY dist DESC LIMIT 1`;

const SHORTEST_PATH_COUNT = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..6]-(b))
RETURN count(p) AS n`;

const BUSIEST_EVENT = `
MATCH (e:Event)
RETURN e.id AS id, COUNT { (:Actor)-[:PARTICIPATED_IN]->(e) } AS n ORDER BY n DESC, id LIMIT 1`;

const BUSIEST_ACTOR = `
MATCH (a:Entity) WHERE a:Person OR a:Organization
RETURN a.id AS id, COUNT { (a)-[:PARTICIPATED_IN]->(:Event) } AS n ORDER BY n DESC, id LIMIT 1`;

const BUSIEST_YEAR = `
MATCH (e:Event) RETURN e.startDate.year AS year, count(*) AS n ORDER BY n DESC, year DESC LIMIT 1`;

/** The first of the farthest entities whose shortest paths all fit in one khabar page of paths. */
async function pickPathEnd(driver: Driver, database: string, from: string): Promise<string> {
  const far = await first(driver, database, FAR_ENTITIES, { id: from });
  for (const to of far.ids as string[]) {
    const count = await first(driver, database, SHORTEST_PATH_COUNT, { from, to });
    if (Number(count.n) <= PATH_LIMIT) return to;
  }
  throw new Error(`fixtures: no entity near ${from} with at most ${PATH_LIMIT} shortest paths`);
}

export async function discoverFixtures(driver: Driver, conn: Neo4jConnection): Promise<Fixtures> {
  const db = conn.database;
  const entityId = String((await first(driver, db, MID_DEGREE_ENTITY)).id);
  const hub = await first(driver, db, HUB_COUNTRY);
  const actorId = String((await first(driver, db, BUSIEST_ACTOR)).id);
  return {
    entityId,
    orgType: String((await first(driver, db, COMMON_ORG_TYPE)).orgType),
    searchText: String(hub.name),
    hubId: String(hub.id),
    hoodLimit: HOOD_LIMIT,
    pathFromId: entityId,
    pathToId: await pickPathEnd(driver, db, entityId),
    eventId: String((await first(driver, db, BUSIEST_EVENT)).id),
    actorId,
    year: Number((await first(driver, db, BUSIEST_YEAR)).year),
  };
}
