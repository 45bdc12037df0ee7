import type DataLoader from 'dataloader';
import { optionalString } from '../neo4j/neo4j.convert';
import { groupLoader } from '../neo4j/batch.loader';
import { int, type Plain } from '../neo4j/neo4j.convert';
import type { Database } from '../neo4j/neo4j.database';
import type { ArticleRecord, MentionRecord } from './source.type';
import type { Row } from '../neo4j/neo4j.database';

function toMention(r: Row): MentionRecord {
  return {
    articleId: String(r.articleId),
    entityId: String(r.entityId),
    surface: String(r.surface),
    start: Number(r.start),
    end: Number(r.end),
    ambiguous: Boolean(r.ambiguous),
  };
}

function toArticle(p: Plain): ArticleRecord {
  const m = p as Record<string, Plain>;
  const s = (k: string) => optionalString(m[k]);
  return {
    id: String(m.id),
    title: String(m.title),
    publisher: s('publisher'),
    publishedDate: String(m.publishedDate),
    datePrecision: String(m.datePrecision ?? 'DAY'),
    dateCertainty: String(m.dateCertainty),
    dateNote: s('dateNote'),
    file: s('file'),
    url: s('url'),
    language: s('language'),
    mentionCandidates: Array.isArray(m.mentionCandidates) ? m.mentionCandidates.map(String) : [],
  };
}

export class SourceRepository {
  private readonly articles: DataLoader<string, ArticleRecord[]>;
  private readonly articleMentions: DataLoader<string, MentionRecord[]>;
  private readonly entityMentions: DataLoader<string, MentionRecord[]>;

  constructor(private readonly db: Database) {
    this.articles = groupLoader(db, 'load-articles', (r) => toArticle(r.article ?? null));
    this.articleMentions = groupLoader(db, 'load-article-mentions', toMention);
    this.entityMentions = groupLoader(db, 'load-entity-mentions', toMention);
  }

  mentionsIn(articleId: string) {
    return this.articleMentions.load(articleId);
  }

  mentionsOf(entityId: string) {
    return this.entityMentions.load(entityId);
  }

  async articleById(id: string): Promise<ArticleRecord | null> {
    return (await this.articles.load(id))[0] ?? null;
  }

  async listArticles(limit: number): Promise<ArticleRecord[]> {
    const rows = await this.db.read('list-articles', { limit: int(limit) });
    return rows.map((r) => toArticle(r.article ?? null));
  }
}
