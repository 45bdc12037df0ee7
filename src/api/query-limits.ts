import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../core/config';

/** Tokens in one document: far above any real query (the examples have a few hundred), far below a flood. */
export const MAX_TOKENS = 4000;

/**
 * Depth, alias, cost and directive limits from the one config (graphql-armor validation rules). A rejected
 * query gets an error that names the limit ("Query depth limit of 10 exceeded, found 12."); the error
 * masker gives it extensions.code LIMIT_EXCEEDED and Apollo answers 400.
 *
 * The token limit is graphql-js's own parser option, not armor's: armor's throws from a plugin while
 * Apollo parses, which Apollo answers with 500; graphql-js raises a syntax error, which is a 400.
 */
export function createQueryLimits(
  limits: AppConfig['limits'],
  options: { suggestions: boolean } = { suggestions: true },
) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: 50, exposeLimits: true },
    // "Did you mean …?" names schema fields; it is hidden whenever introspection is (production).
    blockFieldSuggestion: { enabled: !options.suggestions },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: MAX_TOKENS } };
}
