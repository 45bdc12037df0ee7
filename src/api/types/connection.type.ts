import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { Page, PageRequest } from '../../core/keyset';

// Relay connections over the keyset pages of core/keyset.ts.

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { nullable: true, description: 'Page size going forwards (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size going backwards, with before.' })
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

/** An abstract class (the Entity interface type) is a fine node type too. */
type NodeClass<T> = abstract new (...args: never[]) => T;

export function Connection<T extends object>(name: string, nodeType: () => NodeClass<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    // Counting is a query of its own (Page.total), run only when a client selects one of these fields;
    // type-graphql calls these methods with the page as `this`.
    @Field(() => Int, {
      description:
        'Rows matching the filters, over all pages; counted only when selected. A lower bound when ' +
        'totalCountExact is false (counting stops after a fixed number of rows on a broad filter).',
    })
    async totalCount(this: Page<T>): Promise<number> {
      return (await this.total()).count;
    }

    @Field(() => Boolean, { description: 'False when totalCount is a lower bound.' })
    async totalCountExact(this: Page<T>): Promise<boolean> {
      return (await this.total()).exact;
    }
  }
  return ConnectionClass;
}
