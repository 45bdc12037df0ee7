// Live updates: the events a committed write publishes, and the feed that carries them to subscribers.
// Events are plain JSON (ids and small values, never records), so that a feed shared by several API
// replicas (Redis pub/sub, docs/live-updates.md) can carry them as they are; subscribers load what they
// show afresh.

/** What happened to an entity. */
export const ENTITY_CHANGES = [
  'CREATED',
  'UPDATED',
  'DELETED',
  'RESTORED',
  'MERGED',
  'RELATIONSHIPS',
  'REPORTED',
] as const;
export type EntityChangeKind = (typeof ENTITY_CHANGES)[number];

/** Where an article or a claim reaches: the ids a subscription's entity or place filter is compared with. */
export interface Reach {
  entityIds: string[];
  /** The places it concerns, each with every place it lies within. */
  placeIds: string[];
}

export interface ArticleIngestedEvent extends Reach {
  topic: 'articleIngested';
  articleId: string;
  articleCreated: boolean;
  /** The revision number when the ingest revised a stored article. */
  revision: number | null;
}

export interface EntityChangedEvent {
  topic: 'entityChanged';
  entityId: string;
  change: EntityChangeKind;
  /** MERGED: the entity this one was merged into (absent for the one kept). */
  mergedIntoId: string | null;
  /** DELETED: removed for good rather than hidden. */
  hard: boolean;
}

export interface ClaimAddedEvent extends Reach {
  topic: 'claimAdded';
  claimId: string;
}

export type LiveEvent = ArticleIngestedEvent | EntityChangedEvent | ClaimAddedEvent;
export type LiveTopic = LiveEvent['topic'];
export type LiveEventOf<T extends LiveTopic> = Extract<LiveEvent, { topic: T }>;

/**
 * Publish and subscribe by topic. The in-process feed below serves one API process; an implementation over a
 * shared broker serves several (docs/live-updates.md).
 */
export interface LiveFeed {
  /** False when nobody could receive the topic: publishers then skip the work of describing the event. */
  wants(topic: LiveTopic): boolean;
  publish(event: LiveEvent): Promise<void>;
  /** Events of the topic that `accept` lets through, until the iterator is returned. */
  subscribe<T extends LiveTopic>(
    topic: T,
    accept: (event: LiveEventOf<T>) => boolean,
  ): AsyncIterableIterator<LiveEventOf<T>>;
  /** Ends every subscription. */
  close(): Promise<void>;
}

/** A subscriber that lets this many events pile up unread is ended with an error instead of growing forever. */
const MAX_QUEUED = 1000;

class Subscriber<E> implements AsyncIterableIterator<E> {
  private readonly queue: E[] = [];
  private waiting: ((result: IteratorResult<E>) => void) | null = null;
  private failWaiting: ((error: Error) => void) | null = null;
  private done = false;
  private failure: Error | null = null;

  constructor(
    private readonly accept: (event: E) => boolean,
    private readonly onEnd: () => void,
  ) {}

  offer(event: E): void {
    if (this.done || !this.accept(event)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: event, done: false });
      return;
    }
    if (this.queue.length >= MAX_QUEUED) {
      this.fail(new Error(`the subscriber fell more than ${MAX_QUEUED} events behind; subscribe again`));
      return;
    }
    this.queue.push(event);
  }

  fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    this.queue.length = 0;
    this.finish();
    if (this.failWaiting) this.failWaiting(error);
    this.waiting = this.failWaiting = null;
  }

  next(): Promise<IteratorResult<E>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<E>> {
    this.queue.length = 0;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<E> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd();
    if (this.waiting) this.waiting({ value: undefined, done: true });
    this.waiting = this.failWaiting = null;
  }
}

/** The single-process feed: events go straight from the writing request to this process's subscribers. */
export class InProcessLiveFeed implements LiveFeed {
  private readonly listeners = new Map<LiveTopic, Set<(event: LiveEvent) => void>>();
  /** Ends each open subscription. */
  private readonly open = new Set<() => void>();

  wants(topic: LiveTopic): boolean {
    return this.subscribers(topic) > 0;
  }

  /** How many subscriptions listen to the topic now. */
  subscribers(topic: LiveTopic): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  publish(event: LiveEvent): Promise<void> {
    for (const offer of this.listeners.get(event.topic) ?? []) offer(event);
    return Promise.resolve();
  }

  subscribe<T extends LiveTopic>(topic: T, accept: (event: LiveEventOf<T>) => boolean) {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    // Only events of the topic reach this set, so each is one of the topic's events.
    const offer = (event: LiveEvent) => subscriber.offer(event as LiveEventOf<T>);
    const end = () => void subscriber.return();
    const subscriber = new Subscriber<LiveEventOf<T>>(accept, () => {
      set.delete(offer);
      this.open.delete(end);
    });
    set.add(offer);
    this.open.add(end);
    return subscriber;
  }

  close(): Promise<void> {
    for (const end of [...this.open]) end();
    return Promise.resolve();
  }
}

/** For contexts without subscribers (scripts, tests that run Apollo alone): publishes go nowhere. */
export const NO_LIVE_FEED: LiveFeed = {
  wants: () => false,
  publish: () => Promise.resolve(),
  subscribe: () => {
    throw new Error('live updates need the HTTP server');
  },
  close: () => Promise.resolve(),
};
