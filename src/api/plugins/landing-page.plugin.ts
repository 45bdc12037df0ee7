import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';

/** A landing page for browsers at /graphql that khabar serves itself (GraphiQL), instead of Apollo's. */
export function createLandingPagePlugin(options: { html: string }): ApolloServerPlugin<GraphQLContext> {
  return {
    serverWillStart() {
      return Promise.resolve({
        renderLandingPage() {
          return Promise.resolve({ html: options.html });
        },
      });
    },
  };
}
