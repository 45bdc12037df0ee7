/**
 * A bookmark of the same database, for a transaction far past any this test's Neo4j has committed.
 * Neo4j 5's bookmark is `FB:` and base64 of PackStream: 0x91, the database id (0xCC 0x10 + 16 bytes), the
 * transaction id (a PackStream integer), then the rest; only the transaction id changes.
 */
export function futureBookmark(real: string): string {
  if (!real.startsWith('FB:')) throw new Error(`not a Neo4j 5 bookmark: ${real}`);
  const raw = Buffer.from(real.slice(3), 'base64');
  if (raw[0] !== 0x91 || raw[1] !== 0xcc || raw[2] !== 0x10)
    throw new Error(`unknown bookmark layout: ${raw.toString('hex')}`);
  const at = 19;
  const marker = raw[at]!;
  // PackStream integers: a tiny int is the marker itself; 0xC8-0xCB are followed by 1, 2, 4 or 8 bytes.
  const size = marker < 0x80 ? 1 : ({ 0xc8: 2, 0xc9: 3, 0xca: 5, 0xcb: 9 } as Record<number, number>)[marker];
  if (size === undefined) throw new Error(`no transaction id at byte ${at}: ${raw.toString('hex')}`);
  const future = Buffer.from([0xca, 0x7f, 0xff, 0x00, 0x00]); // transaction 2,147,418,112
  return `FB:${Buffer.concat([raw.subarray(0, at), future, raw.subarray(at + size)]).toString('base64')}`;
}
