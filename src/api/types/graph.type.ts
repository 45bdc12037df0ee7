import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HopDirection as HopDirectionName, HopRecord, NodeKind as NodeKindName } from '../../model/graph.model';
import type { ProvenanceRecord } from '../../model/source.model';
import { HopDirection, NodeKind, ParticipantRole, RelationshipType } from './enums';

@ObjectType('GraphNode', { description: 'A node ready to draw.' })
export class GraphNode {
  @Field(() => ID, {
    description: 'Id of the entity, claim, figure, article or office; node(id:) fetches the first four.',
  })
  id!: string;
  @Field(() => String, { description: 'Name, title, claim text or metric.' }) label!: string;
  @Field(() => NodeKind, { description: 'What the node is.' }) kind!: NodeKindName;
  @Field(() => String, { nullable: true, description: 'orgType, placeType, eventType or claim kind.' }) subtype?:
    string | null;
}

@ObjectType('GraphEdge', { description: 'A relationship between two nodes, ready to draw.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id of the edge within a response.' }) id!: string;
  @Field(() => RelationshipType, { description: 'The relationship type.' }) type!: string;
  @Field(() => ID, { description: 'Id of the node it starts at (the stored direction).' }) source!: string;
  @Field(() => ID, { description: 'Id of the node it ends at.' }) target!: string;
  @Field(() => ParticipantRole, { nullable: true, description: 'For PARTICIPATED_IN: the part played.' }) role?:
    string | null;
}

@ObjectType('Neighborhood', { description: '{ nodes, edges } around a node.' })
export class Neighborhood {
  @Field(() => [GraphNode], { description: 'The nodes, the start first.' }) nodes!: GraphNode[];
  @Field(() => [GraphEdge], { description: 'Edges between the nodes returned.' }) edges!: GraphEdge[];
  @Field(() => Int, {
    description:
      'Nodes reachable within the depth, before the limit (the start not counted). The walk stops after ten times ' +
      'the limit (at most 5,000) nodes: then this is a lower bound and reachableExact is false.',
  })
  reachable!: number;
  @Field(() => Boolean, { description: 'False when reachable is a lower bound.' }) reachableExact!: boolean;
  @Field(() => Boolean, { description: 'True when the limit cut nodes off.' }) truncated!: boolean;
}

@ObjectType('PathHop', { description: 'One step of a path, with the stored direction of its relationship.' })
export class PathHop {
  @Field(() => RelationshipType, { description: 'The relationship type of this step.' }) type!: string;
  @Field(() => ID, { description: 'Start node of the stored relationship.' }) from!: string;
  @Field(() => ID, { description: 'End node of the stored relationship.' }) to!: string;
  @Field(() => HopDirection, { description: 'Whether the stored relationship points along the path.' })
  direction!: HopDirectionName;
  @Field(() => ParticipantRole, { nullable: true, description: 'For PARTICIPATED_IN: the part played.' }) role?:
    string | null;
  sources!: ProvenanceRecord[];
}

@ObjectType('Path', { description: 'A path between two nodes.' })
export class Path {
  @Field(() => Int, { description: 'Number of hops.' }) length!: number;
  @Field(() => [GraphNode], { description: 'Nodes in walk order, from fromId to toId.' }) nodes!: GraphNode[];
  @Field(() => [PathHop], { description: 'The steps, in walk order.' }) hops!: HopRecord[];
}
