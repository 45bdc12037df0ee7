import DataLoader from 'dataloader';
import type { Database, Row } from '../../db/database';
import { toAccount, toPositionAccounts } from '../../db/account.mappers';
import { groupLoader } from '../../db/group.loader';
import { parseProvenance, toFigure } from '../../db/row.mappers';
import {
  chooseValues,
  disputedFields,
  figuresDisagree,
  positionDatesDisputed,
  type AccountRecord,
  type PositionAccountRecord,
} from '../../model/account.model';
import type { FigureRecord } from '../../model/claim.model';
import type { PositionRecord } from '../../model/relationship.model';
import type { AccountField } from '../../model/vocabulary';

// Where sources disagree: every source's account of an entity or event, of a position's dates, the other
// figures counting the same thing, the claims a claim contradicts, and the history of changes. One round
// trip per field per request (DataLoaders), the rules in model/account.model.ts.

/** An entity's accounts, the fields they contradict each other on, and which account each shown value is from. */
export interface EntityAccounts {
  accounts: AccountRecord[];
  disputed: AccountField[];
  shownFrom: Partial<Record<AccountField, string>>;
}

/** A claim another contradicts, and why. */
export interface ClaimConflictRecord {
  claimId: string;
  otherId: string;
  reason: 'EDITOR' | 'FIGURES' | 'DENIAL';
  note: string | null;
  /** For FIGURES: this claim's figure and the other's, which cannot both be true. */
  figureId: string | null;
  otherFigureId: string | null;
}

export interface ChangeRecordRow {
  action: string;
  targetId: string;
  what: string | null;
  previous: string | null;
  value: string | null;
  articleId: string | null;
  reason: string | null;
  revision: number | null;
  diff: string | null;
  at: string;
  by: string;
}

function toPosition(row: Row<'load-office-positions'>): PositionRecord {
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

/** The days a position is known to cover: its term, or the day a source shows the person in office. */
function span(p: PositionRecord): [string, string] | null {
  const start = p.startDate ?? p.asOf;
  const end = p.endDate ?? p.asOf ?? (p.startDate ? '9999-12-31' : null);
  return start && end ? [start, end] : null;
}

const positionKey = (p: { personId: string; officeId: string }) => `${p.personId}|${p.officeId}`;

export class AccountRepository {
  private readonly entityAccounts: DataLoader<string, Row<'load-entity-accounts'>[]>;
  private readonly groups: DataLoader<string, FigureRecord[]>;
  private readonly conflicts: DataLoader<string, ClaimConflictRecord[]>;
  private readonly officePositions: DataLoader<string, PositionRecord[]>;
  private readonly positionAccounts: DataLoader<string, PositionAccountRecord[]>;
  private readonly figureValues: DataLoader<string, FigureRecord[]>;

  constructor(private readonly db: Database) {
    this.entityAccounts = groupLoader(db, 'load-entity-accounts', (r) => r);
    this.groups = groupLoader(db, 'load-figure-groups', (r) => toFigure(r.figure));
    this.figureValues = groupLoader(db, 'find-figures-by-ids', (r) => toFigure(r.figure));
    this.conflicts = groupLoader(db, 'load-claim-conflicts', (r) => ({
      claimId: r.key,
      otherId: r.otherId,
      reason: r.reason === 'FIGURES' ? 'FIGURES' : r.reason === 'DENIAL' ? 'DENIAL' : 'EDITOR',
      note: r.note ?? null,
      figureId: r.figureId ?? null,
      otherFigureId: r.otherFigureId ?? null,
    }));
    this.officePositions = groupLoader(db, 'load-office-positions', toPosition);
    this.positionAccounts = new DataLoader(async (keys: readonly string[]) => {
      const rows = await db.read('load-position-accounts', {
        rows: keys.map((k) => {
          const [personId, officeId] = k.split('|');
          return { personId: personId!, officeId: officeId! };
        }),
      });
      const by = new Map(rows.map((r) => [positionKey(r), toPositionAccounts(r.provenance, r.published)]));
      return keys.map((k) => by.get(k) ?? []);
    });
  }

  async ofEntity(id: string): Promise<EntityAccounts> {
    const [row] = await this.entityAccounts.load(id);
    if (!row) return { accounts: [], disputed: [], shownFrom: {} };
    const accounts = row.accounts.map(toAccount);
    const within = new Map(row.places.map((p) => [p.id, [p.id, ...p.within]]));
    const chosen = chooseValues(accounts, row.pinned ?? []);
    return {
      accounts: [...accounts].reverse(),
      disputed: disputedFields(accounts, within),
      shownFrom: chosen.from ?? {},
    };
  }

  /** The other figures counting the same thing (the same group), from any source. */
  async alternativesOf(f: FigureRecord): Promise<FigureRecord[]> {
    if (!f.groupKey) return [];
    return (await this.groups.load(f.groupKey)).filter((g) => g.id !== f.id);
  }

  /** A figure is disputed when another of its group gives a number both cannot be. */
  async figureDisputed(f: FigureRecord): Promise<boolean> {
    return (await this.alternativesOf(f)).some((g) => figuresDisagree(f, g));
  }

  /** Claims this one contradicts: marked by an editor, denials about it, or figures that cannot both be true. */
  async conflictsOf(claimId: string): Promise<ClaimConflictRecord[]> {
    const found = await this.conflicts.load(claimId);
    const pairs = found.filter((c) => c.reason === 'FIGURES');
    const figures = await this.figureValues.loadMany(pairs.flatMap((c) => [c.figureId!, c.otherFigureId!]));
    const byId = new Map(figures.flatMap((r) => (r instanceof Error ? [] : r)).map((f) => [f.id, f]));
    const out = found.filter((c) => {
      if (c.reason !== 'FIGURES') return true;
      const a = byId.get(c.figureId!);
      const b = byId.get(c.otherFigureId!);
      return !!a && !!b && figuresDisagree(a, b);
    });
    // One entry per claim and reason (two disagreeing figure pairs are one conflict).
    return [...new Map(out.map((c) => [`${c.otherId}|${c.reason}`, c])).values()];
  }

  positionAccountsOf(p: PositionRecord): Promise<PositionAccountRecord[]> {
    return this.positionAccounts.load(positionKey(p));
  }

  /** Others a source shows holding the same office over an overlapping time. */
  async rivalsOf(p: PositionRecord): Promise<PositionRecord[]> {
    const mine = span(p);
    if (!mine) return [];
    return (await this.officePositions.load(p.officeId)).filter((o) => {
      const theirs = span(o);
      return o.personId !== p.personId && !!theirs && theirs[0] <= mine[1] && mine[0] <= theirs[1];
    });
  }

  async positionDisputed(p: PositionRecord): Promise<boolean> {
    return positionDatesDisputed(await this.positionAccountsOf(p)) || (await this.rivalsOf(p)).length > 0;
  }

  async changesOf(targetId: string, limit: number): Promise<ChangeRecordRow[]> {
    const rows = await this.db.read('list-change-records', { targetId, limit });
    return rows.map((r) => ({
      ...r,
      what: r.what ?? null,
      previous: r.previous ?? null,
      value: r.value ?? null,
      articleId: r.articleId ?? null,
      reason: r.reason ?? null,
      revision: r.revision ?? null,
      diff: r.diff ?? null,
    }));
  }
}
