import type { TxRunner } from '../../db/database';
import { ENTITY_KINDS } from '../../model/vocabulary';
import { buildMentionIndex, matchMentions, textKeys, type MentionMatches } from './mention.linker';

/**
 * Finds where an article's text names the entities the graph knows and stores MENTIONS edges, inside
 * the caller's transaction (so an ingest with text is still all-or-nothing). The dictionary holds only
 * the entities one of the text's word runs could name, looked up by key: its size follows the text.
 */
export async function writeMentions(
  tx: TxRunner,
  articleId: string,
  text: string,
  at: { by: string; now: string },
): Promise<MentionMatches & { created: number }> {
  const dictionary = await tx.run('find-entities-by-mention-keys', { keys: textKeys(text), kinds: [...ENTITY_KINDS] });
  const result = matchMentions(buildMentionIndex(dictionary), text);
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
    ...at,
  });
  return { ...result, created: row?.created ?? 0 };
}
