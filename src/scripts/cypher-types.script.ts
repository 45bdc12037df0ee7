import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../core/paths';
import { CypherRegistry } from '../db/cypher.registry';
import { renderQueryTypes } from '../db/query-types.render';

// Writes src/db/queries.generated.ts from the cypher/ headers (a unit test fails when the two differ).
const out = path.join(paths.root, 'src', 'db', 'queries.generated.ts');
void renderQueryTypes(new CypherRegistry(), out).then((text) => {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(paths.root, out)}`);
});
