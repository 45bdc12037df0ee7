import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/neo4j.database';

/** Loads the seed only into an empty graph, so a restart never touches edited data. */
export async function seedIfEmpty(db: Database, log: Logger): Promise<boolean> {
  const [counts] = await db.read('count-graph');
  if (Number(counts?.nodes ?? 0) > 0) {
    log.info({ nodes: counts?.nodes }, 'graph not empty: seed skipped');
    return false;
  }
  await db.write('seed-placeholder');
  log.info('placeholder seed loaded');
  return true;
}
