import type { ArticleRecord } from '../../model/source.model';
import type { ClaimRecord, FigureRecord } from '../../model/claim.model';
import type { EntityRecord } from '../../model/entity.model';
import { nodeTypeOf } from '../../model/node-id';
import type { EntityKind } from '../../model/vocabulary';
import type { ClaimRepository } from '../claim/claim.repository';
import type { EntityRepository } from '../entity/entity.repository';
import type { SourceRepository } from '../source/source.repository';

export type NodeRecord = EntityRecord | ClaimRecord | ArticleRecord | FigureRecord;

const ENTITY_KIND = { Person: 'PERSON', Organization: 'ORGANIZATION', Place: 'PLACE', Event: 'EVENT' } as const;

/**
 * Any object of the graph by its id (the Relay node lookup). The id's prefix says which repository holds
 * it, and each lookup goes through that repository's batched loader: many ids cost one round trip per
 * kind, and share the request's cache with every other field. An unknown or merged-away id is null.
 */
export class NodeLookup {
  constructor(
    private readonly entities: EntityRepository,
    private readonly claims: ClaimRepository,
    private readonly sources: SourceRepository,
  ) {}

  async find(id: string): Promise<NodeRecord | null> {
    const type = nodeTypeOf(id);
    switch (type) {
      case null:
        return null;
      case 'Claim':
        return this.claims.findById(id);
      case 'Figure':
        return this.claims.figureById(id);
      case 'Article':
        return this.sources.articleById(id);
      default: {
        const e = await this.entities.findExact(id);
        const kind: EntityKind = ENTITY_KIND[type];
        return e && e.kind === kind ? e : null;
      }
    }
  }

  findMany(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    return Promise.all(ids.map((id) => this.find(id)));
  }
}
