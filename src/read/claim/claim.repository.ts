import type DataLoader from 'dataloader';
import { keysetParams, toPage, type KeysetWindow, type Page } from '../../core/keyset';
import type { Database } from '../../db/database';
import { groupLoader } from '../../db/group.loader';
import { toClaim, toEntity, toFigure, toStance } from '../../db/row.mappers';
import type { ClaimRecord, FigureRecord, StanceRecord } from '../../model/claim.model';
import type { EntityRecord } from '../../model/entity.model';

export interface ClaimFilter {
  aboutId: string | null;
  speakerId: string | null;
  stance: string | null;
  kinds: string[] | null;
  from: string | null;
  to: string | null;
}

/** An anchored filter (speaker, subject) matching at most this many claims is sorted whole. */
const ANCHOR_CAP = 2000;
/** Counting a broad filter stops after examining this many claims (then it is a lower bound). */
const COUNT_CAP = 10_000;
/** Claim search ranks at most this many full-text hits. */
const SEARCH_CANDIDATES = 1000;

/** What a claim search asks: the Lucene query (see buildTextQuery) and the optional filters. */
export interface ClaimSearch {
  query: string;
  kinds: string[] | null;
  aboutId: string | null;
  speakerId: string | null;
}

/** Claims, who asserts and denies them, what they are about, and the figures they state. */
export class ClaimRepository {
  private readonly byId: DataLoader<string, ClaimRecord[]>;
  private readonly stances: DataLoader<string, StanceRecord[]>;
  private readonly actorStances: DataLoader<string, StanceRecord[]>;
  private readonly subjects: DataLoader<string, EntityRecord[]>;
  private readonly about: DataLoader<string, ClaimRecord[]>;
  private readonly figures: DataLoader<string, FigureRecord[]>;
  private readonly figuresById: DataLoader<string, FigureRecord[]>;

  constructor(private readonly db: Database) {
    this.byId = groupLoader(db, 'load-claims', (r) => toClaim(r.claim));
    this.stances = groupLoader(db, 'load-claim-stances', toStance);
    this.actorStances = groupLoader(db, 'load-actor-stances', toStance);
    this.subjects = groupLoader(db, 'load-claim-subjects', (r) => toEntity(r.entity));
    this.about = groupLoader(db, 'load-subject-claims', (r) => toClaim(r.claim));
    this.figures = groupLoader(db, 'load-claim-figures', (r) => toFigure(r.figure));
    this.figuresById = groupLoader(db, 'load-figures', (r) => toFigure(r.figure));
  }

  async findById(id: string): Promise<ClaimRecord | null> {
    return (await this.byId.load(id))[0] ?? null;
  }
  async figureById(id: string): Promise<FigureRecord | null> {
    return (await this.figuresById.load(id))[0] ?? null;
  }
  stancesOf(claimId: string) {
    return this.stances.load(claimId);
  }
  stancesBy(actorId: string) {
    return this.actorStances.load(actorId);
  }
  subjectsOf(claimId: string) {
    return this.subjects.load(claimId);
  }
  claimsAbout(entityId: string) {
    return this.about.load(entityId);
  }
  figuresOf(claimId: string) {
    return this.figures.load(claimId);
  }

  async list(f: ClaimFilter, direction: 'ASC' | 'DESC', w: KeysetWindow): Promise<Page<ClaimRecord>> {
    const k = keysetParams(w, direction);
    const after = k.afterKey === null ? null : String(k.afterKey);
    const rows = await this.db.read('list-claims', {
      ...f,
      ascending: k.ascending,
      after,
      limit: w.limit,
      cap: ANCHOR_CAP,
    });
    const unfiltered = Object.values(f).every((v) => v === null);
    const count = async () => {
      const [row] = await this.db.read('count-claims', { ...f, unfiltered, cap: ANCHOR_CAP, countCap: COUNT_CAP });
      return { count: row?.total ?? 0, exact: row?.exact ?? true };
    };
    return toPage(
      rows.map((r) => ({ key: r.key, id: r.node.id, node: toClaim(r.node) })),
      count,
      w,
    );
  }

  /** Claims ranked by how well their text and quotes match (see search-claims.cypher). Pages forward only. */
  async search(q: ClaimSearch, w: KeysetWindow): Promise<Page<ClaimRecord>> {
    // Text with nothing searchable in it matches nothing; Lucene would reject it.
    if (q.query === '') return toPage([], { count: 0, exact: true }, w);
    const [row] = await this.db.read('search-claims', {
      ...q,
      candidates: SEARCH_CANDIDATES,
      afterKey: w.cursor ? Number(w.cursor.key) : null,
      afterId: w.cursor?.id ?? null,
      limit: w.limit,
    });
    const rows = (row?.rows ?? []).map((r) => ({ key: r.key, id: r.id, node: toClaim(r.node) }));
    const total = row?.total ?? 0;
    return toPage(rows, { count: total, exact: total < SEARCH_CANDIDATES }, w);
  }
}
