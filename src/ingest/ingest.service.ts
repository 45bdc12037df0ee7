import { createHash } from 'node:crypto';
import type { Database, TxRunner } from '../neo4j/neo4j.database';
import type { Bundle, FigureInput, SourceInput } from './bundle.schema';
import { BundleValidationError, validateBundle, type BundleProblem } from './bundle.validator';
import { exactKeys, nameKeys } from './name.normalizer';
import { expandPartialDate, expandPeriod } from './partial-date';
import { entityRow } from './entity-row';
import { compact } from '../neo4j/neo4j.convert';
import { linkArticleMentions } from '../mention/mention.service';
import type { EntityKindName } from './vocabulary';

export interface IngestReport {
  /** matchedBy: how an existing article was recognised (its id, its URL, or the hash of its text). */
  article: { id: string; created: boolean; matchedBy: 'id' | 'url' | 'contentHash' };
  /** Present when the article text was sent: entities it mentions, and names that matched nothing. */
  mentions?: { linked: number; created: number; candidates: string[] };
  /** Bundle ids that resolved to an existing entity, and how. */
  matched: { bundleId: string; id: string; by: 'id' | 'name' }[];
  created: Record<FactGroup, number>;
  /** Facts this article had already contributed (a repeated ingest skips them all). */
  skipped: Record<FactGroup, number>;
}

type FactGroup =
  'entities' | 'relationships' | 'participations' | 'positions' | 'claims' | 'stances' | 'subjects' | 'figures';
const GROUPS: FactGroup[] = [
  'entities',
  'relationships',
  'participations',
  'positions',
  'claims',
  'stances',
  'subjects',
  'figures',
];

export interface IngestOptions {
  /** Who is writing (a user id, an API key name, "system:seed"). */
  by?: string;
  now?: Date;
  /** The article's raw text: identifies the article by content hash and feeds mention linking. */
  text?: string;
  /** Link mentions of known entities in `text` within the same transaction (default true). */
  linkMentions?: boolean;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

const isConstraintRace = (err: unknown) =>
  (err as { code?: string })?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** Source fields as stored on SOURCED_FROM (no nulls: Neo4j stores no null properties). */
function sourceProps(s: SourceInput): Record<string, string> {
  const out: Record<string, string> = { basis: s.basis };
  if (s.attribution) out.attribution = s.attribution;
  if (s.reportedBy) out.reportedBy = s.reportedBy;
  if (s.evidence) out.evidence = s.evidence;
  if (s.note) out.note = s.note;
  return out;
}

/** One provenance record on a relationship, as JSON (relationships cannot point at an Article). */
function provenance(articleId: string, s: SourceInput, by: string, now: string): string {
  return JSON.stringify({ article: articleId, ...sourceProps(s), at: now, by });
}

export function bundleHash(b: Bundle): string {
  return createHash('sha256').update(JSON.stringify(b)).digest('hex');
}

/**
 * Validates a bundle, resolves its entities against the graph (by id, then by normalised name or
 * alias within the same kind), and writes everything in one transaction with MERGE: a second ingest
 * changes nothing, and any failure stores nothing.
 */
export class IngestService {
  constructor(private readonly db: Database) {}

  /** Links mentions in an existing article's text on its own (a later pass, or an editor's request). */
  async linkMentions(articleId: string, text: string, options: IngestOptions = {}) {
    const by = options.by ?? 'system';
    const now = (options.now ?? new Date()).toISOString();
    return this.db.writeTx((tx) => linkArticleMentions(tx, articleId, text, by, now));
  }

  async ingest(raw: unknown, options: IngestOptions = {}): Promise<IngestReport> {
    const { bundle, external } = validateBundle(raw);
    const by = options.by ?? 'system';
    const now = (options.now ?? new Date()).toISOString();
    const link = options.linkMentions ?? true;
    const run = () => this.db.writeTx((tx) => this.write(tx, bundle, external, by, now, options.text, link));
    try {
      return await run();
    } catch (err) {
      // Two ingests of one article under different ids (same URL or text) race on a unique
      // constraint; the loser runs again and now finds the winner's article.
      if (isConstraintRace(err)) return run();
      throw err;
    }
  }

