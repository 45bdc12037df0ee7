import type { Database } from '../../db/database';
import { parseProvenance, toGraphNode } from '../../db/row.mappers';
import type { HopRecord, Neighborhood, PathRecord } from '../../model/graph.model';
import { joinPaths, Side, type FoundPath } from './path.search';

/** What a path search found, and how far it looked. */
export interface PathSearchRecord {
  paths: PathRecord[];
  /** The budget ran out before the search could finish: longer (or more) paths may exist. */
  stoppedEarly: boolean;
  /** Nodes reached from either end. */
  visited: number;
  /** Hops searched: the depths both sides reached, added. */
  searchedHops: number;
}

/** A node with more relationships than this is a hub: its edges are looked up from the other end. */
const HUB_DEGREE = 1000;

/** Shapes of the graph itself: the neighbourhood of a node, and the shortest paths between two. */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  /** withEdges false: the nodes only, for a query that selects no edges (they cost a look at each node's links). */
  async neighborhood(
    id: string,
    depth: number,
    types: string[],
    limit: number,
    withEdges = true,
  ): Promise<Neighborhood | null> {
    // Walk ten times the limit at most, so the count of what was left out stays cheap and says if it is exact.
    const countCap = Math.min(Math.max(limit * 10, 100), 5000);
    const [row] = await this.db.read('find-neighborhood', {
      id,
      depth,
      types,
      limit,
      countCap,
      degreeCap: HUB_DEGREE,
      withEdges,
    });
    if (!row) return null;
    const nodes = row.nodes.map(toGraphNode);
    const edges = row.edges.map((e) => ({ ...e, role: e.role ?? null }));
    return { nodes, edges, reachable: row.total, reachableExact: row.exact, truncated: row.total > nodes.length - 1 };
  }

  /**
   * Shortest paths between two entities over fact relationships (see path.search.ts): the two sides
   * take turns, the smaller frontier first, until they meet, maxHops is reached or the budget of
   * relationships examined runs out (stoppedEarly).
   */
  async paths(fromId: string, toId: string, maxHops: number, limit: number, budget: number): Promise<PathSearchRecord> {
    const none = (visited: number, searched: number, stoppedEarly: boolean): PathSearchRecord => ({
      paths: [],
      stoppedEarly,
      visited,
      searchedHops: searched,
    });
    const [ends] = await this.db.read('find-path-ends', { fromId, toId });
    if (!ends || ends.from === ends.to) return none(ends ? 1 : 0, 0, false);
    const a = new Side(ends.from);
    const b = new Side(ends.to);
    let spent = 0;
    while (a.depth + b.depth < maxHops) {
      const side = a.frontier.length <= b.frontier.length ? a : b;
      const other = side === a ? b : a;
      if (side.frontier.length === 0) return none(a.reached.size + b.reached.size, a.depth + b.depth, false);
      const cap = budget - spent;
      const steps = await this.db.read('expand-path-frontier', { ids: side.frontier, cap: cap + 1 });
      // A level cut short by the budget cannot tell which paths are shortest: stop and say so.
      if (steps.length > cap) return none(a.reached.size + b.reached.size, a.depth + b.depth, true);
      spent += steps.length;
      side.advance(steps);
      const meetings = [...side.reached.keys()].filter((n) => other.reached.has(n));
      if (meetings.length) {
        const found = joinPaths(a, b, meetings, limit);
        return {
          paths: await this.describe(found),
          stoppedEarly: false,
          visited: a.reached.size + b.reached.size,
          searchedHops: a.depth + b.depth,
        };
      }
    }
    return none(a.reached.size + b.reached.size, a.depth + b.depth, false);
  }

  /** Paths of element ids as nodes ready to draw and hops with their direction and sources. */
  private async describe(found: FoundPath[]): Promise<PathRecord[]> {
    if (!found.length) return [];
    const [parts] = await this.db.read('load-path-parts', {
      nodeIds: [...new Set(found.flatMap((p) => p.nodes))],
      relIds: [...new Set(found.flatMap((p) => p.rels))],
    });
    const nodes = new Map((parts?.nodes ?? []).map((n) => [n.key, toGraphNode(n.node)]));
    const rels = new Map((parts?.hops ?? []).map((h) => [h.key, h]));
    return found.map((p) => {
      const pathNodes = p.nodes.map((id) => nodes.get(id)!);
      const hops = p.rels.map((id, i): HopRecord => {
        const h = rels.get(id)!;
        return {
          type: h.type,
          from: h.from,
          to: h.to,
          direction: h.from === pathNodes[i]?.id ? 'FORWARD' : 'BACKWARD',
          role: h.role ?? null,
          sources: parseProvenance(h.provenance),
        };
      });
      return { length: hops.length, nodes: pathNodes, hops };
    });
  }
}
