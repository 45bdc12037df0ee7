import type { EntityRecord } from './entity.model';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function one(date: string, precision: string): string {
  const [y, m, d] = date.split('-');
  if (precision === 'YEAR') return y!;
  if (precision === 'MONTH') return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A human date for an event at the precision it is known to; a range when it spans more. */
export function dateLabel(e: Pick<EntityRecord, 'startDate' | 'endDate' | 'datePrecision' | 'ongoing'>): string {
  if (!e.startDate) return '';
  const p = e.datePrecision ?? 'DAY';
  const start = one(e.startDate, p);
  if (e.ongoing) return `${start} – ongoing`;
  const end = e.endDate ? one(e.endDate, p) : start;
  return start === end ? start : `${start} – ${end}`;
}
