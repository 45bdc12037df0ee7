import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';

/**
 * Puts the bookmarks of the operation's committed writes on its response, as the `header` and as
 * `extensions.bookmark` (the same comma-separated text), for the client to send back with its next read.
 */
export function createBookmarkPlugin(options: {
  header: string;
  /** The bookmarks of the current request's latest committed write, if it wrote. */
  bookmarks(): string[] | undefined;
}): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          const bookmarks = options.bookmarks();
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (!bookmarks?.length) {
            // A response replayed for an idempotency key wrote nothing now; its stored bookmark still names
            // the write it reports, so the header says it too.
            const replayed = result?.extensions?.bookmark;
            if (typeof replayed === 'string') response.http.headers.set(options.header, replayed);
            return Promise.resolve();
          }
          const value = bookmarks.join(', ');
          response.http.headers.set(options.header, value);
          if (result) result.extensions = { ...result.extensions, bookmark: value };
          return Promise.resolve();
        },
      });
    },
  };
}
