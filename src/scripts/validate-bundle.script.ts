import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBundle, type BundleProblem } from '../engine/bundle/bundle.validator';
import { checkEvidence, readArticleFile } from '../engine/bundle/bundle.evidence';

// Checks bundles without a database, everything in one run: shape, vocabularies, references, and that
// every evidence excerpt and quote is verbatim in the article text (article.file, beside the bundle).
// A missing text is a failure unless --skip-evidence says the excerpts are not to be checked.
// Usage: npm run bundle:check -- [--skip-evidence] data/articles/*.json

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { 'skip-evidence': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const skipEvidence = values['skip-evidence'];
if (!positionals.length) {
  console.error('usage: npm run bundle:check -- [--skip-evidence] <bundle.json> [more.json ...]');
  process.exit(2);
}

/** The article text's problem, if any: none when it is read or evidence is skipped on purpose. */
function textProblem(file: string, articleFile: string | undefined): { text: string | null; problem?: BundleProblem } {
  if (skipEvidence) return { text: null };
  if (!articleFile) {
    return {
      text: null,
      problem: {
        fact: 'article',
        field: 'file',
        message: 'names no article text, so no excerpt can be checked (add it, or run with --skip-evidence)',
      },
    };
  }
  const text = readArticleFile(articleFile, path.dirname(path.resolve(file)));
  if (text !== null) return { text };
  return {
    text: null,
    problem: {
      fact: 'article',
      field: 'file',
      message:
        `the article text '${articleFile}' was not found beside the bundle, so no excerpt was checked ` +
        '(put it there, or run with --skip-evidence)',
    },
  };
}

let failed = false;
for (const file of positionals) {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    failed = true;
    console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    continue;
  }
  const check = checkBundle(raw);
  const articleFile = check.partial.article?.file;
  const { text, problem } = textProblem(file, articleFile);
  const problems = [
    ...check.problems,
    ...(problem ? [problem] : []),
    ...(text ? checkEvidence(check.partial, text) : []),
  ];
  if (check.external.size) {
    console.log(
      `${file}: refers to ids it does not declare (must exist in the graph): ${[...check.external.keys()].join(', ')}`,
    );
  }
  if (problems.length) {
    failed = true;
    console.error(
      `${file}: FAILED — ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p.fact}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n'),
    );
    continue;
  }
  const b = check.partial;
  console.log(
    `${file}: ok — ${b.entities.length} entities, ${b.events.length} events, ${b.positions.length} positions, ` +
      `${b.claims.length} claims, ${b.relationships.length} relationships, ${b.stances.length} stances` +
      (skipEvidence ? ' (evidence not checked: --skip-evidence)' : ''),
  );
}
process.exit(failed ? 1 : 0);
