import type { AccountRecord, PositionAccountRecord } from '../model/account.model';
import { ACCOUNT_FIELDS, EVENT_STATUSES, type AccountField, type EventStatus } from '../model/vocabulary';
import { parseProvenance, toSource } from './row.mappers';
import type { AccountRow } from './queries.generated';

// Accounts as stored (an entity's SOURCED_FROM; a position's provenance records, which carry the dates
// each source gives) become the model's account records here.

const fields = (xs: readonly string[] | null | undefined): AccountField[] =>
  (xs ?? []).filter((x): x is AccountField => (ACCOUNT_FIELDS as readonly string[]).includes(x));

const status = (x: string | null | undefined): EventStatus | null => EVENT_STATUSES.find((s) => s === x) ?? null;

export function toAccount(r: AccountRow): AccountRecord {
  return {
    articleId: r.articleId,
    publishedDate: r.publishedDate,
    at: r.at ?? null,
    preferred: fields(r.preferred),
    source: toSource(r.articleId, r),
    description: r.description ?? null,
    start: r.start ?? null,
    end: r.end ?? null,
    ongoing: r.ongoing === true,
    status: status(r.status),
    placeIds: r.placeIds,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** A position's provenance records as accounts (`published`: each source's publication date, same order). */
export function toPositionAccounts(
  provenance: string[] | null | undefined,
  published: string[] = [],
): PositionAccountRecord[] {
  const sources = parseProvenance(provenance);
  return (provenance ?? []).map((item, i) => {
    const m = JSON.parse(item) as Record<string, unknown>;
    return {
      articleId: sources[i]!.articleId,
      publishedDate: published[i] ?? null,
      at: text(m.at),
      preferred: fields(Array.isArray(m.preferred) ? (m.preferred as string[]) : []),
      source: sources[i]!,
      start: text(m.start),
      end: text(m.end),
      asOf: text(m.asOf),
    };
  });
}
