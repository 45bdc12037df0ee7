import 'reflect-metadata';
import fs from 'node:fs';
import { createSchema, SCHEMA_FILE } from '../api/schema';
import { printSchemaFile } from '../api/print-schema';

// Writes schema/schema.graphql from the type-graphql classes (a test fails when the two differ).
void createSchema().then((schema) => {
  fs.writeFileSync(SCHEMA_FILE, printSchemaFile(schema));
  console.log(`wrote ${SCHEMA_FILE}`);
});
