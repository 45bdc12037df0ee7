import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../core/config';

/**
 * Depth, alias, cost and token limits from the one config (graphql-armor). A rejected query gets an
 * error that names the limit ("Query depth limit of 10 exceeded, found 12."); the error masker gives
 * it extensions.code LIMIT_EXCEEDED.
 */
export function createQueryLimits(limits: AppConfig['limits']) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    maxTokens: { n: 4000, exposeLimits: true },
    maxDirectives: { n: 50, exposeLimits: true },
    // Field suggestions help people exploring in Sandbox; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
