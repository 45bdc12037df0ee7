import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { recordToPlain } from '../../src/db/convert';

// Driver values become plain JSON at the repository boundary, through fast paths for the common types
// (checked here against the driver's own text for each).

const plain = (value: unknown) => recordToPlain(new neo4j.types.Record(['v'], [value])).v;
const { Date: Neo4jDate, DateTime, LocalDateTime } = neo4j.types;

describe('recordToPlain', () => {
  it('keeps strings, numbers and booleans, and turns safe Integers into numbers and others into text', () => {
    expect(plain('x')).toBe('x');
    expect(plain(1.5)).toBe(1.5);
    expect(plain(false)).toBe(false);
    expect(plain(neo4j.int(42))).toBe(42);
    expect(plain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(plain([neo4j.int(1), 'a', null])).toEqual([1, 'a', null]);
  });

  it('writes dates as YYYY-MM-DD, as the driver does, outside four-digit years too', () => {
    for (const [y, m, d] of [
      [2025, 10, 19],
      [2025, 1, 5],
      [999, 12, 31],
      [-44, 3, 15],
    ] as const) {
      const date = new Neo4jDate(neo4j.int(y), neo4j.int(m), neo4j.int(d));
      expect(plain(date)).toBe(date.toString());
    }
  });

  it('writes date-times as ISO instants in UTC, from an offset or a named zone alike', () => {
    const at = (offset: number) => new DateTime(2025, 10, 19, 14, 30, 5, 123_000_000, offset);
    expect(plain(at(0))).toBe('2025-10-19T14:30:05.123Z');
    expect(plain(at(5 * 3600))).toBe('2025-10-19T09:30:05.123Z');
    // Neo4j sends a named zone with its offset at that instant.
    const named = new DateTime(2025, 10, 19, 14, 30, 5, 0, 5 * 3600, 'Asia/Karachi');
    expect(plain(named)).toBe('2025-10-19T09:30:05.000Z');
    expect(plain(new LocalDateTime(2025, 10, 19, 14, 30, 5, 0))).toBe(new Date('2025-10-19T14:30:05').toISOString());
  });

  it('flattens nodes and maps to their properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'x', n: neo4j.int(2) }, 'e1');
    expect(plain(node)).toEqual({ id: 'x', n: 2 });
    expect(plain({ a: { b: neo4j.int(3) } })).toEqual({ a: { b: 3 } });
  });
});
