import type DataLoader from 'dataloader';
import { keysetParams, toPage, type KeysetWindow, type Page } from '../../core/keyset';
import type { Database, Row } from '../../db/database';
import { groupLoader } from '../../db/group.loader';
import type { EntityNode } from '../../db/queries.generated';
import { parseProvenance, toArticle, toEntity, toFigure, toSource } from '../../db/row.mappers';
import type { FigureRecord } from '../../model/claim.model';
import { phoneticFragment } from '../../model/names';
import { ENTITY_KINDS, type EntityKind } from '../../model/vocabulary';
import type { EntityRecord } from '../../model/entity.model';
import type { ParticipationRecord, PositionRecord, RelationshipRecord } from '../../model/relationship.model';
import type { ProvenanceRecord } from '../../model/source.model';
import type { SourceRepository } from '../source/source.repository';
import {
  FILLER_WORDS,
  matchedName,
  searchPage,
  type SearchMatch,
  type SearchPage,
  type SearchQuery,
} from './search.query';

export const ENTITY_SORTS = ['NAME', 'CONNECTIONS', 'START_DATE'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

export interface ListSort {
  sort: EntitySort;
  direction: 'ASC' | 'DESC';
}

/** Every list filter; each applies to the kinds that have the property (the resolvers check which). */
export interface ListFilter {
  nameKey?: string | null;
  orgTypes?: string[] | null;
  placeTypes?: string[] | null;
  eventTypes?: string[] | null;
  subTypes?: string[] | null;
  from?: string | null;
  to?: string | null;
  placeId?: string | null;
  withinId?: string | null;
  participantId?: string | null;
  organizationId?: string | null;
  /** Places sharing a border with this place (either way round). */
  bordersId?: string | null;
}

/** An anchored filter matching at most this many entities is sorted whole; more, and the index order is read. */
const ANCHOR_CAP = 2000;
/** Counting a broad filter stops after examining this many entities of the kind (then it is a lower bound). */
const COUNT_CAP = 10_000;
/** Search ranks at most this many full-text hits. */
const SEARCH_CANDIDATES = 1000;

function filterParams(f: ListFilter) {
  return {
    nameKey: f.nameKey ?? null,
    // The fragment's phonetic form, looked for among the "~" keys as the fragment is among the others.
    namePhonetic: f.nameKey ? phoneticFragment(f.nameKey) : null,
    orgTypes: f.orgTypes ?? null,
    placeTypes: f.placeTypes ?? null,
    eventTypes: f.eventTypes ?? null,
    subTypes: f.subTypes ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    placeId: f.placeId ?? null,
    withinId: f.withinId ?? null,
    participantId: f.participantId ?? null,
    organizationId: f.organizationId ?? null,
    bordersId: f.bordersId ?? null,
  };
}

function toParticipation(row: Omit<Row<'load-event-participants'>, 'key'>): ParticipationRecord {
  return {
    actorId: row.actorId,
    eventId: row.eventId,
    role: row.role,
    note: row.note ?? null,
    sources: parseProvenance(row.provenance),
  };
}

function toPosition(row: Row<'load-person-positions'>): PositionRecord {
  return {
    personId: row.personId,
    officeId: row.officeId,
    officeName: row.officeName,
    organizationId: row.organizationId,
    startDate: row.startDate ?? null,
    endDate: row.endDate ?? null,
    asOf: row.asOf ?? null,
    sources: parseProvenance(row.provenance),
  };
}

function toRelationship(r: Omit<Row<'load-entity-relationships'>, 'key'>): RelationshipRecord {
  return {
    type: r.type,
    direction: r.direction === 'OUT' ? 'OUT' : 'IN',
    otherId: r.otherId,
    role: r.role ?? null,
    startDate: r.startDate ?? null,
    endDate: r.endDate ?? null,
    note: r.note ?? null,
    sources: parseProvenance(r.provenance),
  };
}

const entityOf = (r: { entity: EntityNode }) => toEntity(r.entity);

/** What a query asks for beside an entity, read in the same round trip (find-entity-context). */
export interface EntityContextParts {
  relationships: boolean;
  sources: boolean;
  participants: boolean;
  places: boolean;
}
const NO_PARTS: EntityContextParts = { relationships: false, sources: false, participants: false, places: false };

/**
 * Named entities and their relationships. Per request: every nested field goes through a DataLoader
 * so a query costs one round trip per field, not one per parent.
 */
export class EntityRepository {
  private readonly byId: DataLoader<string, EntityRecord[]>;
  private readonly mergedInto: DataLoader<string, EntityRecord[]>;
  private readonly sources: DataLoader<string, ProvenanceRecord[]>;
  private readonly relationships: DataLoader<string, RelationshipRecord[]>;
  private readonly participants: DataLoader<string, ParticipationRecord[]>;
  private readonly participations: DataLoader<string, ParticipationRecord[]>;
  private readonly eventPlaces: DataLoader<string, EntityRecord[]>;
  private readonly placeParents: DataLoader<string, EntityRecord[]>;
  private readonly placeChildren: DataLoader<string, EntityRecord[]>;
  private readonly eventParents: DataLoader<string, EntityRecord[]>;
  private readonly eventParts: DataLoader<string, EntityRecord[]>;
  private readonly positions: DataLoader<string, PositionRecord[]>;
  private readonly officeHolders: DataLoader<string, PositionRecord[]>;
  private readonly eventFigures: DataLoader<string, FigureRecord[]>;
  private readonly placeFigures: DataLoader<string, FigureRecord[]>;

  constructor(
    private readonly db: Database,
    private readonly articles: SourceRepository,
  ) {
    this.byId = groupLoader(db, 'find-entities-by-ids', entityOf);
    this.mergedInto = groupLoader(db, 'find-merged-entities', entityOf);
    this.sources = groupLoader(db, 'load-node-sources', (r) => toSource(r.articleId, r.source));
    this.relationships = groupLoader(db, 'load-entity-relationships', toRelationship);
    this.participants = groupLoader(db, 'load-event-participants', toParticipation);
    this.participations = groupLoader(db, 'load-actor-participations', toParticipation);
    this.eventPlaces = groupLoader(db, 'load-event-places', entityOf);
    this.placeParents = groupLoader(db, 'load-place-parents', entityOf);
    this.placeChildren = groupLoader(db, 'load-place-children', entityOf);
    this.eventParents = groupLoader(db, 'load-event-parents', entityOf);
    this.eventParts = groupLoader(db, 'load-event-parts', entityOf);
    this.positions = groupLoader(db, 'load-person-positions', toPosition);
    this.officeHolders = groupLoader(db, 'load-office-holders', toPosition);
    this.eventFigures = groupLoader(db, 'load-event-figures', (r) => toFigure(r.figure));
    this.placeFigures = groupLoader(db, 'load-place-figures', (r) => toFigure(r.figure));
  }

  /** The entity with exactly this id (a merged-away id gives null), through the same batched loader. */
  async findExact(id: string): Promise<EntityRecord | null> {
    return (await this.byId.load(id))[0] ?? null;
  }

  /** The entity with this id, or the one it was merged into (old links keep working). */
  async findById(id: string): Promise<EntityRecord | null> {
    return (await this.byId.load(id))[0] ?? (await this.mergedInto.load(id))[0] ?? null;
  }

  /**
   * The entity with this id and, in the same round trip, the parts the query selects beside it; the
   * parts prime the loaders their fields read, so the whole shape costs one query.
   */
  async findWithContext(id: string, parts: EntityContextParts): Promise<EntityRecord | null> {
    if (!Object.values(parts).some(Boolean)) return this.findById(id);
    const [row] = await this.db.read('find-entity-context', { id, ...parts });
    if (!row) return this.findById(id); // merged away: the loaders follow the merge
    const entity = toEntity(row.entity);
    this.byId.prime(id, [entity]);
    const primeEntity = (n: EntityNode) => this.byId.prime(n.id, [toEntity(n)]);
    if (parts.relationships) {
      this.relationships.prime(id, row.relationships.map(toRelationship));
      row.relationships.forEach((r) => primeEntity(r.other));
    }
    if (parts.sources) {
      this.sources.prime(
        id,
        row.sources.map((s) => toSource(s.articleId, s.source)),
      );
      this.articles.primeArticles(row.sources.map((s) => toArticle(s.article)));
    }
    if (parts.participants && entity.kind === 'EVENT') {
      this.participants.prime(id, row.participants.map(toParticipation));
      row.participants.forEach((p) => primeEntity(p.actor));
    }
    if (parts.places && entity.kind === 'EVENT') {
      this.eventPlaces.prime(id, row.places.map(toEntity));
      row.places.forEach(primeEntity);
    }
    return entity;
  }

  /** Typed lookup: null when the id is unknown or names another kind. */
  async findByIdOfKind(
    id: string,
    kind: EntityKind,
    parts: EntityContextParts = NO_PARTS,
  ): Promise<EntityRecord | null> {
    const e = await this.findWithContext(id, parts);
    return e && e.kind === kind ? e : null;
  }

  sourcesOf(id: string) {
    return this.sources.load(id);
  }
  relationshipsOf(id: string) {
    return this.relationships.load(id);
  }
  participantsOf(eventId: string) {
    return this.participants.load(eventId);
  }
  participationsOf(actorId: string) {
    return this.participations.load(actorId);
  }
  placesOf(eventId: string) {
    return this.eventPlaces.load(eventId);
  }
  async parentOf(placeId: string) {
    return (await this.placeParents.load(placeId))[0] ?? null;
  }
  childrenOf(placeId: string) {
    return this.placeChildren.load(placeId);
  }
  async seriesOf(eventId: string) {
    return (await this.eventParents.load(eventId))[0] ?? null;
  }
  partsOf(eventId: string) {
    return this.eventParts.load(eventId);
  }
  positionsOf(personId: string) {
    return this.positions.load(personId);
  }
  officeHoldersOf(organizationId: string) {
    return this.officeHolders.load(organizationId);
  }
  figuresOfEvent(eventId: string) {
    return this.eventFigures.load(eventId);
  }
  figuresOfPlace(placeId: string) {
    return this.placeFigures.load(placeId);
  }

  /** One keyset page of a kind, in index order (see list-entities.cypher); the total is counted when asked. */
  async list(kind: EntityKind, f: ListFilter, s: ListSort, w: KeysetWindow): Promise<Page<EntityRecord>> {
    const params = filterParams(f);
    const k = keysetParams(w, s.direction);
    const rows = await this.db.read('list-entities', {
      ...params,
      kind,
      sort: s.sort,
      ascending: k.ascending,
      after: k.afterKey === null ? null : String(k.afterKey),
      limit: w.limit,
      cap: ANCHOR_CAP,
    });
    const unfiltered = Object.values(params).every((v) => v === null);
    const count = async () => {
      const [row] = await this.db.read('count-entities', {
        ...params,
        kind,
        unfiltered,
        cap: ANCHOR_CAP,
        countCap: COUNT_CAP,
      });
      return { count: row?.total ?? 0, exact: row?.exact ?? true };
    };
    return toPage(
      rows.map((r) => ({ key: r.key, id: r.node.id, node: toEntity(r.node) })),
      count,
      w,
    );
  }

  /** Ranked search (see search-entities.cypher); each hit says how it matched. Pages forward only. */
  async search(q: SearchQuery & { kinds: string[] | null }, w: KeysetWindow): Promise<SearchPage> {
    // Text with nothing searchable in it ("***", "") matches nothing; Lucene would reject it.
    if (q.query === '') return searchPage(toPage([], { count: 0, exact: true }, w));
    const kinds = q.kinds ?? ENTITY_KINDS;
    const [row] = await this.db.read('search-entities', {
      query: q.query,
      keyIds: kinds.flatMap((kind) => [...q.keys, ...q.phonetic].map((k) => `${kind}|${k}`)),
      runs: q.runs,
      phoneticRuns: q.phoneticRuns,
      words: q.words,
      fillers: FILLER_WORDS,
      kinds: q.kinds,
      candidates: SEARCH_CANDIDATES,
      afterKey: w.cursor ? Number(w.cursor.key) : null,
      afterId: w.cursor?.id ?? null,
      limit: w.limit,
    });
    const rows = (row?.rows ?? []).map((r) => {
      const entity = toEntity(r.node);
      const match = r.match as SearchMatch;
      return { key: r.key, id: r.id, node: { entity, match, matchedName: matchedName(entity, match, r) } };
    });
    const total = row?.total ?? 0;
    return searchPage(toPage(rows, { count: total, exact: total < SEARCH_CANDIDATES }, w));
  }

  async timeline(
    id: string,
    from: string | null,
    to: string | null,
    limit: number,
    statuses: string[] | null = null,
  ): Promise<EntityRecord[]> {
    const rows = await this.db.read('list-timeline', { id, from, to, statuses, limit });
    return rows.map((r) => toEntity(r.event));
  }
}
