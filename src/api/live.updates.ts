import type { Logger } from '../core/logger';
import type { IngestReport } from '../engine/ingest/ingest.service';
import type { WriteReport } from '../engine/facts/fact.writer';
import type { EntityChangeKind, LiveEvent, LiveEventOf, LiveFeed, LiveTopic, Reach } from '../model/live.feed';
import type { ReachRepository } from '../read/live/reach.repository';

/** What a subscription's entity and place filters ask for; absent filters let everything through. */
export interface ReachFilter {
  entityId?: string | null;
  placeId?: string | null;
}

/** Both filters when both are given: the entity, and the place or a place within it. */
export function inReach(reach: Reach, filter: ReachFilter): boolean {
  return (
    (filter.entityId == null || reach.entityIds.includes(filter.entityId)) &&
    (filter.placeId == null || reach.placeIds.includes(filter.placeId))
  );
}

const wrote = (r: WriteReport) =>
  Object.values(r.created).some((n) => n > 0) ||
  Object.values(r.updated).some((n) => n > 0) ||
  r.valueChanges.length > 0;

/**
 * Tells subscribers what a mutation changed. Resolvers call it only after the writer has returned, so only
 * committed writes are told (a refused or rolled-back write throws before); a failure here is logged and
 * loses the event, never the mutation's answer. Describing an event (its reach, for the filters) costs a read,
 * skipped when nobody subscribes to its topic.
 */
export class LiveUpdates {
  constructor(
    private readonly feed: LiveFeed,
    private readonly reach: ReachRepository,
    private readonly log: Logger,
  ) {}

  subscribe<T extends LiveTopic>(topic: T, accept: (event: LiveEventOf<T>) => boolean) {
    return this.feed.subscribe(topic, accept);
  }

  /** After ingestArticle: the article, its new claims, and the entities it reported (when anything changed). */
  ingested(report: IngestReport, since: Date): Promise<void> {
    if (report.dryRun) return Promise.resolve();
    const r = report.revision;
    // A revision may only attach known entities to the article: counted as skipped facts, yet a change.
    const revised = !!r && r.added.length + r.changed.length + r.removed.length > 0;
    const changed = report.article.created || revised || wrote(report) || (report.mentions?.created ?? 0) > 0;
    if (!changed || !this.wantsAny('articleIngested', 'claimAdded', 'entityChanged')) return Promise.resolve();
    return this.tell('articleIngested', async () => {
      const reach = await this.reach.article(report.article.id, since);
      if (!reach) return [];
      const claims = this.feed.wants('claimAdded')
        ? await this.reach.claims(reach.newClaimIds)
        : new Map<string, Reach>();
      return [
        {
          topic: 'articleIngested',
          articleId: report.article.id,
          articleCreated: report.article.created,
          revision: report.revision?.number ?? null,
          entityIds: reach.entityIds,
          placeIds: reach.placeIds,
        },
        ...[...claims].map(([claimId, r]): LiveEvent => ({ topic: 'claimAdded', claimId, ...r })),
        ...reach.entityIds.map((id) => changedEvent(id, 'REPORTED')),
      ];
    });
  }

  /** After addClaim: the claim, and the entities it concerns. */
  claimAdded(claimId: string): Promise<void> {
    if (!this.wantsAny('claimAdded', 'entityChanged')) return Promise.resolve();
    return this.tell('claimAdded', async () => {
      const reach = (await this.reach.claims([claimId])).get(claimId);
      if (!reach) return [];
      return [{ topic: 'claimAdded', claimId, ...reach }, ...reach.entityIds.map((id) => changedEvent(id, 'REPORTED'))];
    });
  }

  /** After a single fact (a relationship, a figure): its entities, when the write changed anything. */
  factAdded(report: WriteReport, entityIds: (string | null | undefined)[], change: EntityChangeKind): Promise<void> {
    return wrote(report) ? this.entities(entityIds, change) : Promise.resolve();
  }

  /** After an entity write: one event per entity. */
  entities(
    ids: (string | null | undefined)[],
    change: EntityChangeKind,
    extra: { mergedIntoId?: string; hard?: boolean } = {},
  ): Promise<void> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    if (!unique.length || !this.feed.wants('entityChanged')) return Promise.resolve();
    return this.tell('entityChanged', () =>
      Promise.resolve(unique.map((id) => changedEvent(id, change, extra.mergedIntoId, extra.hard))),
    );
  }

  private wantsAny(...topics: LiveTopic[]): boolean {
    return topics.some((t) => this.feed.wants(t));
  }

  private async tell(what: string, describe: () => Promise<LiveEvent[]>): Promise<void> {
    try {
      for (const event of await describe()) {
        if (this.feed.wants(event.topic)) await this.feed.publish(event);
      }
    } catch (err) {
      this.log.warn({ err, event: what }, 'a live update was lost: the write stands, subscribers were not told');
    }
  }
}

function changedEvent(entityId: string, change: EntityChangeKind, mergedIntoId?: string, hard?: boolean): LiveEvent {
  return { topic: 'entityChanged', entityId, change, mergedIntoId: mergedIntoId ?? null, hard: hard ?? false };
}
