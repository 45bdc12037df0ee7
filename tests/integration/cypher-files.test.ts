import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listQueryFiles, listSchemaFiles, parseCypherFile, splitStatements } from '../../src/db/cypher.registry';
import type { QueryName } from '../../src/db/queries.generated';
import { closeTestDb, cypher, testDb } from '../support/test-db';

/** Every index and constraint in the database, as comparable rows. */
async function schemaState() {
  const indexes = await cypher(
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint RETURN name, type, ' +
      'entityType, labelsOrTypes, properties, owningConstraint ORDER BY name',
  );
  const constraints = await cypher(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ' +
      'ORDER BY name',
  );
  return { indexes, constraints };
}

describe('cypher/ files against the real Neo4j', () => {
  afterAll(closeTestDb);

  it('pass EXPLAIN, and return exactly the columns their header lists, in order', async () => {
    const db = await testDb();
    for (const f of listQueryFiles().map(parseCypherFile)) {
      const columns = await db.explain(f.name as QueryName);
      expect(columns, f.name).toEqual(f.returns.map((c) => c.name));
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
