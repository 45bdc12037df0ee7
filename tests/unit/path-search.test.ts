import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/core/paths';
import { RelationshipType } from '../../src/api/types/enums';
import { joinPaths, Side, type Step } from '../../src/read/graph/path.search';

/** An undirected graph as the frontier query sees it: every relationship from both ends. */
function graph(edges: [string, string][]) {
  const steps = (ids: string[]): Step[] =>
    edges.flatMap(([a, b], i) => [
      ...(ids.includes(a) ? [{ from: a, rel: `r${i}`, to: b }] : []),
      ...(ids.includes(b) ? [{ from: b, rel: `r${i}`, to: a }] : []),
    ]);
  return (from: string, to: string, limit = 10) => {
    const a = new Side(from);
    const b = new Side(to);
    for (let i = 0; i < 20; i++) {
      const side = a.frontier.length <= b.frontier.length ? a : b;
      side.advance(steps(side.frontier));
      const other = side === a ? b : a;
      const meetings = [...side.reached.keys()].filter((n) => other.reached.has(n));
      if (meetings.length) return joinPaths(a, b, meetings, limit).map((p) => p.nodes.join('-'));
    }
    return [];
  };
}

describe('path search bookkeeping', () => {
  it('finds every shortest path of a diamond and nothing longer, from both ends', () => {
    const find = graph([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
      ['a', 'x'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'd'],
    ]);
    expect(find('a', 'd').sort()).toEqual(['a-b-d', 'a-c-d']);
    expect(find('d', 'a').sort()).toEqual(['d-b-a', 'd-c-a']);
  });

  it('walks a long chain, meeting in the middle, and keeps parallel relationships apart', () => {
    const chain = graph([
      ['n0', 'n1'],
      ['n1', 'n2'],
      ['n2', 'n3'],
      ['n3', 'n4'],
      ['n4', 'n5'],
      ['n5', 'n6'],
      ['n5', 'n6'],
    ]);
    expect(chain('n0', 'n6')).toEqual(['n0-n1-n2-n3-n4-n5-n6', 'n0-n1-n2-n3-n4-n5-n6']);
    expect(chain('n0', 'n6', 1)).toHaveLength(1);
  });
});

describe('expand-path-frontier', () => {
  it('walks every fact relationship type, and no provenance link', () => {
    const text = fs.readFileSync(path.join(paths.cypher, 'expand-path-frontier.cypher'), 'utf8');
    const listed = /\[r:([A-Z_|\s]+)\]/
      .exec(text)![1]!
      .split('|')
      .map((t) => t.trim());
    const facts = Object.values(RelationshipType).filter((t) => t !== 'SOURCED_FROM' && t !== 'MENTIONS');
    expect([...listed].sort()).toEqual([...facts].sort());
  });
});
