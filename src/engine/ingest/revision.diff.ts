import type { FactKind, KeyedFact } from '../facts/fact.keys';

// The difference between two revisions of one article's bundle, fact by fact: a fact is the same fact
// when its key is (fact.keys.ts), changed when anything the article says about it differs (its source
// and excerpt included), added or removed otherwise.

interface FactChange {
  kind: FactKind;
  key: string;
  /** Where the fact is in the new bundle (in the old one for a removed fact). */
  fact: string;
  before: unknown;
  after: unknown;
}

export interface FactDiff {
  added: FactChange[];
  changed: FactChange[];
  removed: FactChange[];
}

/** JSON with keys in order, so that two equal facts always compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function byKey(facts: KeyedFact[]): Map<string, KeyedFact[]> {
  const m = new Map<string, KeyedFact[]>();
  for (const f of facts) m.set(f.key, [...(m.get(f.key) ?? []), f]);
  return m;
}

/** A fact stated twice (a participant also listed in participations) is compared as the set of its statements. */
const contentOf = (fs: KeyedFact[]) => (fs.length === 1 ? fs[0]!.content : fs.map((f) => f.content));
const signature = (fs: KeyedFact[]) =>
  fs
    .map((f) => canonical(f.content))
    .sort()
    .join('\n');

export function diffFacts(before: KeyedFact[], after: KeyedFact[]): FactDiff {
  const old = byKey(before);
  const now = byKey(after);
  const diff: FactDiff = { added: [], changed: [], removed: [] };
  for (const [key, fs] of now) {
    const was = old.get(key);
    const first = fs[0]!;
    if (!was) diff.added.push({ kind: first.kind, key, fact: first.fact, before: null, after: contentOf(fs) });
    else if (signature(was) !== signature(fs))
      diff.changed.push({ kind: first.kind, key, fact: first.fact, before: contentOf(was), after: contentOf(fs) });
  }
  for (const [key, fs] of old) {
    if (!now.has(key))
      diff.removed.push({ kind: fs[0]!.kind, key, fact: fs[0]!.fact, before: contentOf(fs), after: null });
  }
  return diff;
}
