import type { DatePrecision } from './vocabulary';

export interface DateRange {
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  /** Last day of the period, YYYY-MM-DD. */
  end: string;
  precision: DatePrecision;
}

/** "2025" → 2025-01-01..2025-12-31 (YEAR); "2025-10" → 2025-10-01..2025-10-31 (MONTH); a day is itself. */
export function expandPartialDate(s: string): DateRange {
  if (s.length === 4) return { start: `${s}-01-01`, end: `${s}-12-31`, precision: 'YEAR' };
  if (s.length === 7) {
    const [y, m] = s.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${s}-01`, end: `${s}-${String(last).padStart(2, '0')}`, precision: 'MONTH' };
  }
  return { start: s, end: s, precision: 'DAY' };
}

/** A period from an optional start and end, each of any precision; precision is the start's. */
export function expandPeriod(start: string, end?: string): DateRange {
  const a = expandPartialDate(start);
  return end ? { start: a.start, end: expandPartialDate(end).end, precision: a.precision } : a;
}