  private async write(
    tx: TxRunner,
    b: Bundle,
    external: Map<string, string[]>,
    by: string,
    now: string,
    text: string | undefined,
    link: boolean,
  ): Promise<IngestReport> {
    const published = expandPartialDate(b.article.publishedDate);
    const { publishedDate: _p, ...articleProps } = b.article;
    const [art] = await tx.run('merge-article', {
      article: compact({ ...articleProps, contentHash: text ? textHash(text) : undefined, bundleHash: bundleHash(b) }),
      publishedDate: published.start,
      datePrecision: published.precision,
      now,
      by,
    });
    const articleId = String(art!.id);

    const idMap = await this.resolve(tx, b, external);
    const r = (id: string) => idMap.get(id) ?? id;
    const prov = (s: SourceInput) => provenance(articleId, s, by, now);
    const common = { articleId, now };
    const report: IngestReport = {
      article: {
        id: articleId,
        created: Boolean(art?.created),
        matchedBy: art!.matchedBy as IngestReport['article']['matchedBy'],
      },
      matched: [...idMap.matched],
      created: Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<FactGroup, number>,
      skipped: Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<FactGroup, number>,
    };
    const tally = (group: FactGroup, rows: { created?: unknown }[], sent?: unknown[]) => {
      // A row that matched no node (an actor that cannot act, a vanished entity) would be lost
      // silently; refuse the whole bundle instead.
      if (sent && rows.length !== sent.length) {
        throw new BundleValidationError([
          {
            fact: group,
            field: '',
            message: `${sent.length - rows.length} of ${sent.length} ${group} could not be written (an end is missing or is not an actor)`,
          },
        ]);
      }
      for (const row of rows) report[row.created ? 'created' : 'skipped'][group]++;
    };

    const entityRows = [
      ...b.entities.map((e) => ({ ...entityRow({ ...e, id: r(e.id) }), source: sourceProps(e.source) })),
      ...b.events.map((e) => ({ ...entityRow({ ...e, id: r(e.id), kind: 'EVENT' }), source: sourceProps(e.source) })),
    ];
    if (entityRows.length) tally('entities', await tx.run('merge-entities', { rows: entityRows, ...common, by }));

    const rels: { type: string; from: string; to: string; props: Record<string, unknown>; provenance: string }[] = [];
    for (const rel of b.relationships) {
      rels.push({
        type: rel.type,
        from: r(rel.from),
        to: r(rel.to),
        props: compact({
          startDate: rel.start ? expandPartialDate(rel.start).start : undefined,
          endDate: rel.end ? expandPartialDate(rel.end).end : undefined,
          note: rel.note,
        }),
        provenance: prov(rel.source),
      });
    }
    for (const e of b.events) {
      for (const p of e.placeIds)
        rels.push({ type: 'OCCURRED_IN', from: r(e.id), to: r(p), props: {}, provenance: prov(e.source) });
      if (e.partOf)
        rels.push({ type: 'PART_OF', from: r(e.id), to: r(e.partOf), props: {}, provenance: prov(e.source) });
    }
    if (rels.length)
      tally('relationships', await tx.run('merge-entity-relationships', { rows: rels, ...common }), rels);

    const participations = [
      ...b.events.flatMap((e) => e.participants.map((p) => ({ ...p, eventId: e.id }))),
      ...b.participations,
    ].map((p) => ({
      actorId: r(p.actorId),
      eventId: r(p.eventId),
      role: p.role,
      note: p.note ?? null,
      provenance: prov(p.source),
    }));
    if (participations.length)
      tally(
        'participations',
        await tx.run('merge-participations', { rows: participations, ...common }),
        participations,
      );

    const positions = b.positions.map((p) => ({
      personId: r(p.personId),
      officeId: p.office.id,
      officeName: p.office.name,
      officeAliases: p.office.aliases,
      organizationId: r(p.organizationId),
      start: p.start ? expandPartialDate(p.start).start : null,
      end: p.end ? expandPartialDate(p.end).end : null,
      asOf: p.asOf ? expandPartialDate(p.asOf).start : null,
      provenance: prov(p.source),
    }));
    if (positions.length)
      tally('positions', await tx.run('merge-positions', { rows: positions, ...common }), positions);

    if (b.claims.length) {
      const claims = b.claims.map((c) => {
        const d = c.date ? expandPartialDate(c.date) : null;
        return {
          id: c.id,
          kind: c.kind,
          text: c.text,
          date: d?.start ?? null,
          datePrecision: d?.precision ?? null,
          quotes: c.stances.flatMap((s) => (s.quote ? [s.quote] : [])),
          source: sourceProps(c.source),
        };
      });
      tally('claims', await tx.run('merge-claims', { rows: claims, ...common, by }));
      const stances = b.claims.flatMap((c) =>
        c.stances.map((s) => {
          const d = s.date ? expandPartialDate(s.date) : null;
          return {
            actorId: r(s.actorId),
            claimId: c.id,
            stance: s.stance,
            date: d?.start ?? null,
            datePrecision: d?.precision ?? null,
            quote: s.quote ?? null,
            via: s.via ?? null,
            provenance: prov(s.source),
          };
        }),
      );
      tally('stances', await tx.run('merge-claim-stances', { rows: stances, ...common }), stances);
      const subjects = b.claims.flatMap((c) =>
        c.aboutIds.map((a) => ({ claimId: c.id, subjectId: r(a), provenance: prov(c.source) })),
      );
      if (subjects.length)
        tally('subjects', await tx.run('merge-claim-subjects', { rows: subjects, ...common }), subjects);
    }
    const figures = [
      ...b.events.flatMap((e) => e.figures.map((f) => figureRow(f, null, r(e.id), e.source))),
      ...b.claims.flatMap((c) => c.figures.map((f) => figureRow(f, c.id, f.eventId ? r(f.eventId) : null, c.source))),
      ...b.figures.map((f) => figureRow(f, f.claimId ?? null, f.eventId ? r(f.eventId) : null, f.source)),
    ];
    if (figures.length) tally('figures', await tx.run('merge-figures', { rows: figures, ...common, by }));
    if (text && link) {
      const linked = await linkArticleMentions(tx, articleId, text, by, now);
      report.mentions = {
        linked: linked.mentions.length,
        created: linked.created,
        candidates: linked.candidates.map((c) => c.surface),
      };
    }
    return report;

    function figureRow(f: FigureInput, claimId: string | null, eventId: string | null, source: SourceInput) {
      const period = f.periodStart ? expandPeriod(f.periodStart, f.periodEnd) : null;
      return {
        id: f.id,
        claimId,
        props: compact({
          metric: f.metric,
          value: f.value,
          low: f.low,
          best: f.best,
          high: f.high,
          approximation: f.approximation,
          unit: f.unit,
          scope: f.scope,
          qualifier: f.qualifier,
          periodPrecision: period?.precision,
        }),
        periodStart: period?.start ?? null,
        periodEnd: period?.end ?? null,
        placeId: f.placeId ? r(f.placeId) : null,
        eventId,
        source: sourceProps(source),
      };
    }
  }

