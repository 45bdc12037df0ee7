import type { Basis, DateCertainty, DatePrecision } from './vocabulary';

/** One source of one fact: the article, how it attributes the fact, and the excerpt. */
export interface ProvenanceRecord {
  articleId: string;
  basis: Basis;
  attribution: string | null;
  reportedById: string | null;
  evidence: string | null;
  note: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string;
  publisher: string | null;
  publishedDate: string;
  datePrecision: DatePrecision;
  dateCertainty: DateCertainty;
  dateNote: string | null;
  file: string | null;
  url: string | null;
  language: string | null;
  mentionCandidates: string[];
}

/** Where an article names a known entity. */
export interface MentionRecord {
  articleId: string;
  entityId: string;
  surface: string;
  start: number;
  end: number;
  ambiguous: boolean;
}
