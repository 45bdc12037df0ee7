import { createHash } from 'node:crypto';
import { compact } from '../../core/args';
import type { Database, TxRunner } from '../../db/database';
import { expandPartialDate } from '../../model/partial-date';
import type { Bundle } from '../bundle/bundle.schema';
import { validateBundle, type ExternalRefs } from '../bundle/bundle.validator';
import { factRows, FACT_GROUPS, type FactRows } from '../facts/fact.rows';
import { writeFacts, zeroCounts, type WriteReport } from '../facts/fact.writer';
import { writeMentions } from '../mention/mention.writer';
import { resolveBatch } from '../resolve/batch.resolution';
import { resolveEntities, type Declared, type Match, type Resolution } from '../resolve/entity.resolution';

interface ArticleOutcome {
  id: string;
  created: boolean;
  /** How an existing article was recognised: its id, its URL, or the hash of its text. */
  matchedBy: 'id' | 'url' | 'contentHash';
}

export interface IngestReport extends WriteReport {
  article: ArticleOutcome;
  /** Present when the article text was sent: entities it mentions, and names that matched nothing. */
  mentions?: { linked: number; created: number; candidates: string[] };
  /** Bundle ids that resolved to an existing entity, and how. */
  matched: Match[];
}

export interface IngestOptions {
  /** Who is writing (a user id, an API key name, "system:seed"). */
  by?: string;
  now?: Date;
  /** The article's raw text: identifies the article by content hash and feeds mention linking. */
  text?: string;
  /** Link mentions of known entities in `text` within the same transaction (default true). */
  withMentions?: boolean;
}

/** One article of a bulk load: its bundle (not yet validated) and, when at hand, its text. */
export interface BatchItem {
  raw: unknown;
  text?: string;
}

/** What a bulk batch did: per item its report or its error; together the facts written. */
export interface BatchReport extends WriteReport {
  items: ({ ok: true; article: ArticleOutcome } | { ok: false; error: Error })[];
  /** False when the batch needed the careful path: its articles were ingested one by one. */
  together: boolean;
}

interface Prepared {
  bundle: Bundle;
  external: ExternalRefs;
  text: string | undefined;
}

type At = { by: string; now: string };

function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function bundleHash(b: Bundle): string {
  return createHash('sha256').update(JSON.stringify(b)).digest('hex');
}