  /** Maps bundle ids to graph ids; throws (rolling back) on kind clashes, ambiguity or missing refs. */
  private async resolve(tx: TxRunner, b: Bundle, external: Map<string, string[]>) {
    const declared = [
      ...b.entities.map((e, i) => ({
        fact: `entities[${i}] (${e.id})`,
        id: e.id,
        kind: e.kind as EntityKindName,
        names: [e.name, ...e.aliases],
      })),
      ...b.events.map((e, i) => ({
        fact: `events[${i}] (${e.id})`,
        id: e.id,
        kind: 'EVENT' as EntityKindName,
        names: [e.name, ...e.aliases],
      })),
    ];
    // Serialise with any concurrent ingest that resolves one of these names (sorted: fewer deadlocks,
    // and Neo4j retries the ones that happen).
    const lockKeys = [...new Set(declared.flatMap((d) => nameKeys(d.names).map((k) => `${d.kind}|${k}`)))].sort();
    if (lockKeys.length) await tx.run('lock-names', { keys: lockKeys });
    const externalClaims = [...external.keys()].filter((id) => id.startsWith('claim:'));
    const ids = [...declared.map((d) => d.id), ...[...external.keys()].filter((id) => !id.startsWith('claim:'))];
    const existing = new Map<string, string>();
    for (const row of await tx.run('find-entities-by-ids', { ids })) existing.set(String(row.id), String(row.kind));
    if (externalClaims.length) {
      for (const row of await tx.run('load-claims', { ids: externalClaims })) existing.set(String(row.key), 'CLAIM');
    }

    const problems: BundleProblem[] = [];
    for (const [id, uses] of external) {
      if (!existing.has(id))
        problems.push({
          fact: uses[0]!.split(' → ')[0]!,
          field: uses[0]!.split(' → ')[1] ?? '',
          message: `'${id}' is neither declared in the bundle nor in the graph`,
        });
    }
    const map = new Map<string, string>() as Map<string, string> & { matched: IngestReport['matched'] };
    map.matched = [];
    const unresolved = [];
    for (const d of declared) {
      const kind = existing.get(d.id);
      if (kind === undefined) unresolved.push(d);
      else if (kind !== d.kind)
        problems.push({
          fact: d.fact,
          field: 'kind',
          message: `'${d.id}' exists in the graph as ${kind}, not ${d.kind}`,
        });
      else map.matched.push({ bundleId: d.id, id: d.id, by: 'id' });
    }
    if (unresolved.length) {
      const rows = await tx.run('find-entities-by-name-keys', {
        candidates: unresolved.map((d) => ({
          ref: d.id,
          kind: d.kind,
          keys: nameKeys(d.names),
          exactKeys: exactKeys(d.names),
        })),
      });
      for (const d of unresolved) {
        const hits = rows.filter((row) => row.ref === d.id);
        if (hits.length === 0) continue;
        const best = Math.max(...hits.map((h) => Number(h.exactHits)));
        const top = hits.filter((h) => Number(h.exactHits) === best);
        if (top.length > 1) {
          problems.push({
            fact: d.fact,
            field: 'name',
            message: `matches several existing ${d.kind} entities (${top.map((h) => h.id).join(', ')}); give the bundle entity the id of the right one`,
          });
          continue;
        }
        map.set(d.id, String(top[0]!.id));
        map.matched.push({ bundleId: d.id, id: String(top[0]!.id), by: 'name' });
      }
    }
    // Two bundle entities resolving to one graph entity would silently fuse them.
    const targets = new Map<string, string>();
    for (const d of declared) {
      const t = map.get(d.id) ?? d.id;
      if (targets.has(t) && targets.get(t) !== d.id) {
        problems.push({
          fact: d.fact,
          field: 'name',
          message: `resolves to the same existing entity '${t}' as '${targets.get(t)}'`,
        });
      }
      targets.set(t, d.id);
    }
    if (problems.length) throw new BundleValidationError(problems);
    if (lockKeys.length) await tx.run('release-names', { keys: lockKeys });
    return map;
  }
}
