import type DataLoader from 'dataloader';
import { groupLoader } from '../neo4j/batch.loader';
import { int, optionalString } from '../neo4j/neo4j.convert';
import type { Database, Row } from '../neo4j/neo4j.database';
import { keysetParams, toPage, type KeysetWindow, type Page } from '../graphql/connection';
import { parseProvenance } from '../source/provenance';
import type { ProvenanceRecord } from '../source/source.type';
import type { FigureRecord } from '../claim/claim.type';
import { toFigure } from '../claim/claim.mapper';
import { Direction, type ParticipationRecord, type PositionRecord, type RelationshipRecord } from './relationship.type';
import { toEntity } from './entity.mapper';
import type { EntityRecord } from './entity.type';

export interface ListSort {
  sort: 'NAME' | 'CONNECTIONS' | 'START_DATE';
  direction: 'ASC' | 'DESC';
}

const str = optionalString;

function toParticipation(row: Row): ParticipationRecord {
  return {
    actorId: String(row.actorId),
    eventId: String(row.eventId),
    role: String(row.role),
    note: str(row.note),
    sources: parseProvenance(row.provenance ?? null),
  };
}

function toPosition(row: Row): PositionRecord {
  return {
    personId: String(row.personId),
    officeId: String(row.officeId),
    officeName: String(row.officeName),
    organizationId: String(row.organizationId),
    startDate: str(row.startDate),
    endDate: str(row.endDate),
    asOf: str(row.asOf),
    sources: parseProvenance(row.provenance ?? null),
  };
}

function pageFromRows(rows: Row[], w: KeysetWindow): Page<EntityRecord> {
  const [first] = rows;
  const list = ((first?.rows ?? []) as Row[]).map((r) => ({
    key: r.key as string | number,
    id: String(r.id),
    node: toEntity(r.node ?? null),
  }));
  return toPage(list, Number(first?.total ?? 0), w);
}

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

  constructor(private readonly db: Database) {
    const entity = (r: Row) => toEntity(r.entity ?? null);
    this.byId = groupLoader(db, 'find-entities-by-ids', entity);
    this.mergedInto = groupLoader(db, 'find-merged-entities', entity);
    this.sources = groupLoader(db, 'load-node-sources', (r) => {
      const s = (r.source ?? {}) as Record<string, unknown>;
      return {
        articleId: String(r.articleId),
        basis: String(s.basis ?? 'ARTICLE'),
        attribution: str(s.attribution),
        reportedById: str(s.reportedBy),
        evidence: str(s.evidence),
        note: str(s.note),
      };
    });
    this.relationships = groupLoader(db, 'load-entity-relationships', (r) => ({
      type: String(r.type),
      direction: r.direction === 'OUT' ? Direction.OUT : Direction.IN,
      otherId: String(r.otherId),
      role: str(r.role),
      startDate: str(r.startDate),
      endDate: str(r.endDate),
      note: str(r.note),
      sources: parseProvenance(r.provenance ?? null),
    }));
    this.participants = groupLoader(db, 'load-event-participants', toParticipation);
    this.participations = groupLoader(db, 'load-actor-participations', toParticipation);
    this.eventPlaces = groupLoader(db, 'load-event-places', entity);
    this.placeParents = groupLoader(db, 'load-place-parents', entity);
    this.placeChildren = groupLoader(db, 'load-place-children', entity);
    this.eventParents = groupLoader(db, 'load-event-parents', entity);
    this.eventParts = groupLoader(db, 'load-event-parts', entity);
    this.positions = groupLoader(db, 'load-person-positions', toPosition);
    this.officeHolders = groupLoader(db, 'load-office-holders', toPosition);
    this.eventFigures = groupLoader(db, 'load-event-figures', (r) => toFigure(r.figure ?? null));
    this.placeFigures = groupLoader(db, 'load-place-figures', (r) => toFigure(r.figure ?? null));
  }

  /** The entity with this id, or the one it was merged into (old links keep working). */
  async findById(id: string): Promise<EntityRecord | null> {
    return (await this.byId.load(id))[0] ?? (await this.mergedInto.load(id))[0] ?? null;
  }

  /** Typed lookup: null when the id is unknown or names another kind. */
  async findByIdOfKind(id: string, kind: EntityRecord['kind']): Promise<EntityRecord | null> {
    const e = await this.findById(id);
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

  async listEvents(
    f: {
      nameKey: string | null;
      eventTypes: string[] | null;
      subTypes: string[] | null;
      placeId: string | null;
      from: string | null;
      to: string | null;
      participantId: string | null;
      organizationId: string | null;
    },
    s: ListSort,
    w: KeysetWindow,
  ): Promise<Page<EntityRecord>> {
    const rows = await this.db.read('list-events', {
      ...f,
      sort: s.sort,
      ...keysetParams(w, s.direction),
      limit: int(w.limit),
    });
    return pageFromRows(rows, w);
  }

  async listPeople(f: { nameKey: string | null; organizationId: string | null }, s: ListSort, w: KeysetWindow) {
    const rows = await this.db.read('list-people', {
      ...f,
      sort: s.sort,
      ...keysetParams(w, s.direction),
      limit: int(w.limit),
    });
    return pageFromRows(rows, w);
  }

  async listOrganizations(
    f: { nameKey: string | null; orgTypes: string[] | null; placeId: string | null },
    s: ListSort,
    w: KeysetWindow,
  ) {
    const rows = await this.db.read('list-organizations', {
      ...f,
      sort: s.sort,
      ...keysetParams(w, s.direction),
      limit: int(w.limit),
    });
    return pageFromRows(rows, w);
  }

  async listPlaces(
    f: { nameKey: string | null; placeTypes: string[] | null; withinId: string | null },
    s: ListSort,
    w: KeysetWindow,
  ) {
    const rows = await this.db.read('list-places', {
      ...f,
      sort: s.sort,
      ...keysetParams(w, s.direction),
      limit: int(w.limit),
    });
    return pageFromRows(rows, w);
  }

  async search(
    q: { query: string; keys: string[]; kinds: string[] | null },
    w: KeysetWindow,
  ): Promise<Page<EntityRecord>> {
    // Text with nothing searchable in it ("***", "") matches nothing; Lucene would reject it.
    if (q.query === '') return toPage([], 0, w);
    const rows = await this.db.read('search-entities', {
      ...q,
      candidates: int(1000),
      afterKey: w.cursor ? Number(w.cursor.key) : null,
      afterId: w.cursor?.id ?? null,
      limit: int(w.limit),
    });
    return pageFromRows(rows, w);
  }

  async timeline(id: string, from: string | null, to: string | null, limit: number): Promise<EntityRecord[]> {
    const rows = await this.db.read('list-timeline', { id, from, to, limit: int(limit) });
    return rows.map((r) => toEntity(r.event ?? null));
  }
}