const isConstraintRace = (err: unknown) =>
  (err as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

const MATCHED_BY = ['id', 'url', 'contentHash'] as const;

/** Raised inside a batch transaction to roll it back and take the one-by-one path. */
class OneByOne extends Error {
  constructor() {
    super('the batch needs the one-by-one path');
  }
}

function declaredEntities(b: Bundle): Declared[] {
  return [
    ...b.entities.map((e, i) => ({
      fact: `entities[${i}] (${e.id})`,
      id: e.id,
      kind: e.kind,
      names: [e.name, ...e.aliases],
      isCountry: e.kind === 'PLACE' && e.placeType === 'COUNTRY',
    })),
    ...b.events.map((e, i) => ({
      fact: `events[${i}] (${e.id})`,
      id: e.id,
      kind: 'EVENT' as const,
      names: [e.name, ...e.aliases],
    })),
  ];
}

function articleRow(p: Prepared) {
  const published = expandPartialDate(p.bundle.article.publishedDate);
  const { publishedDate: _p, ...fields } = p.bundle.article;
  return {
    article: {
      ...compact(fields),
      language: fields.language,
      contentHash: p.text ? textHash(p.text) : undefined,
      bundleHash: bundleHash(p.bundle),
    },
    publishedDate: published.start,
    datePrecision: published.precision,
  };
}

/** Creates or finds the articles, in order: the same id, URL or text is the same article. */
async function mergeArticles(tx: TxRunner, items: Prepared[], at: At): Promise<ArticleOutcome[]> {
  const rows = await tx.run('merge-articles', { rows: items.map(articleRow), ...at });
  if (rows.length !== items.length) throw new Error(`merge-articles returned ${rows.length} of ${items.length} rows`);
  return rows.map((r) => ({
    id: r.id,
    created: r.created,
    matchedBy: MATCHED_BY.find((m) => m === r.matchedBy) ?? 'id',
  }));
}

function concatRows(all: FactRows[]): FactRows {
  return {
    entities: all.flatMap((r) => r.entities),
    relationships: all.flatMap((r) => r.relationships),
    participations: all.flatMap((r) => r.participations),
    positions: all.flatMap((r) => r.positions),
    claims: all.flatMap((r) => r.claims),
    stances: all.flatMap((r) => r.stances),
    subjects: all.flatMap((r) => r.subjects),
    figures: all.flatMap((r) => r.figures),
  };
}

/**
 * Validates a bundle, resolves its entities against the graph (by id, then by normalised name or
 * alias within the same kind), and writes everything in one transaction with MERGE: a second ingest
 * changes nothing, and any failure stores nothing. A bulk load writes many articles per transaction
 * with the same outcome (see ingestBatch).
 */
export class IngestService {
  constructor(private readonly db: Database) {}

  async ingest(raw: unknown, options: IngestOptions = {}): Promise<IngestReport> {
    const { bundle, external } = validateBundle(raw);
    const prepared: Prepared = { bundle, external, text: options.text };
    const at = { by: options.by ?? 'system', now: (options.now ?? new Date()).toISOString() };
    const run = () => this.db.writeTx((tx) => this.writeOne(tx, prepared, at, options.withMentions ?? true));
    try {
      return await run();
    } catch (err) {
      // Two ingests of one article under different ids (same URL or text) race on a unique
      // constraint; the loser runs again and now finds the winner's article.
      if (isConstraintRace(err)) return run();
      throw err;
    }
  }

  private async writeOne(tx: TxRunner, p: Prepared, at: At, withMentions: boolean): Promise<IngestReport> {
    const [article] = await mergeArticles(tx, [p], at);
    const resolution = await resolveEntities(tx, declaredEntities(p.bundle), p.external, at.now);
    const rows = factRows(p.bundle, { ...at, articleId: article!.id, resolve: (id) => resolution.resolve(id) });
    const report: IngestReport = {
      article: article!,
      matched: resolution.matched,
      ...(await writeFacts(tx, rows, at)),
    };
    if (p.text && withMentions) {
      const linked = await writeMentions(tx, article!.id, p.text, at);
      report.mentions = {
        linked: linked.mentions.length,
        created: linked.created,
        candidates: linked.candidates.map((c) => c.surface),
      };
    }
    return report;
  }

  /**
   * Many articles in one transaction, as if ingested one after the other: each sees the entities the
   * ones before it declared. A handful of queries per batch instead of a dozen per article. When any
   * article needs the careful path (an invalid bundle, a name that is not clear-cut, a missing
   * reference), the batch is rolled back and its articles are ingested one by one, so each keeps its
   * own all-or-nothing transaction and its own error.
   */
  async ingestBatch(items: BatchItem[], options: Omit<IngestOptions, 'text'> = {}): Promise<BatchReport> {
    const at = { by: options.by ?? 'system', now: (options.now ?? new Date()).toISOString() };
    try {
      const prepared = items.map((item) => ({ ...validateBundle(item.raw), text: item.text }));
      return await this.db.writeTx((tx) => this.writeBatch(tx, prepared, at, options.withMentions ?? true));
    } catch {
      // Whatever stopped the batch (an invalid bundle, an unclear name, a race on an article), the
      // one-by-one path meets it again in the article it belongs to, and reports it there.
      return this.oneByOne(items, options);
    }
  }

  private async writeBatch(tx: TxRunner, items: Prepared[], at: At, withMentions: boolean): Promise<BatchReport> {
    const resolutions = await resolveBatch(
      tx,
      items.map((p) => ({
        declared: declaredEntities(p.bundle),
        claimIds: p.bundle.claims.map((c) => c.id),
        external: p.external,
      })),
      at.now,
    );
    if (!resolutions) throw new OneByOne();
    const articles = await mergeArticles(tx, items, at);
    const rows = items.map((p, i) => {
      const resolution: Resolution = resolutions[i]!;
      return factRows(p.bundle, { ...at, articleId: articles[i]!.id, resolve: (id) => resolution.resolve(id) });
    });
    const written = await writeFacts(tx, concatRows(rows), at);
    if (withMentions) {
      for (const [i, p] of items.entries()) if (p.text) await writeMentions(tx, articles[i]!.id, p.text, at);
    }
    return { ...written, items: articles.map((article) => ({ ok: true, article })), together: true };
  }

  private async oneByOne(items: BatchItem[], options: Omit<IngestOptions, 'text'>): Promise<BatchReport> {
    const report: BatchReport = { created: zeroCounts(), skipped: zeroCounts(), items: [], together: false };
    for (const item of items) {
      try {
        const r = await this.ingest(item.raw, { ...options, text: item.text });
        for (const g of FACT_GROUPS) {
          report.created[g] += r.created[g];
          report.skipped[g] += r.skipped[g];
        }
        report.items.push({ ok: true, article: r.article });
      } catch (err) {
        report.items.push({ ok: false, error: err instanceof Error ? err : new Error(String(err)) });
      }
    }
    return report;
  }
}
