import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ParticipantRole, RelationshipType } from '../graphql/enums';
import type { ProvenanceRecord } from '../source/source.type';

export enum NodeKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PLACE = 'PLACE',
  EVENT = 'EVENT',
  CLAIM = 'CLAIM',
  FIGURE = 'FIGURE',
  ARTICLE = 'ARTICLE',
  OFFICE = 'OFFICE',
}
registerEnumType(NodeKind, { name: 'NodeKind' });

export enum HopDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}
registerEnumType(HopDirection, {
  name: 'HopDirection',
  description: 'FORWARD: the relationship points along the path.',
});

@ObjectType('GraphNode', { description: 'A node ready to draw.' })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Name, title, claim text or metric.' }) label!: string;
  @Field(() => NodeKind) kind!: NodeKind;
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
  @Field(() => Int, { description: 'Nodes reachable within the depth, before the limit.' }) reachable!: number;
  @Field(() => Boolean, { description: 'True when the limit cut nodes off.' }) truncated!: boolean;
}

export interface HopRecord {
  type: string;
  from: string;
  to: string;
  direction: HopDirection;
  role?: string | null;
  sources: ProvenanceRecord[];
}

@ObjectType('PathHop', { description: 'One step of a path, with the stored direction of its relationship.' })
export class PathHop {
  @Field(() => RelationshipType) type!: string;
  @Field(() => ID, { description: 'Start node of the stored relationship.' }) from!: string;
  @Field(() => ID, { description: 'End node of the stored relationship.' }) to!: string;
  @Field(() => HopDirection) direction!: HopDirection;
  @Field(() => ParticipantRole, { nullable: true }) role?: string | null;
  sources!: ProvenanceRecord[];
}

@ObjectType('Path')
export class Path {
  @Field(() => Int) length!: number;
  @Field(() => [GraphNode], { description: 'Nodes in walk order, from fromId to toId.' }) nodes!: GraphNode[];
  @Field(() => [PathHop]) hops!: HopRecord[];
}
