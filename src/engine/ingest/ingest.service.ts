import { createHash } from 'node:crypto';
import { compact } from '../../core/args';
import type { Database, TxRunner } from '../../db/database';
import { expandPartialDate } from '../../model/partial-date';
import { bundle as bundleSchema, type Bundle } from '../bundle/bundle.schema';
import { validateBundle, type ExternalRefs } from '../bundle/bundle.validator';
import { keyedFacts } from '../facts/fact.keys';
import { factRows, FACT_GROUPS, type FactRows } from '../facts/fact.rows';
import { writeFacts, zeroCounts, type WriteReport } from '../facts/fact.writer';
import { refreshValues } from '../facts/value.refresh';
import { writeMentions } from '../mention/mention.writer';
import { resolveBatch } from '../resolve/batch.resolution';
import { resolveEntities, type Declared, type Match, type Resolution } from '../resolve/entity.resolution';
import { diffFacts, type FactDiff } from './revision.diff';
import { retractFacts } from './revision.retract';

interface ArticleOutcome {
  id: string;
  created: boolean;
  /** How an existing article was recognised: its id, its URL, or the hash of its text. */
  matchedBy: 'id' | 'url' | 'contentHash';
  /** The stored bundle's hash before this ingest (a differing one makes this ingest a revision). */
  previousHash: string | null;
  /** The stored revision number before this ingest (1: the first version). */
  revision: number;
}

/** What a revision did: the difference from the article's previous bundle, fact by fact. */
interface RevisionReport extends FactDiff {
  /** This revision's number (the first version of an article is 1). */
  number: number;
  /** False for an article stored before bundles were kept: nothing could be removed, every fact was rewritten. */
  previousKnown: boolean;
}

export interface IngestReport extends WriteReport {
  article: ArticleOutcome;
  /** Present when the article text was sent: entities it mentions, and names that matched nothing. */
  mentions?: { linked: number; created: number; candidates: string[] };
  /** Bundle ids that resolved to an existing entity, and how. */
  matched: Match[];
  /** Present when the bundle revised an article already stored from another bundle. */
  revision: RevisionReport | null;
  /** True when nothing was written (dryRun): the report says what the ingest would do. */
  dryRun: boolean;
}

export interface IngestOptions {
  /** Who is writing (a user id, an API key name, "system:seed"). */
  by?: string;
  now?: Date;
  /** The article's raw text: identifies the article by content hash and feeds mention linking. */
  text?: string;
  /** Link mentions of known entities in `text` within the same transaction (default true). */
  withMentions?: boolean;
  /** Do everything in a transaction that is then rolled back: the report says what would change. */
  dryRun?: boolean;
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
  /** Why the batch went one by one: the careful path's reason or the error that stopped the batch. */
  fallbackReason?: string;
}

interface Prepared {
  bundle: Bundle;
  external: ExternalRefs;
  text: string | undefined;
}

/** Raised at the end of a dry run so that its transaction rolls back; carries the report. */
class DryRun extends Error {
  constructor(readonly report: IngestReport) {
    super('dry run: rolled back');
  }
}

type At = { by: string; now: string };

function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

// Without the article's id and URL: the stored article is found by either (or by its text), so the same
// bundle sent under another id or address is the same version, not a revision.
function bundleHash(b: Bundle): string {
  const article = { ...b.article, id: undefined, url: undefined };
  return createHash('sha256')
    .update(JSON.stringify({ ...b, article }))
    .digest('hex');
}

const isConstraintRace = (err: unknown) =>
  (err as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

const MATCHED_BY = ['id', 'url', 'contentHash'] as const;

/** Raised inside a batch transaction to roll it back and take the one-by-one path. */
class OneByOne extends Error {
  constructor(why: string) {
    super(why);
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
      bundle: JSON.stringify(p.bundle),
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
    previousHash: r.previousHash ?? null,
    revision: r.revision,
  }));
}

/** Bundle ids that resolved to another graph id (by name): kept with the bundle, so a revision resolves the same. */
const renamed = (matched: Match[]) =>
  JSON.stringify(Object.fromEntries(matched.filter((m) => m.bundleId !== m.id).map((m) => [m.bundleId, m.id])));

