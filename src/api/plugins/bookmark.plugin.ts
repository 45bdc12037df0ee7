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
          if (!bookmarks?.length) return Promise.resolve();
          const value = bookmarks.join(', ');
          response.http.headers.set(options.header, value);
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, bookmark: value };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
