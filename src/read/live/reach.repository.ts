import type { Database } from '../../db/database';
import type { Reach } from '../../model/live.feed';

/** What stored articles and claims concern, for the filters of live-update subscriptions. */
export class ReachRepository {
  constructor(private readonly db: Database) {}

  /** The article's reach and its claims created since `since`; null when the article is not stored. */
  async article(id: string, since: Date): Promise<(Reach & { newClaimIds: string[] }) | null> {
    const [row] = await this.db.read('find-article-reach', { id, since: since.toISOString() });
    return row ?? null;
  }

  /** Each stored claim's reach, by id (unknown ids are left out). */
  async claims(ids: string[]): Promise<Map<string, Reach>> {
    if (!ids.length) return new Map();
    const rows = await this.db.read('find-claim-reach', { ids });
    return new Map(rows.map((r) => [r.id, { entityIds: r.entityIds, placeIds: r.placeIds }]));
  }
}
