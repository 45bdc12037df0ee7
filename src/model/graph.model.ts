import type { ProvenanceRecord } from './source.model';
import { ENTITY_KINDS } from './vocabulary';

/** What a drawn node is: a named entity's kind, or one of the other node types of the graph. */
export const NODE_KINDS = [...ENTITY_KINDS, 'CLAIM', 'FIGURE', 'ARTICLE', 'OFFICE'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** FORWARD: the stored relationship points along the path. */
export const HOP_DIRECTIONS = ['FORWARD', 'BACKWARD'] as const;
export type HopDirection = (typeof HOP_DIRECTIONS)[number];

export interface GraphNode {
  id: string;
  label: string;
  kind: NodeKind;
  subtype: string | null;
}

interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
}

export interface Neighborhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
  reachable: number;
  reachableExact: boolean;
  truncated: boolean;
}

export interface HopRecord {
  type: string;
  from: string;
  to: string;
  direction: HopDirection;
  role: string | null;
  sources: ProvenanceRecord[];
}

export interface PathRecord {
  length: number;
  nodes: GraphNode[];
  hops: HopRecord[];
}
