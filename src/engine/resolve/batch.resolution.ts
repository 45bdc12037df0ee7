import type { TxRunner } from '../../db/database';
import { nameKeys } from '../../model/names';
import type { EntityKind } from '../../model/vocabulary';
import type { ExternalRefs } from '../bundle/bundle.validator';
import { findKnown, type Declared, type Match, type Resolution } from './entity.resolution';

// Entity resolution for many articles in one transaction (the bulk load), with the same outcome as
// resolving them one after the other: an article sees the entities the articles before it declared,
// by id and by name. It only handles the clear cases: an id found with the right kind, a name that
// matches one entity or none by any of its keys, plain or phonetic. Anything else (a kind clash, a name
// matching several entities, which one by one weighs by evidence, a fusing name, a missing reference)
// returns null, and the caller ingests those articles one by one, where the same rules give the same
// outcome or the same error, naming the article.

export interface BatchArticle {
  declared: Declared[];
  /** Claims the article states: later articles may refer to them. */
  claimIds: string[];
  external: ExternalRefs;
}

const keyOf = (kind: string, key: string) => `${kind}|${key}`;

/** Graph entities known by each candidate key (one index seek per key), as kind|key → ids. */
async function graphNameHits(tx: TxRunner, candidates: Declared[], now: string): Promise<Map<string, Set<string>>> {
  const hits = new Map<string, Set<string>>();
  if (!candidates.length) return hits;
  const lockIds = [...new Set(candidates.flatMap((d) => nameKeys(d.names).map((k) => keyOf(d.kind, k))))].sort();
  await tx.run('lock-name-keys', { ids: lockIds, now });
  const rows = await tx.run('find-entities-by-name-keys', {
    candidates: lockIds.map((id) => {
      const [kind, key] = id.split(/\|(.*)/s) as [EntityKind, string];
      return { ref: id, kind, keys: [key], exactKeys: [key] };
    }),
  });
  for (const r of rows) hits.set(r.ref, (hits.get(r.ref) ?? new Set()).add(r.id));
  return hits;
}

/**
 * Resolves every article of a batch, in order, or returns null when any of them needs the careful,
 * one-by-one path. The result holds one resolution per article.
 */
export async function resolveBatch(tx: TxRunner, articles: BatchArticle[], now: string): Promise<Resolution[] | null> {
  const allIds = [...new Set(articles.flatMap((a) => [...a.declared.map((d) => d.id), ...a.external.keys()]))];
  const graph = await findKnown(tx, allIds);
  // Entities new to the graph whose name is to be looked up; the name keys they may match.
  const newById = articles.flatMap((a) => a.declared.filter((d) => !graph.has(d.id)));
  const graphHits = await graphNameHits(tx, newById, now);

  const seen = new Map(graph); // grows with what earlier articles declared
  const renamed = new Map<string, string>(); // a bundle id an earlier article resolved by name → its entity
  const batchKeys = new Map<string, Set<string>>(); // kind|key → ids declared so far in this batch
  const results: Resolution[] = [];
  for (const article of articles) {
    const map = new Map<string, string>();
    const matched: Match[] = [];
    for (const d of article.declared) {
      const earlier = renamed.get(d.id);
      if (earlier !== undefined) {
        map.set(d.id, earlier);
        matched.push({ bundleId: d.id, id: earlier, by: 'name' });
        continue;
      }
      const s = seen.get(d.id);
      if (s) {
        if (s.kind !== d.kind) return null;
        matched.push({ bundleId: d.id, id: d.id, by: 'id' });
        continue;
      }
      const keys = nameKeys(d.names).map((k) => keyOf(d.kind, k));
      const ids = new Set(keys.flatMap((k) => [...(graphHits.get(k) ?? []), ...(batchKeys.get(k) ?? [])]));
      if (ids.size > 1) return null;
      const [target] = ids;
      if (target !== undefined) {
        map.set(d.id, target);
        matched.push({ bundleId: d.id, id: target, by: 'name' });
      }
    }
    const targets = article.declared.map((d) => map.get(d.id) ?? d.id);
    if (new Set(targets).size !== targets.length) return null;
    for (const [id, ref] of article.external) {
      const s = seen.get(id);
      if (!s) return null;
      if (s.kind !== 'CLAIM' && !ref.allowed.includes(s.kind)) return null;
      if (ref.mustAct && s.kind === 'PLACE' && !s.isCountry) return null;
    }
    // What this article declares is known to the next ones: by id, and by every name.
    article.declared.forEach((d, i) => {
      const id = targets[i]!;
      if (id !== d.id) renamed.set(d.id, id);
      else if (!seen.has(id)) seen.set(id, { kind: d.kind, isCountry: d.isCountry === true });
      for (const k of nameKeys(d.names)) {
        const key = keyOf(d.kind, k);
        batchKeys.set(key, (batchKeys.get(key) ?? new Set()).add(id));
      }
    });
    for (const id of article.claimIds) if (!seen.has(id)) seen.set(id, { kind: 'CLAIM', isCountry: false });
    results.push({ resolve: (id) => map.get(id) ?? id, matched });
  }
  return results;
}
