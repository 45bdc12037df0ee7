import { createHash } from 'node:crypto';
import { compact } from '../../core/args';
import type { Database, TxRunner } from '../../db/database';
import { expandPartialDate } from '../../model/partial-date';
import type { Bundle } from '../bundle/bundle.schema';
import { validateBundle, type ExternalRefs } from '../bundle/bundle.validator';
import { factRows } from '../facts/fact.rows';
import { writeFacts, type WriteReport } from '../facts/fact.writer';
import { writeMentions } from '../mention/mention.writer';
import { resolveEntities, type Declared, type Match } from '../resolve/entity.resolution';

export interface IngestReport extends WriteReport {
  /** matchedBy: how an existing article was recognised (its id, its URL, or the hash of its text). */
  article: { id: string; created: boolean; matchedBy: 'id' | 'url' | 'contentHash' };
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

function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function bundleHash(b: Bundle): string {
  return createHash('sha256').update(JSON.stringify(b)).digest('hex');
}

const isConstraintRace = (err: unknown) =>
  (err as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

const MATCHED_BY = ['id', 'url', 'contentHash'] as const;

function declaredEntities(b: Bundle): Declared[] {
  return [
    ...b.entities.map((e, i) => ({
      fact: `entities[${i}] (${e.id})`,
      id: e.id,
      kind: e.kind,
      names: [e.name, ...e.aliases],
    })),
    ...b.events.map((e, i) => ({
      fact: `events[${i}] (${e.id})`,
      id: e.id,
      kind: 'EVENT' as const,
      names: [e.name, ...e.aliases],
    })),
  ];
}

/**
 * Validates a bundle, resolves its entities against the graph (by id, then by normalised name or
 * alias within the same kind), and writes everything in one transaction with MERGE: a second ingest
 * changes nothing, and any failure stores nothing.
 */
export class IngestService {
  constructor(private readonly db: Database) {}

  async ingest(raw: unknown, options: IngestOptions = {}): Promise<IngestReport> {
    const { bundle, external } = validateBundle(raw);
    const at = { by: options.by ?? 'system', now: (options.now ?? new Date()).toISOString() };
    const text = options.text;
    const run = () => this.db.writeTx((tx) => this.write(tx, bundle, external, at, text, options.withMentions ?? true));
    try {
      return await run();
    } catch (err) {
      // Two ingests of one article under different ids (same URL or text) race on a unique
      // constraint; the loser runs again and now finds the winner's article.
      if (isConstraintRace(err)) return run();
      throw err;
    }
  }

  /** Creates or finds the article: the same id, URL or text is the same article. */
  private async mergeArticle(tx: TxRunner, b: Bundle, at: { by: string; now: string }, text: string | undefined) {
    const published = expandPartialDate(b.article.publishedDate);
    const { publishedDate: _p, ...fields } = b.article;
    const [row] = await tx.run('merge-article', {
      article: {
        ...compact(fields),
        language: fields.language,
        contentHash: text ? textHash(text) : undefined,
        bundleHash: bundleHash(b),
      },
      publishedDate: published.start,
      datePrecision: published.precision,
      ...at,
    });
    if (!row) throw new Error('merge-article returned no row');
    return { id: row.id, created: row.created, matchedBy: MATCHED_BY.find((m) => m === row.matchedBy) ?? 'id' };
  }

  private async write(
    tx: TxRunner,
    b: Bundle,
    external: ExternalRefs,
    at: { by: string; now: string },
    text: string | undefined,
    withMentions: boolean,
  ): Promise<IngestReport> {
    const article = await this.mergeArticle(tx, b, at, text);
    const resolution = await resolveEntities(tx, declaredEntities(b), external, at.now);
    const rows = factRows(b, { ...at, articleId: article.id, resolve: (id) => resolution.resolve(id) });
    const written = await writeFacts(tx, rows, at);
    const report: IngestReport = { article, matched: resolution.matched, ...written };
    if (text && withMentions) {
      const linked = await writeMentions(tx, article.id, text, at);
      report.mentions = {
        linked: linked.mentions.length,
        created: linked.created,
        candidates: linked.candidates.map((c) => c.surface),
      };
    }
    return report;
  }
}
