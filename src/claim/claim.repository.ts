import type DataLoader from 'dataloader';
import { groupLoader } from '../neo4j/batch.loader';
import { int } from '../neo4j/neo4j.convert';
import type { Database, Row } from '../neo4j/neo4j.database';
import { keysetParams, toPage, type KeysetWindow, type Page } from '../graphql/connection';
import { toEntity } from '../entity/entity.mapper';
import type { EntityRecord } from '../entity/entity.type';
import { toClaim, toFigure, toStance } from './claim.mapper';
import type { ClaimRecord, FigureRecord, StanceRecord } from './claim.type';

export interface ClaimFilter {
  aboutId: string | null;
  speakerId: string | null;
  stance: string | null;
  kinds: string[] | null;
  from: string | null;
  to: string | null;
}

/** Claims, who asserts and denies them, what they are about, and the figures they state. */
export class ClaimRepository {
  private readonly byId: DataLoader<string, ClaimRecord[]>;
  private readonly stances: DataLoader<string, StanceRecord[]>;
  private readonly actorStances: DataLoader<string, StanceRecord[]>;
  private readonly subjects: DataLoader<string, EntityRecord[]>;
  private readonly about: DataLoader<string, ClaimRecord[]>;
  private readonly figures: DataLoader<string, FigureRecord[]>;

  constructor(private readonly db: Database) {
    this.byId = groupLoader(db, 'load-claims', (r) => toClaim(r.claim ?? null));
    this.stances = groupLoader(db, 'load-claim-stances', toStance);
    this.actorStances = groupLoader(db, 'load-actor-stances', toStance);
    this.subjects = groupLoader(db, 'load-claim-subjects', (r) => toEntity(r.entity ?? null));
    this.about = groupLoader(db, 'load-subject-claims', (r) => toClaim(r.claim ?? null));
    this.figures = groupLoader(db, 'load-claim-figures', (r) => toFigure(r.figure ?? null));
  }

  async findById(id: string): Promise<ClaimRecord | null> {
    return (await this.byId.load(id))[0] ?? null;
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
    const [first] = await this.db.read('list-claims', { ...f, ...keysetParams(w, direction), limit: int(w.limit) });
    const rows = ((first?.rows ?? []) as Row[]).map((r) => ({
      key: String(r.key),
      id: String(r.id),
      node: toClaim(r.node ?? null),
    }));
    return toPage(rows, Number(first?.total ?? 0), w);
  }
}
