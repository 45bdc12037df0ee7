import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HopDirection as HopDirectionName, HopRecord, NodeKind as NodeKindName } from '../../model/graph.model';
import type { ProvenanceRecord } from '../../model/source.model';
import { HopDirection, NodeKind, ParticipantRole, RelationshipType } from './enums';

@ObjectType('GraphNode', { description: 'A node ready to draw.' })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Name, title, claim text or metric.' }) label!: string;
  @Field(() => NodeKind) kind!: NodeKindName;
  @Field(() => String, { nullable: true, description: 'orgType, placeType, eventType or claim kind.' }) subtype?:
    string | null;
}

@ObjectType('GraphEdge')
export class GraphEdge {
  @Field(() => ID) id!: string;
  @Field(() => RelationshipType) type!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => ParticipantRole, { nullable: true }) role?: string | null;
}

@ObjectType('Neighborhood', { description: '{ nodes, edges } around a node.' })
export class Neighborhood {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
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
  @Field(() => RelationshipType) type!: string;
  @Field(() => ID, { description: 'Start node of the stored relationship.' }) from!: string;
  @Field(() => ID, { description: 'End node of the stored relationship.' }) to!: string;
  @Field(() => HopDirection) direction!: HopDirectionName;
  @Field(() => ParticipantRole, { nullable: true }) role?: string | null;
  sources!: ProvenanceRecord[];
}

@ObjectType('Path')
export class Path {
  @Field(() => Int) length!: number;
  @Field(() => [GraphNode], { description: 'Nodes in walk order, from fromId to toId.' }) nodes!: GraphNode[];
  @Field(() => [PathHop]) hops!: HopRecord[];
}
