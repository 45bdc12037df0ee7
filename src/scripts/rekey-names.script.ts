import 'reflect-metadata';
import { loadConfig } from '../core/config';
import { connect } from '../db/database';
import { rekeyNames } from '../engine/resolve/name-keys.rekey';

// npx tsx src/scripts/rekey-names.script.ts
// Recomputes every entity's name keys (normalised, phonetic, the mention linker's) from its names, for a
// graph written before the name normalisation changed. Uses NEO4J_URI when set, else the local Neo4j of
// a running `npm start`. Safe to run again: it rewrites only entities whose keys differ.

async function main(): Promise<number> {
  const config = loadConfig();
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.localNeo4j.port}`;
  const db = await connect(uri, { user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.database);
  try {
    await db.applySchema();
    const report = await rekeyNames(db, 500, (r) => process.stdout.write(`\r${r.examined} entities examined`));
    console.log(`\n${report.rekeyed} of ${report.examined} entities re-keyed`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
