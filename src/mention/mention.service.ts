import type { TxRunner } from '../neo4j/neo4j.database';
import { buildMentionIndex, linkMentions, type MentionLinkResult } from './mention.linker';

/**
 * Links an article's text to the entities the graph knows and stores MENTIONS edges, inside the
 * caller's transaction (so an ingest with text is still all-or-nothing).
 */
export async function linkArticleMentions(
  tx: TxRunner,
  articleId: string,
  text: string,
  by: string,
  now: string,
): Promise<MentionLinkResult & { created: number }> {
  const dictionary = (await tx.run('list-entity-names')).map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    names: (r.names as string[]).map(String),
  }));
  const result = linkMentions(buildMentionIndex(dictionary), text);
  const [row] = await tx.run('merge-mentions', {
    articleId,
    rows: result.mentions.map((m) => ({
      entityId: m.entityId,
      start: m.start,
      end: m.end,
      surface: m.surface,
      matchedName: m.matchedName,
      ambiguous: m.ambiguous ?? false,
      alternatives: m.alternatives ?? [],
    })),
    candidates: result.candidates.map((c) => c.surface),
    now,
    by,
  });
  return { ...result, created: Number(row?.created ?? 0) };
}
