// Shortest paths between two nodes by a breadth-first search from both ends at once, one level per
// database round trip, bounded by cost rather than by a small fixed number of hops: the search stops
// when the two sides meet, when maxHops is reached, or when it has examined its budget of
// relationships. The last case is reported (stoppedEarly), so "no path" is never confused with "not
// looked far enough". Every shortest path is found when the budget allows (up to the limit asked).
// This file keeps the bookkeeping; the repository runs the queries.

/** One relationship seen from the side that walked it. */
export interface Step {
  from: string;
  rel: string;
  to: string;
}

interface Reached {
  depth: number;
  /** Every way this node was reached at its depth: the node before it and the relationship used. */
  via: { node: string; rel: string }[];
}

/** One side of the search: the nodes it reached and the frontier it will expand next. */
export class Side {
  readonly reached = new Map<string, Reached>();
  frontier: string[];
  depth = 0;

  constructor(start: string) {
    this.reached.set(start, { depth: 0, via: [] });
    this.frontier = [start];
  }

  /** Takes one level's relationships; returns the nodes new at this level. */
  advance(steps: Step[]): string[] {
    const depth = this.depth + 1;
    const fresh: string[] = [];
    for (const s of steps) {
      const known = this.reached.get(s.to);
      if (!known) {
        this.reached.set(s.to, { depth, via: [{ node: s.from, rel: s.rel }] });
        fresh.push(s.to);
      } else if (known.depth === depth && !known.via.some((v) => v.node === s.from && v.rel === s.rel)) {
        known.via.push({ node: s.from, rel: s.rel });
      }
    }
    this.depth = depth;
    this.frontier = fresh;
    return fresh;
  }

  /** Every shortest walk from this side's start to node, as [nodes, rels] from the start; at most max. */
  walks(node: string, max: number): { nodes: string[]; rels: string[] }[] {
    const r = this.reached.get(node);
    if (!r) return [];
    if (r.depth === 0) return [{ nodes: [node], rels: [] }];
    const out: { nodes: string[]; rels: string[] }[] = [];
    for (const v of r.via) {
      for (const w of this.walks(v.node, max - out.length)) {
        out.push({ nodes: [...w.nodes, node], rels: [...w.rels, v.rel] });
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}

/** A path as element ids, from the start to the end. */
export interface FoundPath {
  nodes: string[];
  rels: string[];
}

/**
 * The shortest paths through the nodes where the two sides meet: for each meeting node on a shortest
 * length, every walk from the start to it joined with every walk from it to the end. A path through
 * several meeting nodes is counted once.
 */
export function joinPaths(from: Side, to: Side, meetings: string[], limit: number): FoundPath[] {
  const length = (m: string) => from.reached.get(m)!.depth + to.reached.get(m)!.depth;
  const shortest = Math.min(...meetings.map(length));
  const seen = new Set<string>();
  const paths: FoundPath[] = [];
  for (const m of [...meetings].sort()) {
    if (length(m) !== shortest) continue;
    for (const head of from.walks(m, limit)) {
      for (const tail of to.walks(m, limit)) {
        const path = {
          nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()],
          rels: [...head.rels, ...[...tail.rels].reverse()],
        };
        const key = path.rels.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        paths.push(path);
        if (paths.length >= limit) return paths;
      }
    }
  }
  return paths;
}
