import { normalizeName } from '../ingest/name.normalizer';
import { badInput } from './errors';

// Small argument parsers shared by resolvers; each error names the argument.

/** A name filter as a normalised key, or null for "no filter". */
export function nameFilter(field: string, name: string | undefined | null): string | null {
  if (name === undefined || name === null) return null;
  if (name.length > 200) throw badInput(field, 'at most 200 characters');
  const key = normalizeName(name);
  return key === '' ? null : key;
}

export function list<T>(values: T[] | undefined | null): T[] | null {
  return values && values.length ? values : null;
}

export function dateRange(
  from: string | undefined | null,
  to: string | undefined | null,
): { from: string | null; to: string | null } {
  if (from && to && from > to) throw badInput('to', `is before from (${from})`);
  return { from: from ?? null, to: to ?? null };
}

export function boundedInt(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `must be an integer from ${min} to ${max}`);
  return value;
}
