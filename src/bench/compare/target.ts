// What the harness knows about a server under test: where it listens and how to stop it.

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface RunningTarget {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  stop(): Promise<void>;
}

export const TARGET_NAMES = ['khabar', 'neo4j-graphql', 'raw'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** Column labels for the report. */
export const TARGET_LABELS: Record<TargetName, string> = {
  khabar: 'khabar',
  'neo4j-graphql': '@neo4j/graphql',
  raw: 'raw driver',
};
