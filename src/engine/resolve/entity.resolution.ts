import type { TxRunner } from '../../db/database';
import { exactKeys, nameKeys } from '../../model/names';
import type { EntityKind } from '../../model/vocabulary';
import { BundleValidationError, type BundleProblem, type ExternalRefs } from '../bundle/bundle.validator';

// Entity resolution, inside the writing transaction: bundle ids are matched to the graph by id, then by
// normalised name or alias within the same kind, or by its phonetic key ("Najeeb" = "Najib"), through
// the name key index. Never a guess: two candidates with equal evidence are an error naming both. Ids a
// bundle uses without declaring must exist, with a kind the use allows.

/** An entity or event a bundle declares, to be matched against the graph. */
export interface Declared {
  fact: string;
  id: string;
  kind: EntityKind;
  names: string[];
  /** A PLACE that is a country (and so may act). */
  isCountry?: boolean;
}

export interface Match {
  bundleId: string;
  id: string;
  by: 'id' | 'name';
}

export interface Resolution {
  /** A bundle id → the graph id (itself unless it matched an existing entity by name). */
  resolve(id: string): string;
  matched: Match[];
}

/** What resolution knows of an id already in the graph. */
export interface Known {
  kind: EntityKind | 'CLAIM';
  isCountry: boolean;
}

/** Which of these ids exist in the graph, and as what (one index seek per id). */
export async function findKnown(tx: TxRunner, ids: string[]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  const claims = ids.filter((id) => id.startsWith('claim:'));
  const entities = ids.filter((id) => !id.startsWith('claim:'));
  if (entities.length) {
    for (const row of await tx.run('find-entity-kinds', { ids: entities })) {
      known.set(row.id, { kind: row.kind, isCountry: row.isCountry });
    }
  }
  if (claims.length) {
    for (const row of await tx.run('load-claims', { ids: claims }))
      known.set(row.key, { kind: 'CLAIM', isCountry: false });
  }
  return known;
}

/** Problems with ids used but not declared: missing from the graph, or there as the wrong kind. */
function externalProblems(external: ExternalRefs, known: Map<string, Known>): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const [id, ref] of external) {
    const use = ref.uses[0]!;
    const k = known.get(id);
    if (!k) problems.push({ ...use, message: `'${id}' is neither declared in the bundle nor in the graph` });
    else if (k.kind !== 'CLAIM' && !ref.allowed.includes(k.kind)) {
      problems.push({ ...use, message: `'${id}' is a ${k.kind} in the graph, expected ${ref.allowed.join(' or ')}` });
    } else if (ref.mustAct && k.kind === 'PLACE' && !k.isCountry) {
      problems.push({
        ...use,
        message: `'${id}' is a place but not a country; only people, organizations and countries act`,
      });
    }
  }
  return problems;
}

/** Checks that every external id exists with a kind its uses allow (single-fact writes need nothing else). */
export async function checkExternal(tx: TxRunner, external: ExternalRefs): Promise<void> {
  const problems = externalProblems(external, await findKnown(tx, [...external.keys()]));
  if (problems.length) throw new BundleValidationError(problems);
}

/** Kind-scoped name key ids, sorted: every ingest takes its locks in the same order (fewer deadlocks). */
function lockIdsOf(declared: Declared[]): string[] {
  return [...new Set(declared.flatMap((d) => nameKeys(d.names).map((k) => `${d.kind}|${k}`)))].sort();
}

/** Matches declared entities that are not in the graph by id against the names of existing ones. */
async function matchByName(tx: TxRunner, unresolved: Declared[], problems: BundleProblem[]): Promise<Match[]> {
  if (!unresolved.length) return [];
  const rows = await tx.run('find-entities-by-name-keys', {
    candidates: unresolved.map((d) => ({
      ref: d.id,
      kind: d.kind,
      keys: nameKeys(d.names),
      exactKeys: exactKeys(d.names),
    })),
  });
  const matches: Match[] = [];
  for (const d of unresolved) {
    const hits = rows.filter((row) => row.ref === d.id);
    if (hits.length === 0) continue;
    // Names that keep their honorifics are the stronger evidence when several entities match, and a
    // match on a plain key is stronger than one on a phonetic key alone. Equal evidence is a tie.
    const strength = (h: (typeof hits)[number]) => h.exactHits * 2 + (h.nameHits > 0 ? 1 : 0);
    const best = Math.max(...hits.map(strength));
    const top = hits.filter((h) => strength(h) === best);
    if (top.length > 1) {
      problems.push({
        fact: d.fact,
        field: 'name',
        message:
          `matches several existing ${d.kind} entities (${top
            .map((h) => h.id)
            .sort()
            .join(', ')}); ` + 'give the bundle entity the id of the right one',
      });
      continue;
    }
    matches.push({ bundleId: d.id, id: top[0]!.id, by: 'name' });
  }
  return matches;
}

/** Two bundle entities resolving to one graph entity would silently fuse them. */
function fusionProblems(declared: Declared[], resolve: (id: string) => string): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const targets = new Map<string, string>();
  for (const d of declared) {
    const t = resolve(d.id);
    const other = targets.get(t);
    if (other !== undefined && other !== d.id) {
      problems.push({
        fact: d.fact,
        field: 'name',
        message: `resolves to the same existing entity '${t}' as '${other}'`,
      });
    }
    targets.set(t, d.id);
  }
  return problems;
}

/**
 * Resolves a bundle's declared entities and checks its external ids. Entities new by id are matched
 * by name under the locks of their name keys, so that two concurrent ingests creating the same new
 * entity resolve one after the other. Throws (rolling the transaction back) on a kind clash, an
 * ambiguous name or a missing reference.
 */
export async function resolveEntities(
  tx: TxRunner,
  declared: Declared[],
  external: ExternalRefs,
  now: string,
): Promise<Resolution> {
  const known = await findKnown(tx, [...declared.map((d) => d.id), ...external.keys()]);
  const problems = externalProblems(external, known);
  const matched: Match[] = [];
  const unresolved: Declared[] = [];
  for (const d of declared) {
    const k = known.get(d.id);
    if (k === undefined) unresolved.push(d);
    else if (k.kind !== d.kind) {
      problems.push({
        fact: d.fact,
        field: 'kind',
        message: `'${d.id}' exists in the graph as ${k.kind}, not ${d.kind}`,
      });
    } else matched.push({ bundleId: d.id, id: d.id, by: 'id' });
  }
  const lockIds = lockIdsOf(unresolved);
  if (lockIds.length) await tx.run('lock-name-keys', { ids: lockIds, now });
  const byName = await matchByName(tx, unresolved, problems);
  const map = new Map(byName.map((m) => [m.bundleId, m.id]));
  const resolve = (id: string) => map.get(id) ?? id;
  problems.push(...fusionProblems(declared, resolve));
  if (problems.length) throw new BundleValidationError(problems);
  return { resolve, matched: [...matched, ...byName] };
}
