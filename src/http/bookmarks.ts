import type { RequestHandler } from 'express';
import { ErrorCode, KhabarError } from '../core/errors';
import type { Database } from '../db/database';
import { sendKhabarError } from './http.errors';
import { currentScope } from './request.scope';

// Read-your-writes across replicas. A write's response carries the Neo4j bookmark of its transaction
// (this header, and extensions.bookmark); a client that sends it back in the same header gets an answer
// only from a Neo4j server that has that write, whichever khabar replica and whichever follower answer.

/** Request and response header; several bookmarks are separated by commas. */
export const BOOKMARK_HEADER = 'Khabar-Bookmark';

const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1024;
/** Neo4j's bookmarks are a short prefix and base64 (FB:kcwQ…); nothing else is forwarded to it. */
const BOOKMARK = /^[A-Za-z0-9+/=:_-]+$/;

/** The bookmarks in the header, or an error naming what is wrong with it; undefined when there is none. */
function parseBookmarks(value: string | string[] | undefined): string[] | KhabarError | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value.join(',') : value)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const bad = (why: string) =>
    new KhabarError(ErrorCode.BAD_USER_INPUT, `${BOOKMARK_HEADER}: ${why}`, { field: BOOKMARK_HEADER });
  if (items.length === 0) return undefined;
  if (items.length > MAX_BOOKMARKS) return bad(`at most ${MAX_BOOKMARKS} bookmarks`);
  if (items.some((b) => b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b))) {
    return bad('not a bookmark (send back the value a write answered with)');
  }
  return [...new Set(items)];
}

/**
 * Mount after the request scope. With a Khabar-Bookmark header, the request waits (at most `waitMs`, and
 * never past its deadline) until Neo4j has reached those bookmarks, then every transaction it runs carries
 * them; when Neo4j does not get there in time the answer is 503 SERVICE_UNAVAILABLE, BOOKMARK_NOT_REACHED.
 */
export function readYourWrites(db: Database, waitMs: number): RequestHandler {
  return (req, res, next) => {
    const parsed = parseBookmarks(req.headers[BOOKMARK_HEADER.toLowerCase()]);
    if (parsed === undefined) return next();
    if (parsed instanceof KhabarError) return sendKhabarError(res, parsed);
    const scope = currentScope();
    if (scope) scope.clientBookmarks = parsed;
    const wait = Math.min(waitMs, scope ? scope.deadline - Date.now() : waitMs);
    db.awaitBookmarks(parsed, wait).then(
      () => next(),
      (err: unknown) => (err instanceof KhabarError ? sendKhabarError(res, err) : next(err)),
    );
  };
}
