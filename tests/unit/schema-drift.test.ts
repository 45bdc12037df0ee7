import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSchema, SCHEMA_FILE } from '../../src/api/schema';
import { printSchemaFile } from '../../src/api/print-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema generated from the code (run `npm run schema:emit` after changing types)', async () => {
    const generated = printSchemaFile(await createSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
