import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { Page, PageRequest } from '../../core/keyset';

// Relay connections over the keyset pages of core/keyset.ts.

@ObjectType('PageInfo', { description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow: ask again with after: endCursor.' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'More items come before: ask again with before: startCursor.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when empty.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when empty.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { nullable: true, description: 'Page size going forwards (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (an endCursor or edge cursor).' })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size going backwards, with before.' })
  last?: number;

  @Field(() => String, { nullable: true, description: 'End before this cursor (a startCursor or edge cursor).' })
  before?: string;
}

/** An abstract class (the Entity interface type) is a fine node type too. */
type NodeClass<T> = abstract new (...args: never[]) => T;

export function Connection<T extends object>(name: string, nodeType: () => NodeClass<T>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item, for after or before.' }) cursor!: string;
    @Field(nodeType, { description: `The ${name}.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (a Relay connection with keyset cursors).` })
  class ConnectionClass {
    @Field(() => [Edge], { description: 'The items of this page, in order.' }) edges!: Edge[];
    @Field(() => PageInfo, { description: 'Cursors and whether more pages follow or precede.' }) pageInfo!: PageInfo;
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
