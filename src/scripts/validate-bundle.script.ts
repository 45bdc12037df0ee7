import fs from 'node:fs';
import path from 'node:path';
import { BundleValidationError, validateBundle } from '../engine/bundle/bundle.validator';
import { findUnsupportedEvidence } from '../engine/bundle/bundle.evidence';

// Checks bundles without a database: shape, references, and that every evidence excerpt is verbatim
// in the article file (when the file is reachable). Usage: npm run bundle:check -- data/articles/*.json
let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const { bundle, external } = validateBundle(raw);
    const missing = findUnsupportedEvidence(bundle, path.dirname(path.resolve(file)));
    if (missing === null) console.log(`${file}: article text not found; evidence not checked`);
    if (external.size)
      console.log(
        `${file}: refers to ids it does not declare (must exist in the graph): ${[...external.keys()].join(', ')}`,
      );
    if (missing?.length) {
      failed = true;
      console.error(
        `${file}: FAILED — evidence not found verbatim in the article:\n${missing.map((m) => `  - ${m}`).join('\n')}`,
      );
      continue;
    }
    console.log(
      `${file}: ok — ${bundle.entities.length} entities, ${bundle.events.length} events, ${bundle.positions.length}
        positions, ${bundle.claims.length} claims, ${bundle.relationships.length} relationships`,
    );
  } catch (err) {
    failed = true;
    console.error(
      `${file}: ${err instanceof BundleValidationError || err instanceof SyntaxError ? err.message : String(err)}`,
    );
  }
}
process.exit(failed ? 1 : 0);
