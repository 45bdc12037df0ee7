import type { Row, TxRunner } from '../../db/database';
import { toAccount, toPositionAccounts } from '../../db/account.mappers';
import { chooseValues, choosePositionDates } from '../../model/account.model';
import { expandPartialDate, expandPeriod } from '../../model/partial-date';
import type { AccountField } from '../../model/vocabulary';

// After facts are written, the values each touched entity, event and position shows are chosen again
// among every source's account (model/account.model.ts), in the same transaction: the write holds the
// nodes' and relationships' locks, so no account can slip in between. Only values that change are set.

/** A value shown by default that a write changed. */
export interface ValueChange {
  /** The entity or event id, or "person → office" for a position. */
  id: string;
  field: AccountField;
  from: string | null;
  to: string | null;
  /** The article whose account gives the new value (null: no account gives one). */
  sourceArticleId: string | null;
}

export interface Touched {
  entities: string[];
  positions: { personId: string; officeId: string }[];
}

const label = (start: string | null, end: string | null, ongoing: boolean) =>
  start ? `${start}${end ? `..${end}` : ongoing ? '..ongoing' : ''}` : null;

/** The stored dates as the partial dates they came from ("2025-10" for a month), for change reports. */
function storedDates(c: {
  startDate?: string | null;
  endDate?: string | null;
  datePrecision?: string | null;
  ongoing?: boolean | null;
}) {
  if (!c.startDate) return null;
  const cut = c.datePrecision === 'YEAR' ? 4 : c.datePrecision === 'MONTH' ? 7 : 10;
  const start = c.startDate.slice(0, cut);
  const own = expandPartialDate(start).end;
  const end = c.endDate && c.endDate !== own ? c.endDate : null;
  return label(start, end, c.ongoing === true);
}

/** An entity's accounts as merge-entities and load-entity-accounts return them. */
type EntityAccounts = Pick<Row<'load-entity-accounts'>, 'pinned' | 'current' | 'accounts'> & { key: string };
/** A position's accounts as merge-positions and load-position-accounts return them. */
type PositionAccounts = Pick<
  Row<'load-position-accounts'>,
  'personId' | 'officeId' | 'provenance' | 'published' | 'startDate' | 'endDate' | 'asOf'
>;

/** The last row per key: in a batch, the last write of an entity has seen every account. */
const lastPer = <T>(rows: T[], key: (r: T) => string) => [...new Map(rows.map((r) => [key(r), r])).values()];

/** Chooses the values each entity shows among its accounts and sets those that change. */
export async function chooseEntityValues(tx: TxRunner, all: EntityAccounts[]): Promise<ValueChange[]> {
  const changes: ValueChange[] = [];
  const rows = [];
  for (const r of lastPer(all, (x) => x.key)) {
    const chosen = chooseValues(r.accounts.map(toAccount), r.pinned ?? []);
    const from = chosen.from ?? {};
    const cur = r.current;
    const setDescription = chosen.description !== undefined && chosen.description !== (cur.description ?? null);
    const period = chosen.start ? expandPeriod(chosen.start, chosen.end ?? undefined) : null;
    const setDates =
      period !== null &&
      (period.start !== cur.startDate ||
        period.end !== cur.endDate ||
        period.precision !== cur.datePrecision ||
        (chosen.ongoing === true) !== (cur.ongoing === true));
    const setStatus = chosen.status !== undefined && chosen.status !== (cur.status ?? null);
    if (!setDescription && !setDates && !setStatus) continue;
    const change = (field: AccountField, was: string | null, now: string | null) =>
      changes.push({ id: r.key, field, from: was, to: now, sourceArticleId: from[field] ?? null });
    if (setDescription) change('DESCRIPTION', cur.description ?? null, chosen.description ?? null);
    if (setDates) change('DATES', storedDates(cur), label(chosen.start!, chosen.end ?? null, chosen.ongoing === true));
    if (setStatus) change('STATUS', cur.status ?? null, chosen.status ?? null);
    rows.push({
      id: r.key,
      setDescription,
      description: chosen.description ?? null,
      setDates,
      startDate: period?.start ?? null,
      endDate: period?.end ?? null,
      datePrecision: period?.precision ?? null,
      ongoing: chosen.ongoing === true,
      setStatus,
      status: chosen.status ?? null,
    });
  }
  if (rows.length) await tx.run('set-entity-values', { rows });
  return changes;
}

/** Chooses the dates each position shows among its sources' accounts and sets those that change. */
export async function choosePositionValues(tx: TxRunner, all: PositionAccounts[]): Promise<ValueChange[]> {
  const changes: ValueChange[] = [];
  const rows = [];
  for (const r of lastPer(all, (x) => `${x.personId}|${x.officeId}`)) {
    const chosen = choosePositionDates(toPositionAccounts(r.provenance, r.published));
    // A source with no dates of its own (or a store written before accounts) keeps what is shown.
    const startDate = chosen.start ? expandPartialDate(chosen.start).start : (r.startDate ?? null);
    const endDate = chosen.end ? expandPartialDate(chosen.end).end : (r.endDate ?? null);
    const asOf = chosen.asOf ? expandPartialDate(chosen.asOf).start : (r.asOf ?? null);
    if (startDate === (r.startDate ?? null) && endDate === (r.endDate ?? null) && asOf === (r.asOf ?? null)) continue;
    changes.push({
      id: `${r.personId} → ${r.officeId}`,
      field: 'DATES',
      from: label(r.startDate ?? null, r.endDate ?? null, false) ?? (r.asOf ? `as of ${r.asOf}` : null),
      to: label(startDate, endDate, false) ?? (asOf ? `as of ${asOf}` : null),
      sourceArticleId: chosen.from,
    });
    rows.push({ personId: r.personId, officeId: r.officeId, startDate, endDate, asOf });
  }
  if (rows.length) await tx.run('set-position-dates', { rows });
  return changes;
}

/**
 * Chooses again the values shown by entities, events and positions whose accounts changed without a
 * merge (a retraction, a correction, a preference); returns what changed.
 */
export async function refreshValues(tx: TxRunner, touched: Touched): Promise<ValueChange[]> {
  const ids = [...new Set(touched.entities)];
  const positions = lastPer(touched.positions, (p) => `${p.personId}|${p.officeId}`);
  return [
    ...(ids.length ? await chooseEntityValues(tx, await tx.run('load-entity-accounts', { ids })) : []),
    ...(positions.length
      ? await choosePositionValues(tx, await tx.run('load-position-accounts', { rows: positions }))
      : []),
  ];
}
