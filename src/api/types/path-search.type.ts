import { Field, Int, ObjectType } from 'type-graphql';
import type { PathRecord } from '../../model/graph.model';
import { Path } from './graph.type';

@ObjectType('PathSearch', { description: 'The shortest paths found, and how far the search looked.' })
export class PathSearch {
  @Field(() => [Path], { description: 'Every shortest path (up to limit); empty when none was found.' })
  paths!: PathRecord[];
  @Field(() => Boolean, {
    description:
      'True when the budget ran out before the search finished: a path may exist that was not found, or ' +
      'more shortest paths than those returned. Ask again with a larger budget.',
  })
  stoppedEarly!: boolean;
  @Field(() => Int, { description: 'Nodes reached from either end.' }) visited!: number;
  @Field(() => Int, {
    description: 'Hops searched (both ends together): with no path and stoppedEarly false, none is this short.',
  })
  searchedHops!: number;
}
