import { ensureLauncherCompiled, ensureNeo4jJars } from '../dev/local-neo4j.launcher';

// Resolves the Neo4j jars and compiles the launcher ahead of time (CI, Docker-less setups).
// `npm start` and the tests do the same on demand; this only moves the wait.
try {
  ensureNeo4jJars((m) => console.log(m));
  ensureLauncherCompiled((m) => console.log(m));
  console.log('local Neo4j is installed in tools/neo4j-local/');
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
