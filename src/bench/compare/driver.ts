import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from './target';

/**
 * A driver configured like khabar's own (src/db: pool of 50, 30 s acquisition timeout, lossless
 * integers), so that connection pooling is not what differs between the targets.
 */
export async function openDriver(conn: Neo4jConnection): Promise<Driver> {
  const driver = neo4j.driver(conn.uri, conn.password ? neo4j.auth.basic(conn.user, conn.password) : undefined, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  });
  await driver.verifyConnectivity({ database: conn.database });
  return driver;
}