/** What set-article-revisions records for a new article whose bundle ids resolved to others (revision 1). */
function firstRevision(id: string, p: Prepared, matched: Match[]) {
  return {
    id,
    article: null,
    bundle: JSON.stringify(p.bundle),
    bundleIds: renamed(matched),
    bundleHash: bundleHash(p.bundle),
    revision: 1,
    publishedDate: null,
    datePrecision: null,
    diff: null,
    previousBundle: null,
  };
}

/** The previous bundle as today's schema reads it (sections added since get their defaults); null when unreadable. */
function previousBundle(json: string | null | undefined): Bundle | null {
  if (!json) return null;
  const parsed = bundleSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
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
    const run = async () => {
      try {
        return await this.db.writeTx(async (tx) => {
          const report = await this.writeOne(tx, prepared, at, options.withMentions ?? true);
          // A dry run does everything, then rolls it all back: the report is what a real run would do.
          if (options.dryRun) throw new DryRun({ ...report, dryRun: true });
          return report;
        });
      } catch (err) {
        if (err instanceof DryRun) return err.report;
        throw err;
      }
    };
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
    const a = article!;
    if (!a.created && a.previousHash !== bundleHash(p.bundle)) return this.revise(tx, p, a, at, withMentions);
    const resolution = await resolveEntities(tx, declaredEntities(p.bundle), p.external, at.now);
    const rows = factRows(p.bundle, {
      ...at,
      articleId: a.id,
      publishedDate: expandPartialDate(p.bundle.article.publishedDate).start,
      resolve: (id) => resolution.resolve(id),
    });
    const report: IngestReport = {
      article: a,
      matched: resolution.matched,
      revision: null,
      dryRun: false,
      ...(await writeFacts(tx, rows, at)),
    };
    if (a.created && renamed(resolution.matched) !== '{}') {
      await tx.run('set-article-revisions', { rows: [firstRevision(a.id, p, resolution.matched)], ...at });
    }
    if (p.text && withMentions) report.mentions = await this.linkMentions(tx, a.id, p.text, at);
    return report;
  }

  private async linkMentions(tx: TxRunner, articleId: string, text: string, at: At) {
    const linked = await writeMentions(tx, articleId, text, at);
    return {
      linked: linked.mentions.length,
      created: linked.created,
      candidates: linked.candidates.map((c) => c.surface),
    };
  }

  /**
   * A changed bundle for an article already stored: the difference from the stored bundle is applied in
   * this one transaction. Removed facts lose this article as a source (and go when nothing else holds
   * them), changed facts get the new values (this article's account replaced), added facts are written;
   * then every touched value is chosen again among its accounts. The article keeps the new bundle, and a
   * ChangeRecord keeps the difference and the previous revision's facts.
   */
  private async revise(
    tx: TxRunner,
    p: Prepared,
    a: ArticleOutcome,
    at: At,
    withMentions: boolean,
  ): Promise<IngestReport> {
    const [stored] = await tx.run('load-article-bundle', { id: a.id });
    const previous = previousBundle(stored?.bundle);
    const previousIds = JSON.parse(stored?.bundleIds ?? '{}') as Record<string, string>;
    const before = previous ? keyedFacts(previous) : [];
    const after = keyedFacts(p.bundle);
    const diff: FactDiff = previous
      ? diffFacts(before, after)
      : { added: [], changed: diffFacts([], after).added, removed: [] };
    const resolution = await resolveEntities(tx, declaredEntities(p.bundle), p.external, at.now);
    const resolve = (id: string) => {
      const now = resolution.resolve(id);
      return now !== id ? now : (previousIds[id] ?? id);
    };
    const ctx = {
      ...at,
      articleId: a.id,
      publishedDate: expandPartialDate(p.bundle.article.publishedDate).start,
      resolve,
    };
    const removedKeys = new Set(diff.removed.map((f) => f.key));
    const retracted = await retractFacts(
      tx,
      before.filter((f) => removedKeys.has(f.key)),
      ctx,
    );
    const changedKeys = new Set(diff.changed.map((f) => f.key));
    const written = await writeFacts(tx, factRows(p.bundle, { ...ctx, replace: (key) => changedKeys.has(key) }), at);
    written.valueChanges.push(...(await refreshValues(tx, retracted)));
    const number = a.revision + 1;
    const row = articleRow(p);
    await tx.run('set-article-revisions', {
      rows: [
        {
          ...firstRevision(a.id, p, resolution.matched),
          bundleIds: JSON.stringify({ ...previousIds, ...(JSON.parse(renamed(resolution.matched)) as object) }),
          article: compact({ ...row.article, id: undefined, bundleHash: undefined, bundle: undefined }),
          publishedDate: row.publishedDate,
          datePrecision: row.datePrecision,
          revision: number,
          diff: JSON.stringify({
            added: diff.added.map((f) => f.fact),
            changed: diff.changed.map((f) => f.fact),
            removed: diff.removed.map((f) => f.fact),
          }),
          previousBundle: stored?.bundle ?? null,
        },
      ],
      ...at,
    });
    const report: IngestReport = {
      article: a,
      matched: resolution.matched,
      revision: { ...diff, number, previousKnown: previous !== null },
      dryRun: false,
      ...written,
    };
    if (p.text && withMentions) {
      // Offsets into the old text mean nothing in the new one: link the new text afresh.
      if (stored?.contentHash !== textHash(p.text)) await tx.run('delete-article-mentions', { id: a.id });
      report.mentions = await this.linkMentions(tx, a.id, p.text, at);
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
    } catch (err) {
      // Whatever stopped the batch (an invalid bundle, an unclear name, a race on an article), the
      // one-by-one path meets it again in the article it belongs to, and reports it there.
      const reason = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 300) : String(err);
      return { ...(await this.oneByOne(items, options)), fallbackReason: reason };
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
    if (!resolutions) throw new OneByOne('a name in the batch needs the careful resolution');
    const articles = await mergeArticles(tx, items, at);
    // A revision compares with the stored bundle, article by article: the careful path does that.
    if (articles.some((a, i) => !a.created && a.previousHash !== bundleHash(items[i]!.bundle)))
      throw new OneByOne('an article in the batch is a revision');
    const rows = items.map((p, i) => {
      const resolution: Resolution = resolutions[i]!;
      return factRows(p.bundle, {
        ...at,
        articleId: articles[i]!.id,
        publishedDate: expandPartialDate(p.bundle.article.publishedDate).start,
        resolve: (id) => resolution.resolve(id),
      });
    });
    const written = await writeFacts(tx, concatRows(rows), at);
    const fresh = items.flatMap((p, i) =>
      articles[i]!.created && renamed(resolutions[i]!.matched) !== '{}'
        ? [firstRevision(articles[i]!.id, p, resolutions[i]!.matched)]
        : [],
    );
    if (fresh.length) await tx.run('set-article-revisions', { rows: fresh, ...at });
    if (withMentions) {
      for (const [i, p] of items.entries()) if (p.text) await writeMentions(tx, articles[i]!.id, p.text, at);
    }
    return { ...written, items: articles.map((article) => ({ ok: true, article })), together: true };
  }

  private async oneByOne(items: BatchItem[], options: Omit<IngestOptions, 'text'>): Promise<BatchReport> {
    const report: BatchReport = {
      created: zeroCounts(),
      updated: zeroCounts(),
      skipped: zeroCounts(),
      valueChanges: [],
      items: [],
      together: false,
    };
    for (const item of items) {
      try {
        const r = await this.ingest(item.raw, { ...options, text: item.text });
        for (const g of FACT_GROUPS) {
          report.created[g] += r.created[g];
          report.updated[g] += r.updated[g];
          report.skipped[g] += r.skipped[g];
        }
        report.valueChanges.push(...r.valueChanges);
        report.items.push({ ok: true, article: r.article });
      } catch (err) {
        report.items.push({ ok: false, error: err instanceof Error ? err : new Error(String(err)) });
      }
    }
    return report;
  }
}
