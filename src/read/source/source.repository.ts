import type DataLoader from 'dataloader';
import type { Database } from '../../db/database';
import { groupLoader } from '../../db/group.loader';
import { toArticle, toMention } from '../../db/row.mappers';
import type { ArticleRecord, MentionRecord } from '../../model/source.model';

/** Articles, and where their texts mention known entities. */
export class SourceRepository {
  private readonly articles: DataLoader<string, ArticleRecord[]>;
  private readonly articleMentions: DataLoader<string, MentionRecord[]>;
  private readonly entityMentions: DataLoader<string, MentionRecord[]>;

  constructor(private readonly db: Database) {
    this.articles = groupLoader(db, 'load-articles', (r) => toArticle(r.article));
    this.articleMentions = groupLoader(db, 'load-article-mentions', toMention);
    this.entityMentions = groupLoader(db, 'load-entity-mentions', toMention);
  }

  mentionsIn(articleId: string) {
    return this.articleMentions.load(articleId);
  }

  mentionsOf(entityId: string) {
    return this.entityMentions.load(entityId);
  }

  /** Articles a query already read (with their parent), so asking for them costs no round trip. */
  primeArticles(articles: ArticleRecord[]): void {
    for (const a of articles) this.articles.prime(a.id, [a]);
  }

  async articleById(id: string): Promise<ArticleRecord | null> {
    return (await this.articles.load(id))[0] ?? null;
  }

  async listArticles(limit: number): Promise<ArticleRecord[]> {
    const rows = await this.db.read('list-articles', { limit });
    return rows.map((r) => toArticle(r.article));
  }
}
