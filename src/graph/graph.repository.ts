import { int, type Plain } from '../neo4j/neo4j.convert';
import type { Database, Row } from '../neo4j/neo4j.database';
import { parseProvenance } from '../source/provenance';
import {
  HopDirection,
  NodeKind,
  type GraphEdge,
  type GraphNode,
  type HopRecord,
  type Neighborhood,
} from './graph.type';

const KIND_BY_LABEL: [string, NodeKind][] = [
  ['Claim', NodeKind.CLAIM],
  ['Figure', NodeKind.FIGURE],
  ['Article', NodeKind.ARTICLE],
  ['Office', NodeKind.OFFICE],
];

function toGraphNode(p: Plain): GraphNode {
  const m = p as Record<string, Plain>;
  const labels = (m.labels as string[]) ?? [];
  // Labels first: a Claim's own kind property (STATEMENT, REPORT ...) is not a NodeKind.
  const kind = KIND_BY_LABEL.find(([l]) => labels.includes(l))?.[1] ?? (m.kind as NodeKind | null) ?? NodeKind.OFFICE;
  const label = m.name ?? m.title ?? m.text ?? m.metric ?? m.id;
  const subtype = m.orgType ?? m.placeType ?? m.eventType ?? (kind === NodeKind.CLAIM ? m.kind : null) ?? null;
  return { id: String(m.id), label: String(label), kind, subtype: subtype === null ? null : String(subtype) };
}

export class GraphRepository {
  constructor(private readonly db: Database) {}

  async neighborhood(id: string, depth: number, types: string[], limit: number): Promise<Neighborhood | null> {
    const [row] = await this.db.read('find-neighborhood', { id, depth: int(depth), types, limit: int(limit) });
    if (!row) return null;
    const nodes = (row.nodes as Plain[]).map(toGraphNode);
    const edges = ((row.edges as Row[]) ?? []).filter(Boolean).map((e): GraphEdge => ({
      id: String(e.id),
      type: String(e.type),
      source: String(e.source),
      target: String(e.target),
      role: (e.role as string) ?? null,
    }));
    const reachable = Number(row.total);
    return { nodes, edges, reachable, truncated: reachable > nodes.length - 1 };
  }

  async paths(
    fromId: string,
    toId: string,
    maxHops: number,
    limit: number,
  ): Promise<{ length: number; nodes: GraphNode[]; hops: HopRecord[] }[]> {
    const rows = await this.db.read('find-shortest-paths', { fromId, toId, maxHops: int(maxHops), limit: int(limit) });
    return rows.map((row) => {
      const nodes = (row.nodes as Plain[]).map(toGraphNode);
      const hops = (row.hops as Row[]).map((h, i): HopRecord => ({
        type: String(h.type),
        from: String(h.from),
        to: String(h.to),
        direction: h.from === nodes[i]!.id ? HopDirection.FORWARD : HopDirection.BACKWARD,
        role: (h.role as string) ?? null,
        sources: parseProvenance(h.provenance ?? null),
      }));
      return { length: hops.length, nodes, hops };
    });
  }
}
