import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listQueryFiles, listSchemaFiles, parseCypherFile, splitStatements } from '../../src/neo4j/cypher.registry';
import type { QueryName } from '../../src/neo4j/query-names';
import { closeTestDb, cypher, testDb } from '../support/test-db';

/** Every index and constraint in the database, as comparable rows. */
async function schemaState() {
  const indexes = await cypher(
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint ORDER BY name',
  );
  const constraints = await cypher(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
  );
  return { indexes, constraints };
}

describe('cypher/ files against the real Neo4j', () => {
  afterAll(closeTestDb);

  it('pass EXPLAIN', async () => {
    const db = await testDb();
    for (const f of listQueryFiles().map(parseCypherFile)) {
      await expect(db.explain(f.name as QueryName), f.name).resolves.toBeUndefined();
    }
  });

  it('schema files create every index and constraint they name, and a second run changes nothing', async () => {
    const db = await testDb();
    await db.applySchema();
    const first = await schemaState();
    await db.applySchema();
    expect(await schemaState()).toEqual(first);

    const named = listSchemaFiles()
      .flatMap((file) => splitStatements(fs.readFileSync(file, 'utf8')))
      .map((s) => /^CREATE (?:FULLTEXT |RANGE |TEXT |POINT )?(INDEX|CONSTRAINT) (\w+)/.exec(s))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(named.length).toBeGreaterThan(0);
    for (const [, what, name] of named) {
      const present = what === 'INDEX' ? first.indexes : first.constraints;
      expect(
        present.map((r) => r.name),
        `${what} ${name}`,
      ).toContain(name);
    }
  });
});
