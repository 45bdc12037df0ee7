import { badInput, notFound } from '../../core/errors';
import { requireRole, type Principal } from '../../core/principal';
import type { Database } from '../../db/database';
import { IngestService, type IngestReport } from '../ingest/ingest.service';
import type { MentionMatches } from '../mention/mention.linker';
import { writeMentions } from '../mention/mention.writer';
import { asInputErrors } from './write.errors';

const MAX_TEXT = 1_000_000;

/** Articles written by an editor: a whole bundle through the ingestion engine, or mentions linked later. */
export class ArticleWriter {
  constructor(
    private readonly db: Database,
    private readonly principal: Principal,
  ) {}

  /**
   * The same engine as the seed; a refused bundle is BAD_USER_INPUT naming `bundle.<fact>.<field>`. A dry run
   * reports what the ingest would do (a revision's diff) and writes nothing.
   */
  async ingest(bundle: unknown, text: string | null, dryRun = false): Promise<IngestReport> {
    requireRole(this.principal, 'editor');
    if (text !== null && text.length > MAX_TEXT) throw badInput('text', 'at most 1,000,000 characters');
    const options = { by: this.principal.id, text: text ?? undefined, dryRun };
    return asInputErrors(
      'bundle',
      () => new IngestService(this.db).ingest(bundle, options),
      (err) => err.message,
    );
  }

  /** Finds known entities in a stored article's text and stores MENTIONS edges (a later pass, or a redo). */
  async linkMentions(articleId: string, text: string): Promise<MentionMatches & { created: number }> {
    requireRole(this.principal, 'editor');
    if (text.length > MAX_TEXT) throw badInput('text', 'at most 1,000,000 characters');
    const at = { by: this.principal.id, now: new Date().toISOString() };
    return this.db.writeTx(async (tx) => {
      const [article] = await tx.run('load-articles', { ids: [articleId] });
      if (!article) throw notFound('article', articleId);
      return writeMentions(tx, articleId, text, at);
    });
  }
}
