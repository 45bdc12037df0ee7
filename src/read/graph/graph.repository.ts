import type { Database } from '../../db/database';
import { parseProvenance, toGraphNode } from '../../db/row.mappers';
import type { HopRecord, Neighborhood, PathRecord } from '../../model/graph.model';

/** A node with more relationships than this is a hub: its edges are looked up from the other end. */
const HUB_DEGREE = 1000;

/** Shapes of the graph itself: the neighbourhood of a node, and the shortest paths between two. */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  async neighborhood(id: string, depth: number, types: string[], limit: number): Promise<Neighborhood | null> {
    // Walk ten times the limit at most, so the count of what was left out stays cheap and says if it is exact.
    const countCap = Math.min(Math.max(limit * 10, 100), 5000);
    const [row] = await this.db.read('find-neighborhood', { id, depth, types, limit, countCap, degreeCap: HUB_DEGREE });
    if (!row) return null;
    const nodes = row.nodes.map(toGraphNode);
    const edges = row.edges.map((e) => ({ ...e, role: e.role ?? null }));
    return { nodes, edges, reachable: row.total, reachableExact: row.exact, truncated: row.total > nodes.length - 1 };
  }

  async paths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]> {
    const rows = await this.db.read('find-shortest-paths', { fromId, toId, maxHops, limit });
    return rows.map((row) => {
      const nodes = row.nodes.map(toGraphNode);
      const hops = row.hops.map((h, i): HopRecord => ({
        type: h.type,
        from: h.from,
        to: h.to,
        direction: h.from === nodes[i]?.id ? 'FORWARD' : 'BACKWARD',
        role: h.role ?? null,
        sources: parseProvenance(h.provenance),
      }));
      return { length: hops.length, nodes, hops };
    });
  }
}
